package dev.zmodel.model;

import dev.zmodel.Provider;
import dev.zmodel.ZModelException;
import dev.zmodel.dialect.ConstraintNames;
import dev.zmodel.dialect.Dialect;
import dev.zmodel.dialect.DialectFacts;
import dev.zmodel.dialect.TypeTable;
import dev.zmodel.lang.DatabaseNames;
import dev.zmodel.lang.DatasourceExtensions;
import dev.zmodel.lang.ResolvedType;
import dev.zmodel.lang.SchemaIndex;
import dev.zmodel.lang.ast.Attribute;
import dev.zmodel.lang.ast.ConfigField;
import dev.zmodel.lang.ast.DataModel;
import dev.zmodel.lang.ast.Document;
import dev.zmodel.lang.ast.EnumDecl;
import dev.zmodel.lang.ast.Expr;
import dev.zmodel.lang.ast.Field;
import dev.zmodel.lang.ast.Span;
import dev.zmodel.schema.Extension;
import dev.zmodel.schema.QualifiedName;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What every step of the conversion asks about the ZModel schema: database names ({@code @map}, {@code @@map},
 * {@code @@schema}, read by {@link DatabaseNames}), the attributes and physical fields of a model after mixins and delegate inheritance, id
 * fields, and where a declaration is (for messages). Warnings are collected here.
 */
final class ModelContext {
    /** Model attributes a concrete model does not inherit from its delegate base (they name base-only fields). */
    private static final Set<String> NOT_INHERITED = Set.of("@@map", "@@unique", "@@index", "@@fulltext", "@@delegate");

    final SchemaIndex index;
    final Provider provider;
    final Dialect dialect;
    final DialectFacts facts;
    final String defaultSchema;
    final List<String> schemas;
    /** The datasource's {@code extensions} (PostgreSQL), by name; a schema only when one is stated. */
    final List<Extension> extensions;

    final boolean foreignKeys;
    final TypeTable types;
    final ColumnDefaults defaults;
    final ConstraintNames names;
    final List<String> warnings = new ArrayList<>();
    private final Map<String, EnumMapping> enums = new LinkedHashMap<>();
    private final Map<DataModel, List<Attribute>> attributeCache = new java.util.IdentityHashMap<>();
    private final Map<DataModel, List<Field>> fieldCache = new java.util.IdentityHashMap<>();
    private final Map<DataModel, QualifiedName> tableCache = new java.util.IdentityHashMap<>();
    private final Map<DataModel, List<String>> idCache = new java.util.IdentityHashMap<>();

    ModelContext(SchemaIndex index, Provider provider) {
        this.index = index;
        this.provider = provider;
        this.dialect = Dialect.of(provider);
        this.facts = dialect.facts();
        this.types = dialect.types();
        this.defaults = ColumnDefaults.forProvider(provider);
        this.names = dialect.constraintNames();
        Optional<dev.zmodel.lang.ast.ConfigBlock> datasource = index.datasource();
        List<String> listed = new ArrayList<>();
        datasource.flatMap(d -> d.field("schemas")).map(ConfigField::value).ifPresent(v -> {
            if (v instanceof Expr.Array a) {
                a.items().forEach(i -> i.asString().ifPresent(listed::add));
            }
        });
        String configuredDefault = datasource
                .flatMap(d -> d.field("defaultSchema"))
                .flatMap(f -> f.value().asString())
                .orElse(null);
        this.defaultSchema =
                facts.schemas() ? configuredDefault != null ? configuredDefault : facts.defaultSchema() : null;
        this.schemas = facts.schemas() ? listed.isEmpty() ? List.of(defaultSchema) : List.copyOf(listed) : List.of();
        this.extensions = !facts.schemas()
                ? List.of()
                : datasource.map(DatasourceExtensions::of).orElse(List.of()).stream()
                        .map(d -> new Extension(d.name(), d.schema()))
                        .sorted(java.util.Comparator.comparing(Extension::name))
                        .toList();
        this.foreignKeys = datasource
                .flatMap(d -> d.field("relationMode"))
                .flatMap(f -> f.value().asString())
                .map(mode -> !mode.equals("prisma"))
                .orElse(true);
        for (EnumDecl e : index.enums()) {
            enums.put(e.name(), enumMapping(e));
        }
    }

    void warn(String message) {
        warnings.add(message);
    }

    // ---------------------------------------------------------------- names

    /** The table of a model: {@code @@map} or the model name, in its {@code @@schema} (PostgreSQL). */
    QualifiedName table(DataModel model) {
        return tableCache.computeIfAbsent(model, this::tableOf);
    }

    /** The last {@code @@map} in force wins: a model's own over its mixins'. */
    private QualifiedName tableOf(DataModel model) {
        String name =
                last(attributes(model), "@@map").flatMap(DatabaseNames::mapName).orElse(model.name());
        return new QualifiedName(schemaOf(attributes(model)), name);
    }

    private String schemaOf(List<Attribute> attributes) {
        if (!facts.schemas()) {
            return null;
        }
        return last(attributes, "@@schema").flatMap(DatabaseNames::schemaName).orElse(defaultSchema);
    }

    private static Optional<Attribute> last(List<Attribute> attributes, String name) {
        return attributes.stream().filter(a -> a.name().equals(name)).reduce((a, b) -> b);
    }

    /** The enums of the schema as the database knows them, in declaration order. */
    List<EnumMapping> enums() {
        return List.copyOf(enums.values());
    }

    EnumMapping enumMapping(String zmodelName) {
        return enums.get(zmodelName);
    }

    private EnumMapping enumMapping(EnumDecl e) {
        List<String> values = e.values().stream().map(DatabaseNames::enumValue).toList();
        return new EnumMapping(e.name(), schemaOf(e.attributes()), DatabaseNames.enumName(e), values);
    }

    /** The database name of an enum value. */
    String enumValue(String enumName, String value) {
        EnumDecl decl = index.enumDecl(enumName).orElse(null);
        if (decl == null) {
            return value;
        }
        return decl.values().stream()
                .filter(v -> v.name().equals(value))
                .findFirst()
                .map(DatabaseNames::enumValue)
                .orElse(value);
    }

    // ---------------------------------------------------------------- models

    /** Models that are tables: {@code model} declarations (views and types create nothing). */
    List<DataModel> models() {
        return index.models().stream()
                .filter(m -> m.kind() == DataModel.Kind.MODEL)
                .toList();
    }

    /**
     * The model attributes in force: those of its mixins, of its delegate base (except {@code @@map},
     * {@code @@unique}, {@code @@index}, {@code @@fulltext}, which name the base's table and fields), then its own.
     */
    List<Attribute> attributes(DataModel model) {
        return attributeCache.computeIfAbsent(model, m -> {
            List<Attribute> out = new ArrayList<>();
            collectAttributes(m, out, new HashSet<>(), false);
            return List.copyOf(out);
        });
    }

    private void collectAttributes(DataModel model, List<Attribute> out, Set<String> seen, boolean inherited) {
        if (!seen.add(model.name())) {
            return;
        }
        for (String mixin : model.mixins()) {
            index.typeDef(mixin).ifPresent(t -> collectAttributes(t, out, seen, inherited));
        }
        index.superModel(model).ifPresent(base -> collectAttributes(base, out, seen, true));
        for (Attribute a : model.attributes()) {
            if (!inherited || !NOT_INHERITED.contains(a.name())) {
                out.add(a);
            }
        }
    }

    /**
     * The fields that are columns or relations of the model's table, in ZenStack's order (mixins, base, own):
     * {@code @computed} fields are left out, and of a delegate base's fields only the id fields are kept (the
     * concrete table repeats the base's id and references the base row; ZenStack's {@code PrismaSchemaGenerator}).
     */
    List<Field> fields(DataModel model) {
        return fieldCache.computeIfAbsent(model, this::fieldsOf);
    }

    private List<Field> fieldsOf(DataModel model) {
        List<Field> out = new ArrayList<>();
        Set<String> ids = model.superModel() == null ? Set.of() : Set.copyOf(idFieldNames(model));
        for (Field f : index.allFields(model)) {
            if (f.has("@computed")) {
                continue;
            }
            if (model.superModel() != null && !index.isOwnOrMixedIn(model, f) && !ids.contains(f.name())) {
                continue;
            }
            out.add(f);
        }
        return List.copyOf(out);
    }

    /** True when the field of the model is inherited from its delegate base. */
    boolean inheritedFromBase(DataModel model, Field field) {
        return model.superModel() != null && !index.isOwnOrMixedIn(model, field);
    }

    /** The id field names: the {@code @id} field, else the fields of {@code @@id}; empty when neither. */
    List<String> idFieldNames(DataModel model) {
        return idCache.computeIfAbsent(model, this::idFieldNamesOf);
    }

    private List<String> idFieldNamesOf(DataModel model) {
        for (Field f : index.allFields(model)) {
            if (f.has("@id")) {
                return List.of(f.name());
            }
        }
        return attributes(model).stream()
                .filter(a -> a.name().equals("@@id"))
                .reduce((a, b) -> b)
                .flatMap(a -> a.arg("fields", 0))
                .map(e -> KeyPart.list(e, where(model)).stream()
                        .map(KeyPart::field)
                        .toList())
                .orElse(List.of());
    }

    /** The field a relation or key names, inherited and mixed-in fields included. */
    Field field(DataModel model, String name, String where) {
        return index.field(model, name)
                .orElseThrow(
                        () -> new ZModelException(where + ": model " + model.name() + " has no field '" + name + "'."));
    }

    ResolvedType resolve(Field field) {
        return index.resolve(field.type());
    }

    // ---------------------------------------------------------------- messages

    String where(DataModel model) {
        return location(model, model.span()) + "model " + model.name();
    }

    String where(DataModel model, Field field) {
        return location(model, field.span()) + model.name() + "." + field.name();
    }

    private String location(DataModel model, Span span) {
        String file = index.documentOf(model).map(Document::path).orElse(null);
        if (file == null || !span.isKnown()) {
            return "";
        }
        return file + ":" + span.start().line() + ":" + span.start().column() + ": ";
    }
}
