package dev.zmodel.diff;

import dev.zmodel.Provider;
import dev.zmodel.schema.Column;
import dev.zmodel.schema.ColumnType;
import dev.zmodel.schema.ForeignKey;
import dev.zmodel.schema.Index;
import dev.zmodel.schema.Table;

/**
 * How one dialect compares schema objects and which changes it can make in place. Equal things must compare
 * equal even when the two sides spell them differently within the relational-model contract (PostgreSQL
 * {@code timestamp} precision null vs 6, MySQL integer display widths, SQLite rowid aliases).
 */
interface DiffRules {

    static DiffRules forProvider(Provider provider) {
        return switch (provider) {
            case POSTGRESQL -> new PostgresDiffRules();
            case MYSQL -> new MySqlDiffRules();
            case SQLITE -> new SqliteDiffRules();
        };
    }

    /**
     * What the dialect has and can do, as plain facts.
     *
     * @param defaultSchema         PostgreSQL's default schema, where enum types without a schema live; null where
     *                              schemas do not apply
     * @param usesSchemas           tables live in named schemas
     * @param hasEnumTypes          PostgreSQL enum types exist as schema objects (MySQL's are inline column types)
     * @param supportsComments      table and column comments
     * @param inlineForeignKeys     SQLite: foreign keys are part of the table definition and cannot be added or
     *                              dropped alone
     * @param primaryKeyNamesMatter a primary key's name is chosen by the schema (PostgreSQL)
     * @param foreignKeyNamesMatter foreign keys are paired by name (false: by definition)
     * @param canRenameIndex        {@code ALTER INDEX … RENAME} / {@code RENAME INDEX}
     * @param canRenameConstraint   PostgreSQL {@code ALTER TABLE … RENAME CONSTRAINT}
     */
    record Capabilities(String defaultSchema, boolean usesSchemas, boolean hasEnumTypes, boolean supportsComments,
                        boolean inlineForeignKeys, boolean primaryKeyNamesMatter, boolean foreignKeyNamesMatter,
                        boolean canRenameIndex, boolean canRenameConstraint) {
    }

    Capabilities capabilities();

    default String defaultSchema() {
        return capabilities().defaultSchema();
    }

    default boolean usesSchemas() {
        return capabilities().usesSchemas();
    }

    default boolean hasEnumTypes() {
        return capabilities().hasEnumTypes();
    }

    default boolean supportsComments() {
        return capabilities().supportsComments();
    }

    default boolean inlineForeignKeys() {
        return capabilities().inlineForeignKeys();
    }

    default boolean primaryKeyNamesMatter() {
        return capabilities().primaryKeyNamesMatter();
    }

    default boolean foreignKeyNamesMatter() {
        return capabilities().foreignKeyNamesMatter();
    }

    default boolean canRenameIndex() {
        return capabilities().canRenameIndex();
    }

    default boolean canRenameConstraint() {
        return capabilities().canRenameConstraint();
    }

    boolean sameType(ColumnType from, ColumnType to, String tableSchema);

    boolean sameDefault(Column from, Column to);

    boolean sameAutoIncrement(Column from, Column to, Table toTable);

    /** MySQL {@code ON UPDATE} expressions. */
    default boolean sameOnUpdate(String from, String to) {
        return java.util.Objects.equals(from, to);
    }

    TypeFamily family(ColumnType type);

    /** A size rank for integer/float types (bytes), the maximum length for strings; null when unbounded/unknown. */
    Integer size(ColumnType type);

    /** The risk of converting values of {@code from} into {@code to}. */
    default DataLoss typeChangeRisk(ColumnType from, ColumnType to) {
        return TypeRisk.classify(this, from, to);
    }

    /** Index names that the database chooses itself (SQLite {@code sqlite_autoindex_…}) are not compared. */
    default boolean sameIndexName(Index from, Index to) {
        return from.name().equals(to.name());
    }

    /**
     * An index only in "from" that the database keeps for its own reasons and must not be dropped: MySQL's
     * implicit index for a foreign key of the target table.
     */
    default boolean isImplicitIndex(Index index, Table toTable) {
        return false;
    }

    /**
     * The schema as the database will actually hold it, so both sides of a diff are comparable: MySQL adds an
     * index for every foreign key that has none.
     */
    default dev.zmodel.schema.DatabaseSchema normalize(dev.zmodel.schema.DatabaseSchema schema) {
        return schema;
    }

    /** True when SQLite must rebuild {@code table} to make this change. */
    default boolean requiresRebuild(SchemaChange change, Table table) {
        return false;
    }

    /** True when two foreign keys of one table have the same definition (name not compared). */
    default boolean sameForeignKey(ForeignKey from, ForeignKey to, String tableSchema) {
        return from.columns().equals(to.columns())
                && java.util.Objects.equals(schemaOf(from.referencedSchema(), tableSchema),
                schemaOf(to.referencedSchema(), tableSchema))
                && from.referencedTable().equals(to.referencedTable())
                && from.referencedColumns().equals(to.referencedColumns())
                && from.onDelete() == to.onDelete()
                && from.onUpdate() == to.onUpdate()
                && (!to.deferrable() || (from.deferrable() && from.initiallyDeferred() == to.initiallyDeferred()));
    }

    /** True when two indexes have the same definition (name not compared). */
    default boolean sameIndex(Index from, Index to) {
        if (from.unique() != to.unique() || from.constraint() != to.constraint() || from.fulltext() != to.fulltext()
                || !java.util.Objects.equals(normalizeMethod(from.method()), normalizeMethod(to.method()))
                || !java.util.Objects.equals(from.predicate(), to.predicate())
                || (to.deferrable() && !from.deferrable())
                || from.columns().size() != to.columns().size()) {
            return false;
        }
        for (int i = 0; i < from.columns().size(); i++) {
            var a = from.columns().get(i);
            var b = to.columns().get(i);
            if (!java.util.Objects.equals(a.column(), b.column())
                    || !java.util.Objects.equals(a.expression(), b.expression())
                    || a.order() != b.order()
                    || (b.nulls() != dev.zmodel.schema.NullsOrder.DEFAULT && a.nulls() != b.nulls())
                    || (b.operatorClass() != null && !b.operatorClass().equals(a.operatorClass()))
                    || !java.util.Objects.equals(a.length(), b.length())) {
                return false;
            }
        }
        return true;
    }

    /** The index method with the dialect's default spelled as null. */
    default String normalizeMethod(String method) {
        return method == null || method.equalsIgnoreCase("btree") ? null : method.toLowerCase(java.util.Locale.ROOT);
    }

    default String schemaOf(String schema, String tableSchema) {
        if (!usesSchemas()) {
            return null;
        }
        return schema != null ? schema : tableSchema != null ? tableSchema : defaultSchema();
    }
}
