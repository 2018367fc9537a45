package dev.zmodel.migrate;

import dev.zmodel.Listener;
import dev.zmodel.Progress;
import dev.zmodel.ZModelException;
import dev.zmodel.datasource.ConnectionSettings;
import dev.zmodel.datasource.Connections;
import dev.zmodel.datasource.LiquibaseSettings;
import dev.zmodel.liquibase.ChangelogFiles;
import dev.zmodel.liquibase.LiquibaseRunner;
import dev.zmodel.schema.DatabaseSchema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static dev.zmodel.PropertyNames.SHADOW_DATABASE_URL;
import static dev.zmodel.PropertyNames.flag;

/**
 * A scratch database to replay migrations on, so that the schema they produce can be introspected (Prisma's
 * shadow database): the configured {@code shadowDatabaseUrl} (reset before use), otherwise a temporary database
 * {@code zenstack_shadow_<random>} created on the development server and dropped on {@link #close()} — also when
 * the work failed — or a temporary SQLite file that is deleted.
 */
public final class ShadowDatabase implements AutoCloseable {
    private final ConnectionSettings settings;
    private final Connection connection;
    private final Runnable cleanup;
    private final Listener listener;

    private ShadowDatabase(ConnectionSettings settings, Connection connection, Runnable cleanup, Listener listener) {
        this.settings = settings;
        this.connection = connection;
        try {
            // scratch data: its commits need not wait for the disk
            MigrateDialect.forProvider(settings.provider()).forScratchWork(connection);
        } catch (SQLException e) {
            close(connection); // the caller drops or deletes the database
            throw new ZModelException(
                    "Cannot prepare the shadow database " + settings.displayUrl() + ": " + e.getMessage()
                            + ". Check that it is reachable and run again.",
                    e);
        }
        this.cleanup = cleanup;
        this.listener = listener;
    }

    /**
     * Opens the shadow database for a development database.
     *
     * @param dev           the development database (its server hosts the temporary database)
     * @param devConnection an open connection to it
     * @param configured    {@code shadowDatabaseUrl} settings, or null for a temporary database
     */
    public static ShadowDatabase open(
            ConnectionSettings dev, Connection devConnection, ConnectionSettings configured, Listener listener) {
        MigrateDialect dialect = MigrateDialect.forProvider(dev.provider());
        if (configured != null) {
            return configured(dev, configured, dialect, listener);
        }
        if (!dialect.hasServerDatabases()) {
            return sqliteFile(dev, listener);
        }
        String name = "zenstack_shadow_"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        try {
            dialect.createDatabase(devConnection, name);
        } catch (SQLException e) {
            throw new ZModelException(
                    "Cannot create a temporary shadow database on " + dev.displayUrl() + ": "
                            + e.getMessage()
                            + (dialect.isPermissionError(e) ? " (the user may not create databases)" : "")
                            + ". The shadow database is where the migrations are replayed to compare their result with "
                            + "the schema. Either let the user create databases (PostgreSQL: ALTER ROLE <user> CREATEDB; MySQL: "
                            + "GRANT ALL ON `zenstack_shadow_%`.* TO <user>), or create an empty database yourself and set "
                            + "shadowDatabaseUrl in the datasource block (or " + flag(SHADOW_DATABASE_URL, "...")
                            + "); it is reset before every use.",
                    e);
        }
        listener.debug("Created shadow database " + name);
        ConnectionSettings shadow = dialect.withDatabase(dev, name);
        Runnable drop = () -> {
            try {
                dialect.dropDatabase(devConnection, name);
                listener.debug("Dropped shadow database " + name);
            } catch (SQLException e) {
                listener.warn("Could not drop the temporary shadow database " + name + " (" + e.getMessage()
                        + "); drop it by hand.");
            }
        };
        try {
            return new ShadowDatabase(shadow, Connections.open(shadow, "the shadow database"), drop, listener);
        } catch (RuntimeException e) {
            drop.run();
            throw e;
        }
    }

    private static ShadowDatabase configured(
            ConnectionSettings dev, ConnectionSettings shadow, MigrateDialect dialect, Listener listener) {
        if (shadow.provider() != dev.provider()) {
            throw new ZModelException("The shadowDatabaseUrl " + shadow.displayUrl() + " is a " + shadow.provider()
                    + " database, but the datasource provider is " + dev.provider() + ". Point it at an empty "
                    + dev.provider() + " database, or remove it to use a temporary one.");
        }
        if (shadow.jdbcUrl().equals(dev.jdbcUrl())) {
            throw new ZModelException("The shadowDatabaseUrl is the development database itself (" + dev.displayUrl()
                    + "); the shadow database is reset before every use. Point it at a separate, empty database.");
        }
        Connection c = Connections.open(shadow, "the shadow database");
        try {
            dialect.reset(c, shadow, Quiet.of(listener));
        } catch (SQLException e) {
            close(c);
            throw new ZModelException(
                    "Cannot reset the shadow database " + shadow.displayUrl() + ": " + e.getMessage()
                            + ". The user needs to drop and create objects in it.",
                    e);
        }
        listener.debug("Reset shadow database " + shadow.displayUrl());
        return new ShadowDatabase(shadow, c, () -> {}, listener);
    }

    private static ShadowDatabase sqliteFile(ConnectionSettings dev, Listener listener) {
        Path file;
        try {
            file = Files.createTempFile("zenstack_shadow_", ".db");
        } catch (IOException e) {
            throw new ZModelException(
                    "Cannot create a temporary SQLite shadow database: " + e.getMessage()
                            + ". Check that the temporary directory (java.io.tmpdir) is writable.",
                    e);
        }
        ConnectionSettings shadow = MigrateDialect.forProvider(dev.provider()).withDatabase(dev, file.toString());
        Runnable delete = () -> {
            for (String suffix : List.of("", "-journal", "-wal", "-shm")) {
                try {
                    Files.deleteIfExists(Path.of(file + suffix));
                } catch (IOException e) {
                    listener.warn("Could not delete the temporary shadow database " + file + suffix + ".");
                }
            }
        };
        try {
            return new ShadowDatabase(shadow, Connections.open(shadow, "the shadow database"), delete, listener);
        } catch (RuntimeException e) {
            delete.run();
            throw e;
        }
    }

    public ConnectionSettings settings() {
        return settings;
    }

    public Connection connection() {
        return connection;
    }

    /** The progress step of {@link #apply}, in changesets. */
    public static final String STEP = "Replaying migrations on the shadow database";

    /**
     * Applies the migrations in order (Liquibase {@code update} of each file); failures name the migration. Progress
     * goes to the listener as {@value #STEP}, changeset by changeset; Liquibase's messages only to its debug output.
     */
    public void apply(MigrationsDirectory directory, List<Migration> migrations) {
        if (migrations.isEmpty()) {
            return;
        }
        int total = 0;
        for (Migration m : migrations) {
            total += ChangelogFiles.changesets(directory.path(), m.relativeFile())
                    .size();
        }
        Progress progress = Progress.start(listener, STEP, total);
        LiquibaseRunner.ChangesetRan ran = (file, id) -> progress.advance();
        for (Migration m : migrations) {
            try {
                LiquibaseRunner.update(
                        connection, history(), directory.path(), m.relativeFile(), Quiet.of(listener), ran);
            } catch (ZModelException e) {
                throw new ZModelException(
                        "The migration " + m.id() + " fails on the shadow database, so the migration "
                                + "files themselves are broken: " + e.getMessage()
                                + "\nFix that migration (or restore it from "
                                + "version control) so that it runs on an empty database.",
                        e);
            }
        }
    }

    /** Applies the first {@code count} changesets of a migration: what ran of one that failed part-way. */
    public void applyFirst(MigrationsDirectory directory, Migration migration, int count) {
        if (count <= 0) {
            return;
        }
        try {
            LiquibaseRunner.updateCount(
                    connection, history(), directory.path(), migration.relativeFile(), count, Quiet.of(listener));
        } catch (ZModelException e) {
            throw new ZModelException(
                    "The first " + count + " changeset(s) of " + migration.id()
                            + " fail on the shadow database, so the "
                            + "migration file itself is broken: " + e.getMessage()
                            + "\nFix that migration (or restore it from version control) so that it runs on an empty "
                            + "database.",
                    e);
        }
    }

    /**
     * Liquibase's default history tables, stated so that {@code liquibase.*} system properties meant for the real
     * database do not apply here; when one names a history schema (which the shadow does not have), the shadow's
     * first schema instead.
     */
    LiquibaseSettings history() {
        boolean schemaGiven = historySchemaGiven();
        return new LiquibaseSettings(
                "DATABASECHANGELOG",
                "DATABASECHANGELOGLOCK",
                schemaGiven && !settings.schemas().isEmpty()
                        ? settings.schemas().get(0)
                        : null,
                null);
    }

    private static boolean historySchemaGiven() {
        return System.getProperty(LiquibaseSettings.SCHEMA_KEY) != null
                || System.getProperty(LiquibaseSettings.CATALOG_KEY) != null;
    }

    /** What decides where {@link #history()} puts the tables besides the datasource's schemas, for the replay cache. */
    static String historyPlacement() {
        return historySchemaGiven() ? "first schema" : "default";
    }

    /** The schema the shadow database holds now. */
    public DatabaseSchema introspect() {
        return Schemas.read(connection, settings, listener);
    }

    @Override
    public void close() {
        close(connection);
        cleanup.run();
    }

    private static void close(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // nothing to do: the database is dropped or the file deleted next
        }
    }
}
