package dev.zmodel.migrate;

import dev.zmodel.Listener;
import dev.zmodel.ZModelException;
import dev.zmodel.datasource.Connections;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import static dev.zmodel.PropertyNames.SEED;
import static dev.zmodel.PropertyNames.flag;

/**
 * {@code migrate-reset}: drops every object of the target schema(s) (PostgreSQL: each datasource schema dropped and
 * recreated; MySQL: every table, view and routine of the database; SQLite: every table, view and trigger), applies
 * every migration again, then runs the seed SQL files. Refuses a database that is not local unless {@code allowRemote}
 * (Flyway's {@code cleanDisabled}, Liquibase's {@code promptOnNonLocalDatabase}). Asks before dropping anything
 * unless {@code force}, and refuses when nobody can answer (batch mode), as Prisma's {@code migrate reset}.
 */
public final class MigrateReset {
    private MigrateReset() {}

    public static MigrateResetResult run(MigrateOptions options, List<Path> seeds) {
        Listener listener = options.listener();
        LocalDatabases.requireLocal(
                options.database(),
                options.allowRemote(),
                "migrate-reset drops every table, view and type of the database");
        List<Path> seedFiles = seeds == null ? List.of() : seeds;
        for (Path seed : seedFiles) {
            if (!Files.isRegularFile(seed)) {
                throw new ZModelException("The seed file " + seed + " does not exist; nothing was reset.");
            }
        }
        MigrationsDirectory dir = MigrationsDirectory.read(options.migrations(), options.provider());
        ResetGuard.confirm(
                options,
                "migrate-reset",
                "then applies every migration again" + (seedFiles.isEmpty() ? "" : " and runs the seed files"),
                command(seedFiles));
        try (Connection c = Connections.open(options.database(), "migrate-reset")) {
            DatabaseReset.reset(c, options.database(), OwnedTables.of(options), listener);
            MigrationHistory history = MigrationHistory.read(c, options.database(), dir);
            List<Migration> applied = Pending.apply(c, dir, history, options);
            if (dir.migrations().isEmpty()) {
                listener.info("No migrations in " + dir.path() + " to apply.");
            }
            Seeds.run(c, seedFiles, listener);
            return new MigrateResetResult(applied, seedFiles);
        } catch (SQLException e) {
            throw Privileges.failure("migrate-reset", options.database(), e);
        }
    }

    /** {@code mvn zenstack:migrate-reset}, with the seed files of this run. */
    private static String command(List<Path> seeds) {
        return "mvn zenstack:migrate-reset"
                + (seeds.isEmpty()
                        ? ""
                        : " "
                                + flag(
                                        SEED,
                                        String.join(
                                                ",",
                                                seeds.stream()
                                                        .map(Path::toString)
                                                        .toList())));
    }
}
