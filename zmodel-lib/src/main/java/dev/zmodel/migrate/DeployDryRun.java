package dev.zmodel.migrate;

import dev.zmodel.Listener;
import dev.zmodel.datasource.ConnectionSettings;
import dev.zmodel.datasource.Connections;
import dev.zmodel.liquibase.AppliedChangeset;
import dev.zmodel.liquibase.ChangelogHistory;
import dev.zmodel.liquibase.ChangelogSql;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import static dev.zmodel.PropertyNames.OUT_OF_ORDER;
import static dev.zmodel.PropertyNames.flag;

/**
 * {@code migrate-deploy -Dzenstack.dryRun=true}: the SQL of the changesets a deploy would run now, for a DBA's
 * review. The database is only read (its history, when the table exists); the SQL comes from Liquibase's generators
 * on an offline database of the dialect, so no changeset runs and neither {@code DATABASECHANGELOG} nor
 * {@code DATABASECHANGELOGLOCK} is created. What would stop the deploy (edited migrations, out-of-order ones) is
 * reported as a warning.
 */
final class DeployDryRun {
    private DeployDryRun() {}

    /**
     * The database to read the history from: an empty in-memory SQLite database in place of a SQLite file that does
     * not exist, which the driver would otherwise create.
     */
    private static ConnectionSettings readable(ConnectionSettings database) {
        String url = database.jdbcUrl();
        if (!url.startsWith("jdbc:sqlite:")) {
            return database;
        }
        String file = url.substring("jdbc:sqlite:".length());
        file = file.indexOf('?') < 0 ? file : file.substring(0, file.indexOf('?'));
        if (file.isEmpty() || file.startsWith(":") || file.startsWith("file:") || Files.exists(Path.of(file))) {
            return database;
        }
        return new ConnectionSettings(database.provider(), "jdbc:sqlite::memory:", null, null, List.of());
    }

    static MigrateDeployResult run(MigrateOptions options, DeployOptions deploy, MigrationsDirectory dir) {
        Listener listener = options.listener();
        String db = options.database().displayUrl();
        try (Connection c = Connections.open(readable(options.database()), "migrate-deploy")) {
            MigrationHistory history = MigrationHistory.read(c, options.database(), dir);
            List<AppliedChangeset> rows =
                    ChangelogHistory.read(c, options.database().liquibase());
            for (MigrationStatus s : history.inState(MigrationState.EDITED)) {
                listener.warn("migrate-deploy would stop before applying anything: the applied migration "
                        + s.describe() + ". Restore it from version control.");
            }
            if (!history.outOfOrder().isEmpty() && !deploy.outOfOrder()) {
                listener.warn("migrate-deploy would stop before applying anything: out-of-order migration(s) "
                        + history.describeOutOfOrder() + "; it applies them only with " + flag(OUT_OF_ORDER, "true")
                        + ".");
            }
            List<Migration> pending = Pending.of(history);
            StringBuilder sql = new StringBuilder();
            int changesets = 0;
            for (Migration m : pending) {
                sql.append("\n-- Migration ").append(m.id()).append('\n');
                for (ChangelogSql.Changeset set : ChangelogSql.of(dir.path(), m.relativeFile(), options.provider())) {
                    if (rows.stream().anyMatch(set.changeset()::identifies)) {
                        continue; // ran before a previous deploy failed part-way
                    }
                    changesets++;
                    sql.append("-- Changeset ").append(set.changeset().id());
                    if (set.comments() != null && !set.comments().isBlank()) {
                        sql.append(": ").append(set.comments().strip().replaceAll("\\s*\n\\s*", " "));
                    }
                    sql.append('\n');
                    for (String statement : set.statements()) {
                        sql.append(statement).append(";\n");
                    }
                }
            }
            String header = "-- migrate-deploy dry run on " + db + ": " + pending.size() + " pending migration(s), "
                    + changesets + " changeset(s). Nothing was run.\n"
                    + (pending.isEmpty()
                            ? ""
                            : "-- A deploy also records each changeset in DATABASECHANGELOG (creating it and "
                                    + "DATABASECHANGELOGLOCK on the first deploy).\n");
            listener.info(
                    pending.isEmpty()
                            ? "Dry run: no pending migrations; " + db + " is up to date ("
                                    + history.applied().size() + " migration(s) applied). Nothing was run."
                            : "Dry run: the SQL of " + pending.size() + " pending migration(s) ("
                                    + String.join(
                                            ", ",
                                            pending.stream().map(Migration::id).toList()) + ") follows; nothing "
                                    + "was run on " + db + ".");
            return new MigrateDeployResult(List.of(), history.applied().size(), false, header + sql);
        } catch (SQLException e) {
            throw Privileges.failure("migrate-deploy", options.database(), e);
        }
    }
}
