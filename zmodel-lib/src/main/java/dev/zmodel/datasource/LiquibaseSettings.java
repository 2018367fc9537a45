package dev.zmodel.datasource;

import dev.zmodel.ZModelException;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Where Liquibase keeps its history in a database: Liquibase's own settings {@code databaseChangeLogTableName},
 * {@code databaseChangeLogLockTableName}, {@code liquibaseSchemaName} and {@code liquibaseCatalogName}. A null value
 * leaves the setting to Liquibase's own configuration (its {@code LIQUIBASE_*} environment variables and
 * {@code liquibase.*} system properties, else its defaults: {@code DATABASECHANGELOG}, {@code DATABASECHANGELOGLOCK}
 * in the connection's current schema), so every goal and every Liquibase command of a run agree on the tables.
 *
 * @param changeLogTable {@code liquibase.databaseChangeLogTableName}
 * @param lockTable      {@code liquibase.databaseChangeLogLockTableName}
 * @param schema         {@code liquibase.liquibaseSchemaName}: the schema (PostgreSQL) or database (MySQL) of both
 * @param catalog        {@code liquibase.liquibaseCatalogName}
 */
public record LiquibaseSettings(String changeLogTable, String lockTable, String schema, String catalog) {
    public static final String CHANGELOG_TABLE_KEY = "liquibase.databaseChangeLogTableName";
    public static final String LOCK_TABLE_KEY = "liquibase.databaseChangeLogLockTableName";
    public static final String SCHEMA_KEY = "liquibase.liquibaseSchemaName";
    public static final String CATALOG_KEY = "liquibase.liquibaseCatalogName";

    /** The file the Maven goals read, in the project directory (where the Liquibase CLI looks for it too). */
    public static final String FILE_NAME = "liquibase.properties";

    private static final LiquibaseSettings DEFAULTS = new LiquibaseSettings(null, null, null, null);

    public LiquibaseSettings {
        changeLogTable = blankToNull(changeLogTable);
        lockTable = blankToNull(lockTable);
        schema = blankToNull(schema);
        catalog = blankToNull(catalog);
    }

    /** Nothing set: Liquibase's own configuration decides. */
    public static LiquibaseSettings defaults() {
        return DEFAULTS;
    }

    /**
     * The settings among {@code properties}, under Liquibase's keys ({@code liquibase.databaseChangeLogTableName}) or,
     * as in a {@code liquibase.properties} file, without the {@code liquibase.} prefix.
     */
    public static LiquibaseSettings of(Map<?, ?> properties) {
        return new LiquibaseSettings(
                value(properties, CHANGELOG_TABLE_KEY),
                value(properties, LOCK_TABLE_KEY),
                value(properties, SCHEMA_KEY),
                value(properties, CATALOG_KEY));
    }

    /**
     * {@code properties} (e.g. {@code -D} system properties and the POM's properties) over the file {@code file}
     * (a {@code liquibase.properties}; ignored when it does not exist).
     *
     * @throws ZModelException when the file exists but cannot be read
     */
    public static LiquibaseSettings load(Path file, Map<?, ?> properties) {
        LiquibaseSettings given = of(properties);
        if (file == null || !Files.isRegularFile(file)) {
            return given;
        }
        Properties fromFile = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            fromFile.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new ZModelException("Cannot read the Liquibase settings in " + file + ": " + e.getMessage()
                    + ". Fix the file (Java properties format, e.g. databaseChangeLogTableName=app_changelog) or remove "
                    + "it.");
        }
        return given.orElse(of(fromFile));
    }

    /** These settings, each unset one taken from {@code fallback}. */
    public LiquibaseSettings orElse(LiquibaseSettings fallback) {
        return new LiquibaseSettings(
                changeLogTable != null ? changeLogTable : fallback.changeLogTable,
                lockTable != null ? lockTable : fallback.lockTable,
                schema != null ? schema : fallback.schema,
                catalog != null ? catalog : fallback.catalog);
    }

    public boolean isDefault() {
        return equals(DEFAULTS);
    }

    private static String value(Map<?, ?> properties, String key) {
        Object v = properties.get(key);
        if (v == null) {
            v = properties.get(key.substring("liquibase.".length()));
        }
        return v == null ? null : v.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
