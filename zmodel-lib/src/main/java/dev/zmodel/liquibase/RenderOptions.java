package dev.zmodel.liquibase;

/**
 * How {@link ChangelogRenderer} writes a migration beyond the changes themselves.
 *
 * @param defaultSchema the schema whose objects are written unqualified, so that Liquibase's
 *                      {@code defaultSchemaName} places them; null: every name qualified
 * @param serverCharset MySQL/MariaDB: create tables in the database's default character set and collation instead of
 *                      {@code utf8mb4}/{@code utf8mb4_unicode_ci} (a baseline recreates existing tables as they are)
 */
public record RenderOptions(String defaultSchema, boolean serverCharset) {
    private static final RenderOptions DEFAULTS = new RenderOptions(null, false);

    /** Every name qualified; new MySQL tables in {@code utf8mb4}. */
    public static RenderOptions defaults() {
        return DEFAULTS;
    }

    public RenderOptions withDefaultSchema(String value) {
        return new RenderOptions(value, serverCharset);
    }

    public RenderOptions withServerCharset() {
        return new RenderOptions(defaultSchema, true);
    }
}
