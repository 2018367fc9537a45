package dev.zmodel.pull.generate;

import dev.zmodel.Provider;
import dev.zmodel.dialect.Dialect;
import dev.zmodel.lang.ast.Comment;
import dev.zmodel.lang.ast.DataModel;
import dev.zmodel.lang.ast.Declaration;
import dev.zmodel.lang.ast.Document;
import dev.zmodel.pull.GenerateOptions;
import dev.zmodel.pull.GeneratedSchema;
import dev.zmodel.pull.PullWarning;
import dev.zmodel.pull.defaults.DefaultMappings;
import dev.zmodel.pull.naming.NamingPreset;
import dev.zmodel.pull.naming.NamingPresets;
import dev.zmodel.pull.naming.RelationNaming;
import dev.zmodel.pull.naming.RelationSet;
import dev.zmodel.schema.Column;
import dev.zmodel.schema.DatabaseSchema;
import dev.zmodel.schema.EnumType;
import dev.zmodel.schema.QualifiedName;
import dev.zmodel.schema.Table;
import dev.zmodel.schema.View;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One run of the generation half of {@code db pull}: {@code DatabaseSchema} → models, views and enums. The steps:
 * implicit many-to-many join tables (database rule, then confirmed against the ZModel names), names, column types,
 * identifiers ({@code @@ignore}), relations and their names, keys and indexes, notes and warnings, assembly.
 */
public final class Generation {
    private final Catalog catalog;
    private final GenerateOptions options;
    private final Dialect dialect;
    private final NamingPreset preset;
    private final Warnings warnings = new Warnings();
    private final ObjectLabels labels;
    /** The database type table read by the preset's rules. */
    private final java.util.function.Function<dev.zmodel.schema.Column, dev.zmodel.dialect.MappedType> types;

    private final dev.zmodel.pull.defaults.DefaultMapping defaults;

    private Names names;
    private final Map<QualifiedName, Map<String, ColumnPlan>> plans = new HashMap<>();
    private final Map<QualifiedName, Notes> notes = new LinkedHashMap<>();
    private final Map<QualifiedName, String> joinTableRejections = new HashMap<>();
    private final List<View> skippedViews;

    private Generation(DatabaseSchema schema, GenerateOptions options) {
        Provider provider = options.provider() == null ? schema.provider() : options.provider();
        if (schema.provider() != null && provider != schema.provider()) {
            throw new IllegalArgumentException(
                    "The schema was read from " + schema.provider() + " but the options name provider " + provider);
        }
        this.options = options;
        this.dialect = Dialect.of(provider);
        this.preset = NamingPresets.of(options);
        // Prisma pulls views only with its views preview feature; the zenstack preset always does
        boolean views = !preset.viewsNeedPreviewFeature() || options.previewViews();
        this.skippedViews = views ? List.of() : schema.views();
        this.catalog = new Catalog(
                views
                        ? schema
                        : new DatabaseSchema(
                                schema.provider(),
                                schema.product(),
                                schema.namespaces(),
                                schema.tables(),
                                List.of(),
                                schema.enums(),
                                schema.extensions(),
                                schema.storedObjects()));
        this.labels = new ObjectLabels(dialect.facts().schemas() ? options.defaultSchema() : null);
        this.types =
                preset.keepsWhatPrismaLoses() ? dialect.types()::toZModelByZenStackRules : dialect.types()::toZModel;
        this.defaults = DefaultMappings.forProvider(provider, preset.keepsWhatPrismaLoses());
    }

    /**
     * Whether the comments from {@code start} are a model db pull commented out (a table without columns): the note
     * of such a table, its other notes, then {@code // model Name {} … {@code // }}, all {@code //} lines; returns the
     * index after the block, or -1.
     */
    public static int commentedOutModelEnd(List<Comment> comments, int start) {
        Comment first = comments.get(start);
        if (first.kind() != Comment.Kind.LINE || !Notes.isNoColumnsNote(first.docText())) {
            return -1;
        }
        boolean model = false;
        for (int i = start + 1; i < comments.size(); i++) {
            Comment c = comments.get(i);
            if (c.kind() != Comment.Kind.LINE) {
                return -1;
            }
            if (!model) {
                model = c.text().matches("// model \\S+ \\{");
            } else if (c.text().equals("// }")) {
                return i + 1;
            }
        }
        return -1;
    }

    public static GeneratedSchema generate(DatabaseSchema schema, GenerateOptions options) {
        return new Generation(schema, options).run();
    }

    private GeneratedSchema run() {
        List<JoinTable> joinTables = joinTables();
        warnings.addAll(names.warnings());
        emptyEnums();
        Set<QualifiedName> joinNames = new HashSet<>();
        joinTables.forEach(j -> joinNames.add(j.table().qualifiedName()));
        List<Table> models = catalog.tables.stream()
                .filter(t -> !joinNames.contains(t.qualifiedName()))
                .toList();
        Set<QualifiedName> ignored = new HashSet<>();
        TableFeatures features = new TableFeatures(catalog, warnings, labels);
        StoredObjects stored =
                new StoredObjects(catalog.schema.storedObjects(), warnings, labels, !preset.prismaWords());
        for (Table t : models) {
            Notes n = notesOf(t);
            n.comment(t.comment());
            DeclName name = names.decl(t.qualifiedName());
            if (name.reserved() != null) {
                n.sentence(
                        Notes.Kind.RESERVED,
                        "This model has been renamed to '" + name.name()
                                + "' during introspection, because the original name '" + name.reserved()
                                + "' is reserved.");
            }
            features.describe(t, n);
            stored.describe(t, n);
            if (joinTableRejections.containsKey(t.qualifiedName())) {
                n.sentence(Notes.Kind.JOIN_TABLE, joinTableRejections.get(t.qualifiedName()));
                warnings.add(
                        PullWarning.Kind.JOIN_TABLE_AS_MODEL,
                        labels.of(t.qualifiedName()),
                        joinTableRejections.get(t.qualifiedName()));
            }
            if (t.columns().isEmpty()) {
                // commented out as Prisma does; the differ keeps a table without columns
                n.add(Notes.Kind.NO_COLUMNS);
                warnings.add(
                        PullWarning.Kind.NO_COLUMNS,
                        labels.of(t.qualifiedName()),
                        "The table has no columns, or none this user may see; its model is commented out, and "
                                + "migrations leave the table alone. Check the user's privileges.");
            } else if (!Identity.usable(t, plans.get(t.qualifiedName()), names)) {
                ignored.add(t.qualifiedName());
                n.add(Notes.Kind.NO_IDENTIFIER);
                warnings.add(
                        PullWarning.Kind.NO_UNIQUE_IDENTIFIER,
                        labels.of(t.qualifiedName()),
                        "The table has no "
                                + "primary key or unique constraint on required, supported columns; the model is @@ignore'd.");
            }
            columnWarnings(t.qualifiedName(), t.columns());
        }
        features.orphanPartitions();
        stored.warn();
        for (View v : skippedViews) {
            warnings.add(
                    PullWarning.Kind.VIEW_SKIPPED,
                    labels.of(v.qualifiedName()),
                    "Prisma pulls views only when the generator enables the views preview feature; add "
                            + "previewFeatures = [\"views\"] to the generator block, or pull with "
                            + "-Dzenstack.naming=zenstack, to get it as a view block.");
        }
        for (View v : catalog.views) {
            columnWarnings(v.qualifiedName(), v.columns());
        }

        // by name: hashing the Table records would hash every column, index and key of each table
        Set<QualifiedName> modelNames = new HashSet<>();
        for (Table t : models) {
            modelNames.add(t.qualifiedName());
        }
        List<RelationPlanner.Inline> inline = new RelationPlanner(dialect, catalog, warnings, labels)
                .plan(names, t -> modelNames.contains(t.qualifiedName()), plans, this::notesOf);
        // the scalar field names of every table, worked out once for relation naming and relation fields
        Map<QualifiedName, Set<String>> scalarNames = new HashMap<>();
        for (Table t : catalog.tables) {
            scalarNames.put(t.qualifiedName(), scalarFieldNames(t.qualifiedName(), t.columns()));
        }
        RelationNaming.Result relationNames =
                preset.relationNaming().name(relationSet(inline, joinTables, scalarNames));
        Map<QualifiedName, List<RelationFields.Placed>> relationFields = new RelationFields(
                        dialect, names, preset.layout(), warnings, labels)
                .build(inline, joinTables, relationNames, ignored, scalarNames);

        Declarations builder = new Declarations(
                preset,
                dialect,
                names,
                plans,
                new Keys(dialect, preset.omitsForeignKeyIndexes(), preset.keepsEveryUniqueIndex(), warnings, labels),
                new ScalarFields(preset, defaults, names, warnings, labels),
                options.defaultSchema(),
                options.multiSchema());
        List<Declaration> declarations = new ArrayList<>();
        List<Comment> commentedOut = new ArrayList<>();
        for (Table t : models) {
            DataModel model = builder.model(
                    t,
                    notesOf(t),
                    relationFields.getOrDefault(t.qualifiedName(), List.of()),
                    ignored.contains(t.qualifiedName()));
            if (t.columns().isEmpty()) {
                commentedOut.addAll(CommentedOut.model(model));
            } else {
                declarations.add(model);
            }
        }
        for (View v : catalog.views) {
            declarations.add(builder.view(v));
        }
        for (EnumSource e : catalog.enums) {
            if (names.decl(e.key()) != null) {
                declarations.add(builder.enumDecl(e));
            }
        }
        if (catalog.schema.tables().isEmpty() && catalog.views.isEmpty()) {
            warnings.add(
                    PullWarning.Kind.EMPTY_DATABASE,
                    catalog.schema.namespaces().isEmpty() ? "" : String.join(", ", catalog.schema.namespaces()),
                    "The database has no tables or views.");
        }
        Set<QualifiedName> skipped = new HashSet<>();
        skippedViews.forEach(v -> skipped.add(v.qualifiedName()));
        return new GeneratedSchema(new Document(null, List.of(), declarations, commentedOut), warnings.list(), skipped);
    }

    /**
     * Join tables by the database rule whose two tables are models with an identifier and whose ZModel names
     * sort like the database names (column A must reference the model whose name sorts first). Rejecting one
     * makes it a model, which can change other names, so naming repeats until the set is stable.
     */
    private List<JoinTable> joinTables() {
        JoinTableDetector detector = new JoinTableDetector(dialect, catalog, preset.keepsWhatPrismaLoses());
        List<JoinTable> accepted = new ArrayList<>(detector.detect());
        NameAssigner assigner = new NameAssigner(preset, options.defaultSchema(), labels);
        while (true) {
            Set<QualifiedName> joinNames = new LinkedHashSet<>();
            accepted.forEach(j -> joinNames.add(j.table().qualifiedName()));
            names = assigner.assign(catalog, joinNames);
            planColumns();
            List<JoinTable> kept = new ArrayList<>();
            for (JoinTable j : accepted) {
                String reason = rejection(j) != null ? rejection(j) : detector.inexact(j);
                if (reason == null) {
                    kept.add(j);
                } else {
                    joinTableRejections.put(
                            j.table().qualifiedName(),
                            "This table is named like an implicit " + "many-to-many join table, but " + reason
                                    + ", so it is a model.");
                }
            }
            if (kept.size() == accepted.size()) {
                return kept;
            }
            accepted = kept;
        }
    }

    private String rejection(JoinTable j) {
        for (Table target : List.of(j.targetA(), j.targetB())) {
            if (!Identity.usable(target, plans.get(target.qualifiedName()), names)) {
                return labels.of(target.qualifiedName()) + " has no usable identifier";
            }
        }
        String a = names.decl(j.targetA().qualifiedName()).name();
        String b = names.decl(j.targetB().qualifiedName()).name();
        if (a.compareTo(b) > 0) {
            return "column A references model " + a + ", which sorts after " + b;
        }
        return null;
    }

    private void planColumns() {
        plans.clear();
        ColumnPlanner planner = new ColumnPlanner(types, catalog, names.declarableEnums());
        for (Table t : catalog.tables) {
            plans.put(t.qualifiedName(), planAll(planner, t.qualifiedName(), t.columns()));
        }
        for (View v : catalog.views) {
            plans.put(v.qualifiedName(), planAll(planner, v.qualifiedName(), v.columns()));
        }
        for (Table t : catalog.tables) {
            t.foreignKeys().forEach(fk -> keyTypesOfReferences(t, fk));
        }
    }

    /**
     * A relation's fields must have the types of the fields they reference: a key column the database stores like
     * the referenced column (SQLite: a BIGINT referencing an INTEGER PRIMARY KEY) takes the referenced type.
     */
    private void keyTypesOfReferences(Table table, dev.zmodel.schema.ForeignKey fk) {
        Map<String, ColumnPlan> own = plans.get(table.qualifiedName());
        Map<String, ColumnPlan> target = plans.get(new QualifiedName(
                fk.referencedSchema() == null ? table.schema() : fk.referencedSchema(), fk.referencedTable()));
        if (target == null || fk.columns().size() != fk.referencedColumns().size()) {
            return;
        }
        for (int i = 0; i < fk.columns().size(); i++) {
            ColumnPlan from = own.get(fk.columns().get(i));
            ColumnPlan to = target.get(fk.referencedColumns().get(i));
            if (from != null
                    && to != null
                    && from.shape() == ColumnPlan.Shape.SCALAR
                    && to.shape() == ColumnPlan.Shape.SCALAR
                    && !from.scalar().equals(to.scalar())
                    && java.util.Objects.equals(from.nativeType(), to.nativeType())
                    && dialect.types().storedAlike(from.scalar(), to.scalar())) {
                own.put(
                        from.column().name(),
                        new ColumnPlan(
                                from.column(),
                                ColumnPlan.Shape.SCALAR,
                                to.scalar(),
                                from.nativeType(),
                                null,
                                null,
                                from.list(),
                                false));
            }
        }
    }

    private static Map<String, ColumnPlan> planAll(ColumnPlanner planner, QualifiedName owner, List<Column> columns) {
        Map<String, ColumnPlan> result = new LinkedHashMap<>();
        for (Column c : columns) {
            result.put(c.name(), planner.plan(owner, c));
        }
        return result;
    }

    private void emptyEnums() {
        for (EnumType e : catalog.emptyEnums) {
            warnings.add(
                    PullWarning.Kind.EMPTY_ENUM,
                    labels.of(e.schema(), e.name()),
                    "The enum has no values, " + "which ZModel cannot declare; its columns are Unsupported(\""
                            + e.name() + "\").");
        }
        // once, not per enum: MySQL has one enum per ENUM column, and building the set per enum was quadratic
        Set<EnumKey> declarable = names.declarableEnums();
        for (EnumSource e : catalog.enums) {
            if (!declarable.contains(e.key())) {
                warnings.add(
                        PullWarning.Kind.EMPTY_ENUM,
                        e.dbName() == null ? e.label() : labels.of(e.schema(), e.dbName()),
                        "No value of the enum has a valid name; it is not declared and its columns are "
                                + "Unsupported.");
            }
        }
    }

    private void columnWarnings(QualifiedName owner, List<Column> columns) {
        for (Column c : columns) {
            ColumnPlan plan = plans.get(owner).get(c.name());
            if (plan.generated()) {
                warnings.add(
                        PullWarning.Kind.GENERATED_COLUMN,
                        labels.of(owner, c.name()),
                        "The generated column is " + "written as Unsupported(\"" + plan.unsupported()
                                + "\"): clients cannot write it.");
            } else if (plan.isUnsupported()) {
                warnings.add(
                        PullWarning.Kind.UNSUPPORTED_TYPE,
                        labels.of(owner, c.name()),
                        "The type "
                                + c.type().raw() + " has no ZModel type; the field is Unsupported(\""
                                + plan.unsupported().replace("\\", "\\\\").replace("\"", "\\\"") + "\").");
            }
        }
    }

    private Notes notesOf(Table table) {
        return notes.computeIfAbsent(table.qualifiedName(), k -> new Notes(preset.prismaWords()));
    }

    private RelationSet relationSet(
            List<RelationPlanner.Inline> inline,
            List<JoinTable> joinTables,
            Map<QualifiedName, Set<String>> scalarNames) {
        List<RelationSet.Inline> in = inline.stream()
                .map(r -> new RelationSet.Inline(ref(r.from()), ref(r.to()), r.fromFields(), r.oneToOne()))
                .toList();
        List<RelationSet.ManyToMany> m2m = joinTables.stream()
                .map(j -> new RelationSet.ManyToMany(
                        ref(j.targetA()), ref(j.targetB()), j.table().name()))
                .toList();
        Map<String, Set<String>> scalarFields = new HashMap<>();
        for (Table t : catalog.tables) {
            DeclName name = names.decl(t.qualifiedName());
            if (name != null) {
                scalarFields.put(name.name(), scalarNames.get(t.qualifiedName()));
            }
        }
        return new RelationSet(in, m2m, scalarFields);
    }

    private RelationSet.Model ref(Table table) {
        DeclName name = names.decl(table.qualifiedName());
        return new RelationSet.Model(name.name(), name.base());
    }

    private Set<String> scalarFieldNames(QualifiedName owner, List<Column> columns) {
        Set<String> result = new LinkedHashSet<>();
        for (Column c : columns) {
            String name = names.fieldName(owner, c.name());
            if (name != null) {
                result.add(name);
            }
        }
        return result;
    }
}
