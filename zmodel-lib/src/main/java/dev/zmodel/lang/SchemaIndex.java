package dev.zmodel.lang;

import dev.zmodel.Provider;
import dev.zmodel.lang.ast.AttributeDecl;
import dev.zmodel.lang.ast.ConfigBlock;
import dev.zmodel.lang.ast.DataModel;
import dev.zmodel.lang.ast.Declaration;
import dev.zmodel.lang.ast.Document;
import dev.zmodel.lang.ast.EnumDecl;
import dev.zmodel.lang.ast.Field;
import dev.zmodel.lang.ast.FieldType;
import dev.zmodel.lang.ast.FunctionDecl;
import dev.zmodel.lang.ast.ProcedureDecl;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Symbol lookup across all documents of a schema plus the standard library: declarations by name, what a
 * field type refers to, the fields of a model including those from mixins ({@code with}) and its base model
 * ({@code extends}). When a name is declared twice, the first declaration (in document order) wins; the
 * validator reports the duplicate. The documents are immutable, so what is derived per model (its fields, its
 * own and mixed-in fields) is computed once per index; an index is used by one thread.
 */
public final class SchemaIndex {
    private final List<Document> documents;
    private final Map<String, Declaration> types = new LinkedHashMap<>();
    private final Map<String, AttributeDecl> attributes = new LinkedHashMap<>();
    private final Map<String, FunctionDecl> functions = new LinkedHashMap<>();
    private final Map<String, ProcedureDecl> procedures = new LinkedHashMap<>();
    private final Map<Declaration, Document> owners = new IdentityHashMap<>();
    private final Map<DataModel, List<Field>> allFields = new IdentityHashMap<>();
    private final Map<DataModel, Map<String, Field>> fieldsByName = new IdentityHashMap<>();
    private final Map<DataModel, Set<Field>> ownOrMixedIn = new IdentityHashMap<>();

    private SchemaIndex(List<Document> documents) {
        this.documents = List.copyOf(documents);
        for (Document doc : documents) {
            for (Declaration d : doc.declarations()) {
                owners.put(d, doc);
                if (d instanceof DataModel || d instanceof EnumDecl) {
                    types.putIfAbsent(d.name(), d);
                } else if (d instanceof AttributeDecl a) {
                    attributes.putIfAbsent(a.name(), a);
                } else if (d instanceof FunctionDecl f) {
                    functions.putIfAbsent(f.name(), f);
                } else if (d instanceof ProcedureDecl p) {
                    procedures.putIfAbsent(p.name(), p);
                }
            }
        }
    }

    /** An index of the given documents (entry first). */
    public static SchemaIndex of(List<Document> documents) {
        return new SchemaIndex(documents);
    }

    public static SchemaIndex of(LoadedSchema schema) {
        return new SchemaIndex(schema.documents());
    }

    public List<Document> documents() {
        return documents;
    }

    /** The standard library, parsed on first use (db pull and the datasource reader never need it). */
    public Stdlib stdlib() {
        return Stdlib.get();
    }

    /** Models and views, in document order. */
    public List<DataModel> models() {
        return dataModels(true);
    }

    /** {@code type} declarations, in document order. */
    public List<DataModel> typeDefs() {
        return dataModels(false);
    }

    private List<DataModel> dataModels(boolean modelsAndViews) {
        List<DataModel> out = new ArrayList<>();
        for (Document doc : documents) {
            for (DataModel m : doc.models()) {
                if ((m.kind() != DataModel.Kind.TYPE) == modelsAndViews) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    public List<EnumDecl> enums() {
        return documents.stream().flatMap(d -> d.enums().stream()).toList();
    }

    /** A model or view by name. */
    public Optional<DataModel> model(String name) {
        return types.get(name) instanceof DataModel m && m.kind() != DataModel.Kind.TYPE
                ? Optional.of(m)
                : Optional.empty();
    }

    /** A {@code type} declaration by name. */
    public Optional<DataModel> typeDef(String name) {
        return types.get(name) instanceof DataModel m && m.kind() == DataModel.Kind.TYPE
                ? Optional.of(m)
                : Optional.empty();
    }

    /** A schema enum by name, else a standard-library enum ({@code SortOrder}, ...). */
    public Optional<EnumDecl> enumDecl(String name) {
        return types.get(name) instanceof EnumDecl e ? Optional.of(e) : stdlib().enumDecl(name);
    }

    /** The model, view, type or enum declared with this name in the schema. */
    public Optional<Declaration> typeDeclaration(String name) {
        return Optional.ofNullable(types.get(name));
    }

    /** An attribute declared by the schema, else by the standard library or the policy plugin. */
    public Optional<AttributeDecl> attribute(String name) {
        AttributeDecl own = attributes.get(name);
        return own != null ? Optional.of(own) : stdlib().attribute(name);
    }

    /** A function declared by the schema, else by the standard library or the policy plugin. */
    public Optional<FunctionDecl> function(String name) {
        FunctionDecl own = functions.get(name);
        return own != null ? Optional.of(own) : stdlib().function(name);
    }

    public Optional<ProcedureDecl> procedure(String name) {
        return Optional.ofNullable(procedures.get(name));
    }

    /** The document a declaration of this schema was read from. */
    public Optional<Document> documentOf(Declaration declaration) {
        return Optional.ofNullable(owners.get(declaration));
    }

    /** The first datasource block of the schema. */
    public Optional<ConfigBlock> datasource() {
        return documents.stream()
                .map(Document::datasource)
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** The datasource's provider, when it is a string naming a known provider. */
    public Optional<Provider> provider() {
        return datasource()
                .flatMap(d -> d.field("provider"))
                .flatMap(f -> f.value().asString())
                .flatMap(Provider::fromId);
    }

    /** What a field type names: a builtin, an enum, a model/view (relation), a type (typed JSON), ... */
    public ResolvedType resolve(FieldType type) {
        if (type.isUnsupported()) {
            return new ResolvedType(ResolvedType.Kind.UNSUPPORTED, type.name(), null);
        }
        if (Builtins.isBuiltin(type.name())) {
            return new ResolvedType(ResolvedType.Kind.BUILTIN, type.name(), null);
        }
        Declaration d = types.get(type.name());
        if (d instanceof EnumDecl) {
            return new ResolvedType(ResolvedType.Kind.ENUM, type.name(), d);
        }
        if (d instanceof DataModel m) {
            return new ResolvedType(
                    m.kind() == DataModel.Kind.TYPE ? ResolvedType.Kind.TYPE : ResolvedType.Kind.MODEL, type.name(), d);
        }
        return new ResolvedType(ResolvedType.Kind.UNKNOWN, type.name(), null);
    }

    /** The base model named by {@code extends}, if it resolves to a model. */
    public Optional<DataModel> superModel(DataModel model) {
        return model.superModel() == null ? Optional.empty() : model(model.superModel());
    }

    /**
     * All fields of a model, view or type: the mixins' fields (recursively), then the base model's, then its
     * own — ZenStack's order. A name seen again later is skipped (the validator reports the clash).
     */
    public List<Field> allFields(DataModel model) {
        List<Field> cached = allFields.get(model);
        if (cached == null) {
            cached = List.copyOf(fieldsByName(model).values());
            allFields.put(model, cached);
        }
        return cached;
    }

    /** {@link #allFields} by name, in the same order. */
    private Map<String, Field> fieldsByName(DataModel model) {
        Map<String, Field> cached = fieldsByName.get(model);
        if (cached == null) {
            cached = new LinkedHashMap<>();
            collect(model, cached, new HashSet<>());
            fieldsByName.put(model, cached);
        }
        return cached;
    }

    private void collect(DataModel model, Map<String, Field> into, Set<String> seen) {
        if (!seen.add(model.name())) {
            return; // a cycle of mixins/bases: reported by the validator
        }
        for (String mixin : model.mixins()) {
            typeDef(mixin).ifPresent(t -> collect(t, into, seen));
        }
        superModel(model).ifPresent(base -> collect(base, into, seen));
        for (Field f : model.fields()) {
            into.putIfAbsent(f.name(), f);
        }
    }

    /** A field of a model by name, inherited and mixed-in fields included. */
    public Optional<Field> field(DataModel model, String name) {
        return Optional.ofNullable(fieldsByName(model).get(name));
    }

    /**
     * Whether the field is declared by the model itself or comes from one of its mixins (not its base). Fields are
     * compared by identity: they are the declarations {@link #allFields} returns.
     */
    public boolean isOwnOrMixedIn(DataModel model, Field field) {
        Set<Field> own = ownOrMixedIn.get(model);
        if (own == null) {
            own = ownOrMixedInOf(model);
            ownOrMixedIn.put(model, own);
        }
        return own.contains(field);
    }

    private Set<Field> ownOrMixedInOf(DataModel model) {
        Set<Field> own = Collections.newSetFromMap(new IdentityHashMap<>());
        own.addAll(model.fields());
        Set<String> seen = new HashSet<>();
        ArrayDeque<String> pending = new ArrayDeque<>(model.mixins());
        while (!pending.isEmpty()) {
            String name = pending.removeFirst();
            if (!seen.add(name)) {
                continue;
            }
            Optional<DataModel> mixin = typeDef(name);
            if (mixin.isPresent()) {
                own.addAll(mixin.get().fields());
                pending.addAll(mixin.get().mixins());
            }
        }
        return own;
    }
}
