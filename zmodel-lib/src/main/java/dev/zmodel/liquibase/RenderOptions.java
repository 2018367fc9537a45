package dev.zmodel.liquibase;

import java.util.Map;

/**
 * How {@link ChangelogRenderer} writes a migration beyond the changes themselves.
 *
 * @param defaultSchema the schema whose objects are written unqualified, so that Liquibase's
 *                      {@code defaultSchemaName} places them; null: every name qualified
 * @param serverCharset MySQL/MariaDB: create tables in the database's default character set and collation instead of
 *                      {@code utf8mb4}/{@code utf8mb4_unicode_ci} (a baseline recreates existing tables as they are)
 * @param tableOptions  MySQL/MariaDB: per table name, the table options CREATE TABLE states after its columns instead
 *                      of the character set ({@code ENGINE=Aria DEFAULT COLLATE=latin1_swedish_ci}), as a baseline
 *                      reads them from the database; empty for other tables
 */
public record RenderOptions(String defaultSchema, boolean serverCharset, Map<String, String> tableOptions) {
    private static final RenderOptions DEFAULTS = new RenderOptions(null, false, Map.of());

    public RenderOptions {
        tableOptions = Map.copyOf(tableOptions);
    }

    public RenderOptions(String defaultSchema, boolean serverCharset) {
        this(defaultSchema, serverCharset, Map.of());
    }

    /** Every name qualified; new MySQL tables in {@code utf8mb4}. */
    public static RenderOptions defaults() {
        return DEFAULTS;
    }

    public RenderOptions withDefaultSchema(String value) {
        return new RenderOptions(value, serverCharset, tableOptions);
    }

    public RenderOptions withServerCharset() {
        return new RenderOptions(defaultSchema, true, tableOptions);
    }

    public RenderOptions withTableOptions(Map<String, String> value) {
        return new RenderOptions(defaultSchema, serverCharset, value);
    }
}
