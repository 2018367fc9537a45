package dev.zmodel.migrate;

import dev.zmodel.Listener;
import dev.zmodel.datasource.Connections;
import dev.zmodel.diff.DiffResult;
import dev.zmodel.diff.SchemaChange;
import dev.zmodel.diff.SchemaDiff;
import dev.zmodel.liquibase.ChangelogHistory;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static dev.zmodel.PropertyNames.OUT_OF_ORDER;
import static dev.zmodel.PropertyNames.RELEASE_LOCK;
import static dev.zmodel.PropertyNames.RESET;
import static dev.zmodel.PropertyNames.flag;

/**
 * {@code migrate-status}: lists every migration as applied, pending, partially applied (failed part-way) or edited,
 * and history rows of migrations missing from the directory; with {@code checkDrift}, replays the applied migrations
 * on a shadow database (or takes their replay from the {@link ReplayCache}, {@link MigrateOptions#replayCache()}) and
 * reports drift. Fails (after printing the report) when a migration was edited or failed
 * part-way, on drift, and — with {@code failOnPending}, the CI gate — when migrations are pending; those failures are
 * {@link DifferencesFoundException}s, any other failure means the status could not be read.
 */
public final class MigrateStatus {
    private MigrateStatus() {}

    /**
     * The status; drift is checked with {@link MigrateOptions#checkDrift()}, pending migrations are an error with
     * {@link MigrateOptions#failOnPending()}.
     */
    public static MigrateStatusResult run(MigrateOptions options) {
        Listener listener = options.listener();
        boolean checkDrift = options.checkDrift();
        MigrationsDirectory dir = MigrationsDirectory.read(options.migrations(), options.provider());
        MigrateStatusResult result;
        FolderHashes hashes = new FolderHashes();
        try (Connection c = Connections.open(options.database(), "migrate-status")) {
            ParsedMigrations parses = options.replayCache() == null
                    ? ParsedMigrations.uncached()
                    : ParsedMigrations.cachedIn(options.replayCache(), listener, hashes);
            MigrationHistory history = MigrationHistory.read(c, options.database(), dir, parses);
            List<SchemaChange> drift = List.of();
            if (checkDrift && !history.hasProblems()) {
                // the replay of exactly the applied migrations, from the replay cache when it holds it
                OwnedTables owned = OwnedTables.of(options);
                try (ShadowReplay shadow = new ShadowReplay(options, "migrate-status", c, dir, owned, hashes)) {
                    DiffResult d = SchemaDiff.diff(
                            shadow.of(history.applied(), List.of()),
                            owned.of(Schemas.read(c, options.database(), listener)));
                    drift = d.changes();
                }
            }
            result = new MigrateStatusResult(
                    history,
                    checkDrift,
                    drift,
                    ChangelogHistory.lock(c, options.database().liquibase()).orElse(null));
        } catch (SQLException e) {
            throw Privileges.failure("migrate-status", options.database(), e);
        }
        report(result, options, dir, listener);
        List<String> failures = new ArrayList<>(result.history().problems().stream()
                .filter(p -> !p.contains("missing from the migrations directory"))
                .toList());
        if (!result.drift().isEmpty()) {
            failures.add("Drift: the database schema differs from what its applied migrations produce (the "
                    + "differences are listed above). Put a wanted manual change into the schema and a new migration; "
                    + "on a development database, migrate-dev " + flag(RESET, "true") + " starts over.");
        }
        if (options.failOnPending() && result.hasPending()) {
            failures.add(result.history().pending().size() + " migration(s) not yet applied to "
                    + options.database().displayUrl() + "; run migrate-deploy.");
        }
        if (!failures.isEmpty()) {
            throw new DifferencesFoundException("migrate-status", String.join(" ", failures));
        }
        return result;
    }

    private static void report(
            MigrateStatusResult r, MigrateOptions options, MigrationsDirectory dir, Listener listener) {
        MigrationHistory h = r.history();
        listener.info(h.migrations().size() + " migration(s) in " + dir.path() + ", database "
                + options.database().displayUrl() + ":");
        List<Migration> outOfOrder = h.outOfOrder();
        for (MigrationStatus s : h.migrations()) {
            String line = "  " + s.describe();
            if (outOfOrder.contains(s.migration())) {
                listener.warn(line.replaceFirst("\\(pending\\)$", "(pending, out of order)"));
            } else if (s.state() == MigrationState.APPLIED || s.state() == MigrationState.PENDING) {
                listener.info(line);
            } else {
                listener.warn(line);
            }
        }
        for (UnknownMigration u : h.unknown()) {
            listener.warn("  " + u.id() + " (applied to the database, missing from the directory: " + u.changesets()
                    + " changeset(s) of " + u.fileName() + ")");
        }
        h.problems().forEach(listener::warn);
        if (!outOfOrder.isEmpty()) {
            listener.warn("Out of order: pending migration(s) " + h.describeOutOfOrder() + ". migrate-deploy applies "
                    + "them only with " + flag(OUT_OF_ORDER, "true") + " (they then run after the newer ones).");
        }
        if (r.lock() != null && r.lock().locked()) {
            listener.warn("Liquibase's lock is held by " + r.lock().lockedBy() + " since "
                    + r.lock().granted()
                    + "; if no migration is running, release it with migrate-deploy " + flag(RELEASE_LOCK, "true")
                    + ".");
        }
        if (!r.drift().isEmpty()) {
            listener.warn("Drift detected: the database schema is not what its applied migrations produce:\n"
                    + DriftSummary.render(r.drift()));
        } else if (r.driftChecked() && !h.hasProblems()) {
            listener.info("No drift: the database schema is what its applied migrations produce.");
        }
        if (r.upToDate()) {
            listener.info("Database schema is up to date.");
        } else if (r.hasPending()) {
            listener.info(h.pending().size() + " migration(s) pending; apply them with migrate-deploy (or migrate-dev "
                    + "on a development database).");
        }
    }
}
