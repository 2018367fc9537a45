package dev.zmodel.migrate;

import dev.zmodel.Listener;
import dev.zmodel.ZModelException;
import dev.zmodel.datasource.Connections;
import dev.zmodel.diff.DiffOptions;
import dev.zmodel.diff.DiffResult;
import dev.zmodel.diff.SchemaChange;
import dev.zmodel.diff.SchemaDiff;
import dev.zmodel.diff.ddl.Ddl;
import dev.zmodel.liquibase.AppliedChangeset;
import dev.zmodel.liquibase.ChangelogHistory;
import dev.zmodel.liquibase.ChangelogRenderer;
import dev.zmodel.liquibase.RenderOptions;
import dev.zmodel.liquibase.RenderedChangelog;
import dev.zmodel.schema.DatabaseSchema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

import static dev.zmodel.PropertyNames.CREATE_ONLY;
import static dev.zmodel.PropertyNames.NAME;
import static dev.zmodel.PropertyNames.RESET;
import static dev.zmodel.PropertyNames.ROLLED_BACK;
import static dev.zmodel.PropertyNames.flag;

/**
 * {@code migrate-dev} (docs/migrations.md#development-loop), for development databases only:
 * <ol>
 *   <li>History: migrations edited after they were applied, applied migrations missing from the directory, and
 *       migrations that failed part-way need a reset — stop with an explanation.</li>
 *   <li>Drift: the applied migrations are replayed on a shadow database (or their replay is taken from the
 *       {@link ReplayCache} when nothing that determines it changed); if the development database differs, a
 *       drift summary is printed and the run stops — unless a reset is allowed ({@code reset=true}, or the user
 *       says yes when asked in an interactive session), then the database is reset.</li>
 *   <li>Pending migrations are applied.</li>
 *   <li>The desired schema is diffed against the shadow database with all migrations. Empty: "already in sync",
 *       nothing written. Otherwise a new migration named {@code name} is written, checked against the data of the
 *       development database (data loss needs {@code acceptDataLoss}; changes that cannot run on the data are
 *       refused unless {@code createOnly}), and applied unless {@code createOnly}.</li>
 * </ol>
 * Objects ZModel cannot express are listed once; rename look-alikes are printed with the exact hint. A database that
 * is not local gets a warning, and a reset of it also needs {@code allowRemote}.
 */
public final class MigrateDev {
    private final MigrateOptions options;
    private final Listener listener;
    private final String db;

    private MigrateDev(MigrateOptions options) {
        this.options = options;
        this.listener = options.listener();
        this.db = options.database().displayUrl();
    }

    public static MigrateDevResult run(MigrateOptions options) {
        return new MigrateDev(options).run();
    }

    private MigrateDevResult run() {
        if (options.desired() == null) {
            throw new ZModelException("migrate-dev needs the desired schema (the ZModel schema): pass "
                    + "MigrateOptions.withDesired(ZModelProject.load(schemaFile).desired()).");
        }
        OwnedTables owned = OwnedTables.of(options);
        DatabaseSchema desired = owned.of(options.desired().schema(options.provider(), listener));
        DiffOptions diffOptions = DiffOptions.towardsModel(options.desired().renames(options.renames()));
        MigrationsDirectory dir = MigrationsDirectory.readAndRepair(options.migrations(), options.provider(), listener);
        if (!LocalDatabases.isLocal(options.database())) {
            listener.warn("migrate-dev is for development databases, and " + db + " is not local. Use migrate-deploy "
                    + "for shared, staging and production databases.");
        }
        FolderHashes hashes = new FolderHashes();
        try (Connection dev = Connections.open(options.database(), "migrate-dev");
                ShadowReplay shadow = new ShadowReplay(options, "migrate-dev", dev, dir, owned, hashes)) {
            // a migrate-dev interrupted with Ctrl-C leaves Liquibase's lock held; say so instead of waiting 5 minutes
            LiquibaseLock.awaitFree(dev, options, false, "migrate-dev");
            // a development database: its commits need not wait for the disk (decisions.md, never migrate-deploy)
            MigrateDialect.forProvider(options.provider()).forScratchWork(dev);
            ParsedMigrations parses = options.replayCache() == null
                    ? ParsedMigrations.uncached()
                    : ParsedMigrations.cachedIn(options.replayCache(), listener, hashes);
            MigrationHistory history = MigrationHistory.read(dev, options.database(), dir, parses);
            // a migration that failed part-way is continued by Pending.apply below, as migrate-deploy does
            String resetReason =
                    needsReset(history) ? historyProblem(history, dir, dev, shadow) : drift(dir, history, dev, shadow);
            boolean reset = false;
            if (resetReason != null) {
                requireReset(resetReason);
                DatabaseReset.reset(dev, options.database(), owned, listener);
                reset = true;
                history = MigrationHistory.read(dev, options.database(), dir, parses);
            }
            for (MigrationStatus s : history.inState(MigrationState.PARTIALLY_APPLIED)) {
                listener.warn("Continuing the partially applied migration " + s.describe() + ".");
            }
            List<Migration> applied = Pending.apply(dev, dir, history, options, "migrate-dev", null, null);
            DiffResult diff = SchemaDiff.diff(shadow.of(dir.migrations(), List.of()), desired, diffOptions);
            Unmanaged.report(diff, listener);
            diff.suggestions().forEach(s -> listener.warn(s.message()));
            if (diff.isEmpty()) {
                listener.info("Already in sync: " + options.desired().description() + " matches the migrations; no new "
                        + "migration was written.");
                return new MigrateDevResult(
                        reset, applied, null, false, List.of(), diff.unmanaged(), diff.suggestions());
            }
            // the shadow is done: dropped before the new migration's writes, since PostgreSQL's DROP DATABASE waits
            // for a checkpoint, which after thousands of DDL statements took longer than a plain Liquibase update's
            // whole overhead
            shadow.close();
            return create(dir, dev, shadow, parses, history, diff, reset, applied);
        } catch (SQLException e) {
            throw Privileges.failure("migrate-dev", options.database(), e);
        }
    }

    /** Edited applied migrations and history rows of migrations missing from the directory need a reset. */
    private static boolean needsReset(MigrationHistory history) {
        return !history.inState(MigrationState.EDITED).isEmpty()
                || !history.unknown().isEmpty();
    }

    private String historyProblem(
            MigrationHistory history, MigrationsDirectory dir, Connection dev, ShadowReplay shadow) {
        List<String> problems = history.inState(MigrationState.EDITED).stream()
                .map(MigrationHistory::editedProblem)
                .collect(Collectors.toCollection(java.util.ArrayList::new));
        for (UnknownMigration u : history.unknown()) {
            problems.add(missing(u, history, dir, dev, shadow.shadow()));
        }
        return "The migration history of " + db + " does not match the migrations directory:\n  - "
                + String.join("\n  - ", problems);
    }

    /**
     * A migration with history rows but no folder (deleted after it failed, or from another branch): its changesets
     * by name, and the SQL that undoes what they did — the difference between the database and what the directory's
     * applied migrations produce, when nothing else is wrong with the history.
     */
    private String missing(
            UnknownMigration u,
            MigrationHistory history,
            MigrationsDirectory dir,
            Connection dev,
            ShadowDatabase shadow) {
        List<String> ids = ChangelogHistory.read(dev, options.database().liquibase()).stream()
                .filter(r -> u.fileName().equals(r.fileName()))
                .map(AppliedChangeset::id)
                .toList();
        String text = "Migration " + u.id() + " is not in " + dir.path() + ", but " + ids.size()
                + " changeset(s) of it "
                + "ran on " + db + ": " + String.join(", ", ids) + ". If its folder comes from another branch, restore "
                + "it and run migrate-dev again. If you deleted it (e.g. after it failed), undo what those changesets "
                + "did, then forget them with mvn zenstack:migrate-resolve " + flag(ROLLED_BACK, u.id())
                + " and run migrate-dev again";
        if (history.unknown().size() > 1
                || !history.inState(MigrationState.EDITED).isEmpty()) {
            return text + ".";
        }
        shadow.apply(dir, history.applied());
        DiffResult undo = SchemaDiff.diff(Schemas.read(dev, options.database(), listener), shadow.introspect());
        if (undo.isEmpty()) {
            return text + " (they left nothing in the schema that the migrations in the directory do not produce).";
        }
        List<String> sql = Ddl.forProvider(options.provider()).statements(undo.changes());
        return text + ". This SQL undoes it (it turns " + db + " back into what the migrations in the directory "
                + "produce):\n      "
                + String.join(
                        ";\n      ",
                        sql.stream().map(q -> q.replace("\n", "\n      ")).toList())
                + ";";
    }

    /** The drift message, or null when the database is what its applied migrations produce. */
    private String drift(MigrationsDirectory dir, MigrationHistory history, Connection dev, ShadowReplay shadow) {
        List<MigrationStatus> partial = history.inState(MigrationState.PARTIALLY_APPLIED);
        OwnedTables owned = OwnedTables.of(options);
        DatabaseSchema database = owned.of(Schemas.read(dev, options.database(), listener));
        DiffResult drift = SchemaDiff.diff(shadow.against(history.applied(), partial, database), database);
        if (drift.isEmpty()) {
            return null;
        }
        String message = "Drift detected: the schema of " + db + " is not what its "
                + history.applied().size() + " applied migration(s) produce:\n" + DriftSummary.render(drift.changes());
        for (MigrationStatus s : partial) {
            message += "\nMigration " + s.describe() + " failed part-way; on a database without transactional DDL "
                    + "(MySQL/MariaDB) the statements of its failed changeset that finished stay: if the drift above is "
                    + "theirs, undo them and run migrate-dev again: it continues the migration.";
        }
        return message;
    }

    private void requireReset(String reason) {
        listener.warn(reason);
        String howToReset = "To reset the development database (all its data is lost) and apply every migration again, "
                + "run with " + flag(RESET, "true") + ".";
        if (options.reset()) {
            LocalDatabases.requireLocal(options.database(), options.allowRemote(), "migrate-dev needs to reset it");
            return;
        }
        if (!options.prompter().isInteractive()) {
            throw new ZModelException(reason + "\n" + howToReset);
        }
        LocalDatabases.requireLocal(options.database(), options.allowRemote(), "migrate-dev needs to reset it");
        if (!options.prompter()
                .confirm("We need to reset the database " + db + ". All data will be lost. Do you "
                        + "want to continue?")) {
            throw new ZModelException("Reset declined; nothing was changed. " + reason);
        }
    }

    private MigrateDevResult create(
            MigrationsDirectory dir,
            Connection dev,
            ShadowReplay shadow,
            ParsedMigrations parses,
            MigrationHistory history,
            DiffResult diff,
            boolean reset,
            List<Migration> applied) {
        List<SchemaChange> changes = diff.changes();
        String summary = changes.stream().map(c -> "  - " + c.summary()).collect(Collectors.joining("\n"));
        if (options.name() == null) {
            throw new ZModelException("The schema has " + changes.size() + " change(s) that need a new migration:\n"
                    + summary + "\nName the migration: " + flag(NAME, "<name>") + " (e.g. add_posts).");
        }
        List<DataLossFinding> findings = DataLossCheck.check(dev, options.provider(), changes);
        List<DataLossFinding> fail = Findings.of(findings, DataLossFinding.Kind.WILL_FAIL);
        if (!fail.isEmpty() && !options.createOnly()) {
            throw new ZModelException("The new migration cannot be applied to " + db + " with the data it holds:\n"
                    + Findings.bullets(fail) + "\nRun with " + flag(CREATE_ONLY, "true")
                    + " to write the migration without applying it, and edit it (e.g. fill the column before making it "
                    + "required). Nothing was written.");
        }
        Findings.refuseLoss(findings, diff.suggestions(), options, "The new migration", db);
        diff.warnings().forEach(w -> listener.warn(w));
        fail.forEach(f -> listener.warn(f.message()));
        // the changelog is kept as rendered, so that applying it below need not parse the file just written
        RenderedChangelog[] rendered = new RenderedChangelog[1];
        Migration created = dir.create(
                options.name(),
                options.clock().instant(),
                options.changelogFormat(),
                options.provider(),
                id -> (rendered[0] = ChangelogRenderer.renderForApply(
                                changes,
                                options.provider(),
                                id,
                                options.changelogFormat(),
                                RenderOptions.defaults().withDefaultSchema(Schemas.unqualified(options.database()))))
                        .text());
        listener.info("Created migration " + created.file() + " (" + changes.size() + " changeset(s)):\n" + summary);
        if (options.createOnly()) {
            listener.info("Not applied (createOnly): review and edit it, then run migrate-dev again to apply it.");
            return new MigrateDevResult(reset, applied, created, false, changes, diff.unmanaged(), diff.suggestions());
        }
        // applied like every pending migration, so that a failure says what ran and how to continue or undo
        MigrationsDirectory withCreated = MigrationsDirectory.read(options.migrations(), options.provider());
        boolean onlyCreated = onlyCreatedAdded(dir, withCreated, created);
        // every earlier migration is applied by now; the new file is not parsed again just to count its changesets
        MigrationHistory before = onlyCreated
                ? history.withCreated(created, changes.size())
                : MigrationHistory.read(dev, options.database(), withCreated, parses);
        Pending.apply(dev, withCreated, before, options, "migrate-dev", created, rendered[0]);
        if (onlyCreated && options.replayCache() != null) {
            shadow.record(
                    withCreated.migrations(),
                    OwnedTables.of(options).of(Schemas.read(dev, options.database(), listener)));
        }
        listener.info("Applied migration " + created.id() + "; " + db + " is in sync with "
                + options.desired().description() + ".");
        return new MigrateDevResult(reset, applied, created, true, changes, diff.unmanaged(), diff.suggestions());
    }

    /**
     * True when {@code after} holds exactly the migrations of {@code before} and then {@code created}. Then the
     * development database holds the replay of the earlier migrations (verified: no drift) plus the migration this
     * run created and applied in full: its owned schema is what the replay of all of them produces, recorded so that
     * the next run does not replay them.
     */
    private static boolean onlyCreatedAdded(MigrationsDirectory before, MigrationsDirectory after, Migration created) {
        List<String> expected = new java.util.ArrayList<>(
                before.migrations().stream().map(Migration::id).toList());
        expected.add(created.id());
        return expected.equals(after.migrations().stream().map(Migration::id).toList());
    }
}
