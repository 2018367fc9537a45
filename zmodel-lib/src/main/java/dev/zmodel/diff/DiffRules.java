package dev.zmodel.diff;

import dev.zmodel.Provider;
import dev.zmodel.dialect.Dialect;
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

    /** The database's facts, quoting and canonical expressions. */
    Dialect dialect();

    default String defaultSchema() {
        return dialect().facts().defaultSchema();
    }

    default boolean usesSchemas() {
        return dialect().facts().schemas();
    }

    default boolean hasEnumTypes() {
        return dialect().facts().enumTypes();
    }

    default boolean supportsComments() {
        return dialect().facts().comments();
    }

    default boolean inlineForeignKeys() {
        return dialect().facts().inlineForeignKeys();
    }

    default boolean primaryKeyNamesMatter() {
        return dialect().facts().namedPrimaryKeys();
    }

    default boolean foreignKeyNamesMatter() {
        return dialect().facts().namedForeignKeys();
    }

    default boolean canRenameIndex() {
        return dialect().facts().renameIndex();
    }

    default boolean canRenameConstraint() {
        return dialect().facts().renameConstraint();
    }

    boolean sameType(ColumnType from, ColumnType to, String tableSchema);

    /** Whether a column's nullability stays as it is. */
    default boolean sameNullability(Column from, Column to, Table fromTable) {
        return from.nullable() == to.nullable();
    }

    /** Two defaults are the same when their canonical forms are ({@link Dialect#canonicalDefault}). */
    default boolean sameDefault(Column from, Column to) {
        return java.util.Objects.equals(
                dialect().canonicalDefault(from.defaultValue()), dialect().canonicalDefault(to.defaultValue()));
    }

    boolean sameAutoIncrement(Column from, Column to, Table toTable);

    /**
     * The type a changed column gets: the target's, keeping what the target cannot state of the column's current
     * type (MySQL: UNSIGNED on a DECIMAL, FLOAT or DOUBLE).
     */
    default ColumnType effectiveType(ColumnType before, ColumnType target) {
        return target;
    }

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

    /**
     * Conditions selecting the current values that converting {@code from} into {@code to} cannot keep (the change
     * fails on them, or changes them), written with the database's own conversion rules; empty when there is no
     * exact check for this change, or nothing can go wrong.
     *
     * @param column the quoted column
     */
    default java.util.List<ConversionCheck> conversionChecks(ColumnType from, ColumnType to, String column) {
        return java.util.List.of();
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
                && java.util.Objects.equals(
                        schemaOf(from.referencedSchema(), tableSchema), schemaOf(to.referencedSchema(), tableSchema))
                && from.referencedTable().equals(to.referencedTable())
                && from.referencedColumns().equals(to.referencedColumns())
                && from.onDelete() == to.onDelete()
                && from.onUpdate() == to.onUpdate()
                && (!to.deferrable() || (from.deferrable() && from.initiallyDeferred() == to.initiallyDeferred()))
                && (!to.matchFull() || from.matchFull());
    }

    /**
     * True when two indexes have the same definition (name not compared). A UNIQUE constraint and a unique index on
     * the same columns are one key: the constraint is enforced by exactly such an index, and ZModel's {@code @unique}
     * states the key, not which of the two spellings created it.
     */
    default boolean sameIndex(Index from, Index to) {
        if (from.unique() != to.unique()
                || from.fulltext() != to.fulltext()
                || !java.util.Objects.equals(normalizeMethod(from.method()), normalizeMethod(to.method()))
                || !java.util.Objects.equals(from.predicate(), to.predicate())
                || (to.deferrable() && !from.deferrable())
                || (to.nullsNotDistinct() && !from.nullsNotDistinct())
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
