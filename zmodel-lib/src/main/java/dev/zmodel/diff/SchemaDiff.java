package dev.zmodel.diff;

import dev.zmodel.ZModelException;
import dev.zmodel.dialect.MappedType;
import dev.zmodel.schema.Column;
import dev.zmodel.schema.ColumnType;
import dev.zmodel.schema.DatabaseSchema;
import dev.zmodel.schema.EnumType;
import dev.zmodel.schema.ForeignKey;
import dev.zmodel.schema.Index;
import dev.zmodel.schema.PrimaryKey;
import dev.zmodel.schema.QualifiedName;
import dev.zmodel.schema.Table;
import dev.zmodel.schema.TableTraits;
import dev.zmodel.schema.View;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The relational diff: {@code from} (the current state, e.g. the shadow database with all migrations) ×
 * {@code to} (the desired state, e.g. the ZModel schema) → the ordered changes that turn one into the other.
 *
 * <ul>
 *   <li>Tables are paired by (schema, name), columns by name, indexes and foreign keys by name (SQLite foreign
 *       keys by definition); renames happen only through {@link DiffOptions#renames() hints}, and look-alike
 *       drop/add pairs become {@link RenameSuggestion suggestions}.</li>
 *   <li>Objects of {@code from} that ZModel cannot express — check and exclusion constraints, partial and
 *       expression indexes, views, partitions, row-level security — are never dropped or altered; they are
 *       listed in {@link DiffResult#unmanaged()}. Column attributes the target does not state (generated
 *       expression, collation, {@code ON UPDATE}) are kept as they are.</li>
 *   <li>Changes are ordered by {@link Phase}; the result of {@code diff(s, s)} is empty.</li>
 * </ul>
 */
public final class SchemaDiff {
    private final DatabaseSchema source;
    private final DatabaseSchema to;
    private final DiffOptions options;
    private final DiffRules rules;
    private final WorkingSchema from;
    private final Map<Phase, List<SchemaChange>> plan = new EnumMap<>(Phase.class);
    private final List<UnmanagedObject> unmanaged = new ArrayList<>();
    private final List<RenameSuggestion> suggestions = new ArrayList<>();
    private final RenameDetector renameDetector;

    private SchemaDiff(DatabaseSchema from, DatabaseSchema to, DiffOptions options) {
        if (from.provider() != to.provider()) {
            throw new ZModelException("Cannot diff a " + from.provider() + " schema against a " + to.provider()
                    + " schema; both sides of a diff must use the same database provider.");
        }
        this.rules = DiffRules.forProvider(from.provider());
        this.source = sorted(rules.normalize(from));
        this.to = sorted(rules.normalize(to));
        this.options = options == null ? DiffOptions.DEFAULTS : options;
        this.from = new WorkingSchema(this.source, rules);
        this.renameDetector = new RenameDetector(rules);
        for (Phase p : Phase.values()) {
            plan.put(p, new ArrayList<>());
        }
    }

    /** Diffs two schemas of the same provider. */
    public static DiffResult diff(DatabaseSchema from, DatabaseSchema to, DiffOptions options) {
        return new SchemaDiff(from, to, options).run();
    }

    public static DiffResult diff(DatabaseSchema from, DatabaseSchema to) {
        return diff(from, to, DiffOptions.DEFAULTS);
    }

    /** Tables by (schema, name), so the order of the changes does not depend on the order of the input. */
    private static DatabaseSchema sorted(DatabaseSchema schema) {
        List<Table> tables = new ArrayList<>(schema.tables());
        tables.sort(java.util.Comparator.comparing(Table::qualifiedName));
        return schema.withTables(tables);
    }

    private DiffResult run() {
        RenameResolver renames = new RenameResolver(from, to);
        plan.get(Phase.RENAMES).addAll(renames.apply(options.renames()));
        schemas();
        extensions();
        enums();
        views();
        tables(renames.replacements());
        replaceJoinTables(renames.replacements());
        List<SchemaChange> changes = new ArrayList<>();
        for (Phase p : Phase.values()) {
            changes.addAll(plan.get(p));
        }
        return new DiffResult(changes, unmanaged, suggestions);
    }

    private void add(Phase phase, SchemaChange change) {
        plan.get(phase).add(change);
    }

    private QualifiedName key(Table t) {
        return from.key(t.schema(), t.name());
    }

    // ---------------------------------------------------------------- schemas, enums, views

    private void schemas() {
        if (!rules.usesSchemas()) {
            return;
        }
        Set<String> existing = new HashSet<>(source.namespaces());
        source.tables().forEach(t -> existing.add(rules.schemaOf(t.schema(), null)));
        source.enums().forEach(e -> existing.add(rules.schemaOf(e.schema(), null)));
        Set<String> needed = new LinkedHashSet<>(to.namespaces());
        to.enums().forEach(e -> needed.add(rules.schemaOf(e.schema(), null)));
        to.tables().forEach(t -> needed.add(rules.schemaOf(t.schema(), null)));
        to.extensions().stream()
                .filter(e -> e.schema() != null
                        && source.extensions().stream().noneMatch(x -> x.name().equals(e.name())))
                .forEach(e -> needed.add(e.schema()));
        for (String schema : needed) {
            if (schema != null && !existing.contains(schema) && !schema.equals(rules.defaultSchema())) {
                add(Phase.CREATE_SCHEMAS, new CreateSchema(schema));
            }
        }
    }

    /**
     * Extensions of the target the current schema lacks are created (by name: the version is the server's, and a
     * schema only matters at creation). One the target does not list is kept: dropping it would drop the types
     * and functions columns may use, so a migration that drops an extension is written by hand.
     */
    private void extensions() {
        Set<String> existing = new HashSet<>();
        source.extensions().forEach(e -> existing.add(e.name()));
        for (var e : to.extensions()) {
            if (!existing.contains(e.name())) {
                add(Phase.CREATE_EXTENSIONS, new CreateExtension(e));
            }
        }
    }

    private QualifiedName enumKey(String schema, String name) {
        return new QualifiedName(rules.schemaOf(schema, null), name);
    }

    private void enums() {
        if (!rules.hasEnumTypes()) {
            return;
        }
        Map<QualifiedName, EnumType> before = new LinkedHashMap<>();
        source.enums().forEach(e -> before.put(enumKey(e.schema(), e.name()), e));
        Map<QualifiedName, EnumType> after = new LinkedHashMap<>();
        to.enums().forEach(e -> after.put(enumKey(e.schema(), e.name()), e));
        for (var e : after.entrySet()) {
            EnumType old = before.get(e.getKey());
            EnumType target = e.getValue();
            if (old == null) {
                add(Phase.CREATE_ENUMS, new CreateEnum(target));
            } else if (!old.values().equals(target.values())) {
                if (isInsertionOnly(old.values(), target.values())) {
                    addEnumValues(old, target);
                } else {
                    add(Phase.RECREATE_ENUMS, new RecreateEnum(old, target, recreateUsages(e.getKey())));
                }
            }
        }
        for (var e : before.entrySet()) {
            // an enum without values cannot be declared in ZModel: towards a model it is the database's
            boolean unstated = options.modelTarget() && e.getValue().values().isEmpty();
            if (!after.containsKey(e.getKey()) && !usedAsUnsupportedType(e.getKey()) && !unstated) {
                add(Phase.DROP_ENUMS, new DropEnum(e.getValue()));
            }
        }
    }

    /**
     * A target column of a user-defined type with the enum's name (an {@code Unsupported("…")} field: an enum ZModel
     * cannot state, such as one without values) still uses the enum, so it is not dropped.
     */
    private boolean usedAsUnsupportedType(QualifiedName enumName) {
        return to.tables().stream()
                .flatMap(t -> t.columns().stream().map(c -> Map.entry(t, c)))
                .anyMatch(e -> e.getValue().type().kind() == ColumnType.Kind.USER_DEFINED
                        && enumKey(
                                        e.getValue().type().schema() != null
                                                ? e.getValue().type().schema()
                                                : e.getKey().schema(),
                                        e.getValue().type().name())
                                .equals(enumName));
    }

    private static boolean isInsertionOnly(List<String> before, List<String> after) {
        List<String> kept = after.stream().filter(before::contains).toList();
        return kept.equals(before);
    }

    private void addEnumValues(EnumType old, EnumType target) {
        List<EnumUsage> usages = new ArrayList<>();
        forEachEnumColumn(
                enumKey(old.schema(), old.name()),
                (table, column) -> usages.add(new EnumUsage(
                        table.qualifiedName(),
                        column.name(),
                        column.type().arrayDimensions(),
                        column.defaultValue(),
                        column.defaultValue())));
        EnumType current = old;
        List<String> values = target.values();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (current.values().contains(value)) {
                continue;
            }
            String before = null;
            for (int j = i + 1; j < values.size(); j++) {
                if (old.values().contains(values.get(j))) {
                    before = values.get(j);
                    break;
                }
            }
            AddEnumValue change = new AddEnumValue(current, value, before, usages);
            add(Phase.ADD_ENUM_VALUES, change);
            current = change.result();
        }
    }

    /**
     * The columns that still use the enum when it is recreated (after dropped tables and columns are gone); their
     * default is set to the target's right after, so the column diff does not repeat it.
     */
    private List<EnumUsage> recreateUsages(QualifiedName enumName) {
        List<EnumUsage> usages = new ArrayList<>();
        forEachEnumColumn(enumName, (table, column) -> {
            Optional<Table> target = targetTable(table);
            Optional<Column> targetColumn = target.flatMap(t -> t.column(column.name()));
            if (targetColumn.isEmpty()) {
                return;
            }
            Column c = targetColumn.get();
            boolean keepsType = c.type().isEnum()
                    && c.type().name().equals(enumName.name())
                    && enumKey(
                                    c.type().schema() != null ? c.type().schema() : table.schema(),
                                    c.type().name())
                            .equals(enumName)
                    && c.type().arrayDimensions() == column.type().arrayDimensions();
            String after = keepsType ? c.defaultValue() : null;
            usages.add(new EnumUsage(
                    table.qualifiedName(),
                    column.name(),
                    column.type().arrayDimensions(),
                    column.defaultValue(),
                    after));
            from.replaceColumn(key(table), column.withDefault(after));
        });
        return usages;
    }

    private void forEachEnumColumn(QualifiedName enumName, java.util.function.BiConsumer<Table, Column> action) {
        for (Table t : from.tables()) {
            for (Column c : t.columns()) {
                if (c.type().isEnum()
                        && c.type().name().equals(enumName.name())
                        && enumKey(
                                        c.type().schema() != null ? c.type().schema() : t.schema(),
                                        c.type().name())
                                .equals(enumName)) {
                    action.accept(t, c);
                }
            }
        }
    }

    private void views() {
        for (View v : source.views()) {
            unmanaged.add(new UnmanagedObject(
                    UnmanagedObject.Kind.VIEW,
                    null,
                    v.schema() == null || v.schema().equals(rules.defaultSchema())
                            ? v.name()
                            : v.schema() + "." + v.name(),
                    v.materialized() ? "materialized" : null));
        }
    }

    // ---------------------------------------------------------------- tables

    private Optional<Table> targetTable(Table fromTable) {
        QualifiedName k = key(fromTable);
        return to.tables().stream().filter(t -> key(t).equals(k)).findFirst();
    }

    private void tables(List<ReplaceJoinTable> replacements) {
        Map<QualifiedName, Table> targets = new LinkedHashMap<>();
        to.tables().forEach(t -> targets.put(key(t), t));
        Map<QualifiedName, Table> current = new LinkedHashMap<>();
        from.tables().forEach(t -> current.put(key(t), t));

        List<Table> dropped = new ArrayList<>();
        for (Table t : current.values()) {
            if (targets.containsKey(key(t))) {
                continue;
            }
            if (t.columns().isEmpty()) {
                // ZModel cannot describe a table without columns (db pull comments it out): the database keeps it
                unmanaged.add(
                        new UnmanagedObject(UnmanagedObject.Kind.TABLE_WITHOUT_COLUMNS, t.qualifiedName(), null, null));
                continue;
            }
            if (t.traits().partitionOf() != null) {
                unmanaged.add(new UnmanagedObject(
                        UnmanagedObject.Kind.PARTITION,
                        t.qualifiedName(),
                        null,
                        "partition of " + t.traits().partitionOf()));
                continue;
            }
            dropped.add(t);
        }
        Set<QualifiedName> replacing = new HashSet<>();
        replacements.forEach(r -> replacing.add(key(r.to())));
        List<Table> created = to.tables().stream()
                .filter(t -> !current.containsKey(key(t)) && !replacing.contains(key(t)))
                .toList();
        suggestions.addAll(renameDetector.tables(dropped, created));

        Set<QualifiedName> keyChanged = new HashSet<>();
        Set<QualifiedName> typeChanged = new HashSet<>();
        for (Table f : current.values()) {
            Table t = targets.get(key(f));
            if (t == null) {
                continue;
            }
            if (!Objects.equals(columns(f.primaryKey()), columns(t.primaryKey()))) {
                keyChanged.add(key(f));
            }
            for (Column c : f.columns()) {
                t.column(c.name())
                        .filter(tc -> !rules.sameType(c.type(), tc.type(), f.schema()))
                        .ifPresent(tc -> typeChanged.add(new QualifiedName(key(f).toString(), c.name())));
            }
        }

        for (Table f : current.values()) {
            Table t = targets.get(key(f));
            if (t != null) {
                new TableDiff(f, t, keyChanged, typeChanged).run();
            }
        }
        inheritanceOrder(current.values());
        dropTables(dropped);
        createTables(created);
    }

    /**
     * PostgreSQL table inheritance (a child has its parents' columns): a column added to a parent and a child is
     * added to the child first (adding it to the parent then merges the two; the other way round the child's add
     * fails, the column already being there), and a column dropped from both is dropped from the parent first (a
     * child cannot drop a column it still inherits). Other changes keep their order.
     */
    private void inheritanceOrder(java.util.Collection<Table> tables) {
        Map<String, Table> byName = new HashMap<>();
        tables.forEach(t -> byName.put(t.schema() + "." + t.name(), t));
        Map<QualifiedName, Integer> depth = new HashMap<>();
        tables.forEach(t -> depth.put(t.qualifiedName(), inheritanceDepth(t, byName, 0)));
        if (depth.values().stream().allMatch(d -> d == 0)) {
            return;
        }
        plan.get(Phase.ALTER_TABLES)
                .sort(java.util.Comparator.comparingInt(
                        c -> c instanceof AddColumn a ? -depth.getOrDefault(a.table(), 0) : 0));
        plan.get(Phase.DROP_COLUMNS)
                .sort(java.util.Comparator.comparingInt(
                        c -> c instanceof DropColumn d ? depth.getOrDefault(d.table(), 0) : 0));
    }

    /** How many generations of parents the table has (PostgreSQL forbids inheritance cycles; depth is capped). */
    private static int inheritanceDepth(Table t, Map<String, Table> byName, int level) {
        int deepest = 0;
        for (String parent : t.traits().inherits()) {
            Table p = byName.get(parent);
            deepest = Math.max(deepest, 1 + (p == null || level > 32 ? 0 : inheritanceDepth(p, byName, level + 1)));
        }
        return deepest;
    }

    private static List<String> columns(PrimaryKey key) {
        return key == null ? null : key.columns();
    }

    private Set<QualifiedName> references(Table t) {
        Set<QualifiedName> refs = new LinkedHashSet<>();
        for (ForeignKey fk : t.foreignKeys()) {
            refs.add(
                    from.key(fk.referencedSchema() != null ? fk.referencedSchema() : t.schema(), fk.referencedTable()));
        }
        return refs;
    }

    private void dropTables(List<Table> dropped) {
        // Children first: a table waits for the dropped tables that reference it.
        // who references whom, built once (asking every dropped table per table was quadratic)
        Map<QualifiedName, Set<QualifiedName>> referencedBy = new HashMap<>();
        for (Table other : dropped) {
            for (QualifiedName r : references(other)) {
                referencedBy.computeIfAbsent(r, k -> new LinkedHashSet<>()).add(key(other));
            }
        }
        List<Table> order =
                TableOrder.referencedFirst(dropped, t -> referencedBy.getOrDefault(key(t), Set.of()), this::key);
        for (Table t : dropped) {
            if (!rules.inlineForeignKeys()) {
                for (ForeignKey fk : t.foreignKeys()) {
                    add(Phase.DROP_FOREIGN_KEYS, new DropForeignKey(t.qualifiedName(), fk));
                }
            }
        }
        for (Table t : order) {
            reportUnmanaged(t);
            add(Phase.DROP_TABLES, new DropTable(rules.inlineForeignKeys() ? t : t.withForeignKeys(List.of())));
        }
    }

    private void createTables(List<Table> created) {
        for (Table t : TableOrder.referencedFirst(created, this::references, this::key)) {
            if (rules.inlineForeignKeys()) {
                add(Phase.CREATE_TABLES, new CreateTable(t));
            } else {
                add(Phase.CREATE_TABLES, new CreateTable(t.withForeignKeys(List.of())));
            }
        }
        if (!rules.inlineForeignKeys()) {
            for (Table t : created) {
                for (ForeignKey fk : t.foreignKeys()) {
                    add(Phase.ADD_FOREIGN_KEYS, new AddForeignKey(t.qualifiedName(), fk, true));
                }
            }
        }
    }

    /** Join tables whose links are copied: the old one's foreign keys go first, the new one's come last. */
    private void replaceJoinTables(List<ReplaceJoinTable> replacements) {
        for (ReplaceJoinTable r : replacements) {
            if (rules.inlineForeignKeys()) {
                add(Phase.CREATE_TABLES, r);
                continue;
            }
            r.from()
                    .foreignKeys()
                    .forEach(fk -> add(
                            Phase.DROP_FOREIGN_KEYS, new DropForeignKey(r.from().qualifiedName(), fk)));
            add(
                    Phase.CREATE_TABLES,
                    new ReplaceJoinTable(r.from().withForeignKeys(List.of()), r.to().withForeignKeys(List.of())));
            r.to().foreignKeys()
                    .forEach(fk -> add(Phase.ADD_FOREIGN_KEYS, new AddForeignKey(r.to().qualifiedName(), fk, true)));
        }
    }

    private void reportUnmanaged(Table t) {
        t.checks()
                .forEach(c -> unmanaged.add(new UnmanagedObject(
                        UnmanagedObject.Kind.CHECK_CONSTRAINT, t.qualifiedName(), c.name(), c.expression())));
        t.exclusions()
                .forEach(c -> unmanaged.add(new UnmanagedObject(
                        UnmanagedObject.Kind.EXCLUSION_CONSTRAINT, t.qualifiedName(), c.name(), c.definition())));
        if (t.traits().rowLevelSecurity()) {
            unmanaged.add(new UnmanagedObject(UnmanagedObject.Kind.ROW_LEVEL_SECURITY, t.qualifiedName(), null, null));
        }
        if (!t.traits().inherits().isEmpty()) {
            unmanaged.add(new UnmanagedObject(
                    UnmanagedObject.Kind.INHERITANCE,
                    t.qualifiedName(),
                    null,
                    "inherits " + String.join(", ", t.traits().inherits())));
        }
    }

    /** The changes of one table present on both sides. */
    private final class TableDiff {
        private final Table f;
        private final Table t;
        private final Set<QualifiedName> keyChanged;
        private final Set<QualifiedName> typeChanged;
        private final QualifiedName name;
        /** Changes of this table with their phase, in the order found. */
        private final List<Map.Entry<Phase, SchemaChange>> changes = new ArrayList<>();

        private final List<Index> unmanagedIndexes = new ArrayList<>();

        TableDiff(Table f, Table t, Set<QualifiedName> keyChanged, Set<QualifiedName> typeChanged) {
            this.f = f;
            this.t = t;
            this.keyChanged = keyChanged;
            this.typeChanged = typeChanged;
            this.name = f.qualifiedName();
        }

        private void add(Phase phase, SchemaChange change) {
            changes.add(Map.entry(phase, change));
        }

        void run() {
            reportUnmanaged(f);
            columns();
            primaryKey();
            indexes();
            foreignKeys();
            if (rules.supportsComments()
                    && (t.comment() != null || !options.modelTarget())
                    && !Objects.equals(f.comment(), t.comment())) {
                add(Phase.ALTER_TABLES, new SetTableComment(name, f.comment(), t.comment()));
            }
            boolean rebuild = changes.stream().anyMatch(e -> rules.requiresRebuild(e.getValue(), f));
            if (rebuild) {
                SchemaDiff.this.add(
                        Phase.ALTER_TABLES,
                        new RebuildTable(
                                f,
                                rebuildTarget(),
                                changes.stream().map(Map.Entry::getValue).toList()));
            } else {
                changes.forEach(e -> SchemaDiff.this.add(e.getKey(), e.getValue()));
            }
        }

        private void columns() {
            List<Column> dropped = new ArrayList<>();
            List<Column> added = new ArrayList<>();
            for (Column c : f.columns()) {
                if (t.column(c.name()).isEmpty()) {
                    dropped.add(c);
                    add(Phase.DROP_COLUMNS, new DropColumn(name, c));
                }
            }
            for (Column target : t.columns()) {
                Optional<Column> existing = f.column(target.name());
                if (existing.isEmpty()) {
                    added.add(target);
                    add(Phase.ALTER_TABLES, new AddColumn(name, target));
                    continue;
                }
                Column before = existing.get();
                Column after = effective(before, target);
                Set<ColumnChange> what = EnumSet.noneOf(ColumnChange.class);
                if (!rules.sameType(before.type(), after.type(), f.schema())) {
                    what.add(ColumnChange.TYPE);
                }
                if (!rules.sameNullability(before, after, f)) {
                    what.add(ColumnChange.NULLABILITY);
                }
                if (!rules.sameDefault(before, after)) {
                    what.add(ColumnChange.DEFAULT);
                }
                if (!rules.sameAutoIncrement(before, after, t)) {
                    what.add(ColumnChange.AUTO_INCREMENT);
                }
                if (!Objects.equals(before.generated(), after.generated())) {
                    what.add(ColumnChange.GENERATED);
                }
                if (!Objects.equals(before.collation(), after.collation())) {
                    what.add(ColumnChange.COLLATION);
                }
                if (!rules.sameOnUpdate(before.onUpdate(), after.onUpdate())) {
                    what.add(ColumnChange.ON_UPDATE);
                }
                if (!Objects.equals(before.comment(), after.comment())) {
                    what.add(ColumnChange.COMMENT);
                }
                if (!what.isEmpty()) {
                    add(
                            Phase.ALTER_TABLES,
                            new AlterColumn(
                                    name,
                                    before,
                                    after,
                                    what,
                                    rules.typeChangeRisk(before.type(), after.type()),
                                    rules.typeChangeRisk(after.type(), before.type()),
                                    f.checks().stream()
                                            .filter(c -> before.name().equals(c.column()))
                                            .toList()));
                }
            }
            suggestions.addAll(renameDetector.columns(t, dropped, added));
        }

        /**
         * The target column, keeping what the target cannot state: the generated expression, the collation,
         * MySQL's {@code ON UPDATE}, {@code INVISIBLE} and UNSIGNED of a non-integer type; towards a model also the comment and whether an
         * array column is {@code NOT NULL} (a ZModel list has no optionality).
         */
        private Column effective(Column before, Column target) {
            boolean nullable = options.modelTarget()
                            && before.type().isArray()
                            && target.type().isArray()
                    ? before.nullable()
                    : target.nullable();
            boolean comment = rules.supportsComments() && (target.comment() != null || !options.modelTarget());
            return new Column(
                    target.name(),
                    rules.effectiveType(before.type(), target.type()),
                    nullable,
                    keptJsonDefault(before, target) ? before.defaultValue() : target.defaultValue(),
                    target.autoIncrement(),
                    target.generated() != null ? target.generated() : before.generated(),
                    comment ? target.comment() : before.comment(),
                    target.onUpdate() != null ? target.onUpdate() : before.onUpdate(),
                    target.collation() != null ? target.collation() : before.collation(),
                    target.invisible() || before.invisible());
        }

        /**
         * A Json column's default that is not a JSON string (an expression such as {@code jsonb_build_object(…)}),
         * where the model states none: ZModel cannot state it on a Json field, so the database keeps it.
         */
        private boolean keptJsonDefault(Column before, Column target) {
            return options.modelTarget()
                    && target.defaultValue() == null
                    && before.defaultValue() != null
                    && isJson(before)
                    && isJson(target)
                    && !rules.dialect().isJsonLiteral(before.defaultValue());
        }

        private boolean isJson(Column column) {
            return rules.dialect().types().toZModel(column) instanceof MappedType.Scalar s
                    && s.type().equals("Json");
        }

        private void primaryKey() {
            PrimaryKey a = f.primaryKey();
            PrimaryKey b = t.primaryKey();
            if (a == null && b == null) {
                return;
            }
            if (a == null) {
                add(Phase.ALTER_TABLES, new AddPrimaryKey(name, b));
            } else if (b == null) {
                add(Phase.DROP_PRIMARY_KEYS, new DropPrimaryKey(name, a));
            } else if (!a.columns().equals(b.columns())) {
                add(Phase.DROP_PRIMARY_KEYS, new DropPrimaryKey(name, a));
                add(Phase.ALTER_TABLES, new AddPrimaryKey(name, b));
            } else if (rules.primaryKeyNamesMatter() && !Objects.equals(a.name(), b.name())) {
                if (rules.canRenameConstraint() && a.name() != null && b.name() != null) {
                    add(Phase.ALTER_TABLES, new RenameConstraint(name, a.name(), b.name()));
                } else {
                    add(Phase.DROP_PRIMARY_KEYS, new DropPrimaryKey(name, a));
                    add(Phase.ALTER_TABLES, new AddPrimaryKey(name, b));
                }
            }
        }

        private void indexes() {
            List<Index> targets = new ArrayList<>(t.indexes());
            List<Index> leftover = new ArrayList<>();
            List<Index> implicit = new ArrayList<>();
            for (Index a : f.indexes()) {
                Optional<Index> b =
                        targets.stream().filter(x -> rules.sameIndexName(a, x)).findFirst();
                if (b.isPresent()) {
                    targets.remove(b.get());
                    if (!rules.sameIndex(a, b.get())) {
                        add(Phase.DROP_INDEXES, new DropIndex(name, a));
                        add(Phase.CREATE_INDEXES, new CreateIndex(name, b.get()));
                    }
                } else if (a.isPartial() || a.hasExpressions()) {
                    unmanagedIndexes.add(a);
                    unmanaged.add(new UnmanagedObject(
                            a.isPartial() ? UnmanagedObject.Kind.PARTIAL_INDEX : UnmanagedObject.Kind.EXPRESSION_INDEX,
                            name,
                            a.name(),
                            a.isPartial() ? "WHERE " + a.predicate() : null));
                } else if (!rules.dialect().indexMethod(a.method()).supported()) {
                    unmanagedIndexes.add(a);
                    unmanaged.add(new UnmanagedObject(
                            UnmanagedObject.Kind.INDEX_METHOD, name, a.name(), "USING " + a.method()));
                } else if (!rules.isImplicitIndex(a, t)) {
                    leftover.add(a);
                } else {
                    implicit.add(a);
                }
            }
            for (Index a : leftover) {
                Optional<Index> same =
                        targets.stream().filter(x -> rules.sameIndex(a, x)).findFirst();
                if (same.isPresent() && rules.canRenameIndex()) {
                    targets.remove(same.get());
                    add(Phase.DROP_INDEXES, new RenameIndex(name, a, same.get().name()));
                } else {
                    add(Phase.DROP_INDEXES, new DropIndex(name, a));
                }
            }
            for (Index b : targets) {
                // the database already made this index for a foreign key, under a name of its choosing
                if (implicit.stream().noneMatch(a -> rules.sameIndex(a, b))) {
                    add(Phase.CREATE_INDEXES, new CreateIndex(name, b));
                }
            }
        }

        private void foreignKeys() {
            List<ForeignKey> targets = new ArrayList<>(t.foreignKeys());
            List<ForeignKey> leftover = new ArrayList<>();
            for (ForeignKey a : f.foreignKeys()) {
                Optional<ForeignKey> b = targets.stream()
                        .filter(x -> rules.foreignKeyNamesMatter()
                                ? a.name() != null && a.name().equals(x.name())
                                : rules.sameForeignKey(a, x, f.schema()))
                        .findFirst();
                if (b.isEmpty()) {
                    leftover.add(a);
                    continue;
                }
                targets.remove(b.get());
                if (!rules.sameForeignKey(a, b.get(), f.schema()) || mustRecreate(a)) {
                    add(Phase.DROP_FOREIGN_KEYS, new DropForeignKey(name, a));
                    add(
                            Phase.ADD_FOREIGN_KEYS,
                            new AddForeignKey(name, effective(a, b.get()), false, sameReference(a, b.get())));
                }
            }
            List<ForeignKey> unmatched = List.copyOf(leftover);
            for (ForeignKey a : unmatched) {
                if (outsideTheSchemas(a)
                        || referencesMissingColumns(a)
                        || repeatsAnother(a, unmatched)
                        || overUnsupportedColumns(a)) {
                    leftover.remove(a);
                    unmanaged.add(new UnmanagedObject(
                            UnmanagedObject.Kind.FOREIGN_KEY, name, a.name(), "REFERENCES " + a.referencedTable()));
                }
            }
            for (ForeignKey a : leftover) {
                Optional<ForeignKey> same = targets.stream()
                        .filter(x -> rules.sameForeignKey(a, x, f.schema()))
                        .findFirst();
                if (same.isPresent()
                        && rules.canRenameConstraint()
                        && !mustRecreate(a)
                        && a.name() != null
                        && same.get().name() != null) {
                    targets.remove(same.get());
                    add(
                            Phase.ALTER_TABLES,
                            new RenameConstraint(name, a.name(), same.get().name()));
                } else {
                    add(Phase.DROP_FOREIGN_KEYS, new DropForeignKey(name, a));
                }
            }
            for (ForeignKey b : targets) {
                boolean replacesEqual = leftover.stream().anyMatch(a -> sameReference(a, b));
                add(Phase.ADD_FOREIGN_KEYS, new AddForeignKey(name, b, false, replacesEqual));
            }
        }

        /** Same columns referencing the same columns of the same table: the rows that satisfy one satisfy the other. */
        private boolean sameReference(ForeignKey a, ForeignKey b) {
            return a.columns().equals(b.columns())
                    && a.referencedColumns().equals(b.referencedColumns())
                    && from.key(a.referencedSchema() != null ? a.referencedSchema() : f.schema(), a.referencedTable())
                            .equals(from.key(
                                    b.referencedSchema() != null ? b.referencedSchema() : f.schema(),
                                    b.referencedTable()));
        }

        /** The target, keeping the deferral and {@code MATCH FULL} of the database's key where it does not state them. */
        private ForeignKey effective(ForeignKey before, ForeignKey target) {
            boolean keepDeferral = !target.deferrable() && before.deferrable();
            boolean keepMatch = !target.matchFull() && before.matchFull();
            if (!keepDeferral && !keepMatch) {
                return target;
            }
            return new ForeignKey(
                    target.name(),
                    target.columns(),
                    target.referencedSchema(),
                    target.referencedTable(),
                    target.referencedColumns(),
                    target.onDelete(),
                    target.onUpdate(),
                    keepDeferral || target.deferrable(),
                    keepDeferral ? before.initiallyDeferred() : target.initiallyDeferred(),
                    keepMatch || target.matchFull());
        }

        /**
         * A foreign key that stays must still be dropped and re-added when the key it references is replaced or a
         * column on either side changes type (MySQL refuses both while the constraint exists).
         */
        /**
         * A foreign key to a table that neither side has (a schema that was not read, or a table SQLite lets a key
         * name without it existing): ZModel can only state relations between models, so the key is the database's.
         */
        private boolean outsideTheSchemas(ForeignKey fk) {
            String schema = fk.referencedSchema() != null ? fk.referencedSchema() : f.schema();
            QualifiedName referenced = from.key(schema, fk.referencedTable());
            return source.tables().stream().noneMatch(x -> key(x).equals(referenced))
                    && to.tables().stream().noneMatch(x -> key(x).equals(referenced));
        }

        /**
         * A foreign key over columns the target has only as {@code Unsupported("…")} types (a domain, say): ZModel
         * cannot state a relation over them, so the key is the database's.
         */
        private boolean overUnsupportedColumns(ForeignKey fk) {
            return fk.columns().stream()
                    .allMatch(c -> t.column(c)
                            .map(col -> col.type().kind() == ColumnType.Kind.USER_DEFINED)
                            .orElse(false));
        }

        /** A foreign key to columns its table does not have (SQLite accepts one): the database's, not a relation. */
        private boolean referencesMissingColumns(ForeignKey fk) {
            String schema = fk.referencedSchema() != null ? fk.referencedSchema() : f.schema();
            return from.table(from.key(schema, fk.referencedTable()))
                    .map(r -> fk.referencedColumns().stream()
                            .anyMatch(c -> r.column(c).isEmpty()))
                    .orElse(false);
        }

        /**
         * A foreign key over the same columns to the same columns of the same table as another key of the table that
         * the target keeps (whatever its actions): ZModel states one relation per such pair, db pull keeps one.
         */
        private boolean repeatsAnother(ForeignKey fk, List<ForeignKey> unmatched) {
            return f.foreignKeys().stream()
                    .anyMatch(other -> other != fk
                            && unmatched.stream().noneMatch(u -> u == other)
                            && other.columns().equals(fk.columns())
                            && other.referencedTable().equals(fk.referencedTable())
                            && Objects.equals(other.referencedSchema(), fk.referencedSchema())
                            && other.referencedColumns().equals(fk.referencedColumns()));
        }

        private boolean mustRecreate(ForeignKey fk) {
            if (rules.inlineForeignKeys()) {
                return false;
            }
            QualifiedName referenced =
                    from.key(fk.referencedSchema() != null ? fk.referencedSchema() : f.schema(), fk.referencedTable());
            if (keyChanged.contains(referenced)) {
                return true;
            }
            String own = key(f).toString();
            return fk.columns().stream().anyMatch(c -> typeChanged.contains(new QualifiedName(own, c)))
                    || fk.referencedColumns().stream()
                            .anyMatch(c -> typeChanged.contains(new QualifiedName(referenced.toString(), c)));
        }

        /** What SQLite re-creates: the target, plus the parts of the current table the target cannot state. */
        private Table rebuildTarget() {
            List<Column> columns = t.columns().stream()
                    .map(c -> f.column(c.name())
                            .map(before -> effective(before, c))
                            .orElse(c))
                    .toList();
            List<Index> indexes = new ArrayList<>(t.indexes());
            indexes.addAll(unmanagedIndexes);
            var checks = new ArrayList<>(t.checks());
            f.checks().stream().filter(c -> !checks.contains(c)).forEach(checks::add);
            TableTraits traits = t.traits().equals(TableTraits.NONE) ? f.traits() : t.traits();
            return new Table(
                    t.schema(),
                    t.name(),
                    columns,
                    t.primaryKey(),
                    indexes,
                    t.foreignKeys(),
                    checks,
                    t.exclusions(),
                    t.comment(),
                    traits);
        }
    }
}
