package dev.zmodel.pull;

/**
 * Which tables and views the introspection covered. An existing model whose table lies outside the scope (a
 * PostgreSQL schema that was not read, a table left out by {@code include}/{@code exclude}) was not looked at,
 * so the merge keeps it unchanged instead of removing it.
 */
@FunctionalInterface
public interface MergeScope {
    /** Everything was introspected. */
    MergeScope ALL = (schema, table) -> true;

    /**
     * @param schema the PostgreSQL schema of the table (the default schema when the model has no
     *               {@code @@schema}); null for MySQL/MariaDB and SQLite
     * @param table  the table or view name
     */
    boolean covers(String schema, String table);

    /** Whether enums of this PostgreSQL schema were read (always true for the other providers). */
    default boolean coversEnums(String schema) {
        return true;
    }
}
