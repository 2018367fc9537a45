package dev.zmodel.migrate;

import dev.zmodel.Listener;
import dev.zmodel.Provider;
import dev.zmodel.datasource.ConnectionOverrides;
import dev.zmodel.diff.ddl.SchemaApplier;
import dev.zmodel.pull.DbPull;
import dev.zmodel.pull.PullOptions;
import dev.zmodel.testing.TestDatabase;
import dev.zmodel.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Long operations report progress through the {@link Listener}: tables read by introspection (and so by db pull),
 * changesets applied by migrate-deploy/-dev/-reset with one info line per applied migration, migrations replayed on
 * the shadow database, statements run by db-push. Each step starts at 0, ends at its total, and stays within about
 * a hundred calls whatever its size.
 */
class ProgressReportTest {

    record Event(String step, int done, int total) {}

    /** Records everything; {@code log} interleaves info lines and progress events in call order. */
    static final class Recorder implements Listener {
        final List<Event> events = new CopyOnWriteArrayList<>();
        final List<String> info = new CopyOnWriteArrayList<>();
        final List<String> log = new CopyOnWriteArrayList<>();

        @Override
        public void info(String message) {
            info.add(message);
            log.add(message);
        }

        @Override
        public void progress(String step, int done, int total) {
            events.add(new Event(step, done, total));
            log.add(step + " " + done + "/" + total);
        }

        List<Event> of(String step) {
            return events.stream().filter(e -> e.step().equals(step)).toList();
        }
    }

    /** One run of a step: starts at 0 of total, rises strictly, ends at total, at most ~100 intermediate calls. */
    static void assertOneRun(List<Event> run, int total) {
        assertTrue(run.size() >= 2, run::toString);
        assertEquals(new Event(run.get(0).step(), 0, total), run.get(0));
        assertEquals(new Event(run.get(0).step(), total, total), run.get(run.size() - 1));
        for (int i = 1; i < run.size(); i++) {
            assertTrue(run.get(i).done() > run.get(i - 1).done(), run::toString);
        }
        assertTrue(run.size() <= 102, "at most ~100 calls, got " + run.size());
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void dbPullReportsTheTablesItReadThenTheCount(Provider provider) throws IOException {
        int tables = 250;
        try (TestDatabase db = TestDatabases.create(provider)) {
            StringBuilder sql = new StringBuilder();
            for (int i = 0; i < tables; i++) {
                sql.append("CREATE TABLE t").append(i).append(" (id INTEGER PRIMARY KEY, name VARCHAR(20));\n");
            }
            db.execute(sql.toString());
            Path schema = Files.createTempDirectory("zt-progress").resolve("schema.zmodel");
            Files.writeString(
                    schema,
                    "datasource db {\n    provider = \"" + provider.id()
                            + "\"\n    url      = env(\"DATABASE_URL\")\n}\n");
            Recorder recorder = new Recorder();
            DbPull.pull(PullOptions.of(schema)
                    .withConnection(new ConnectionOverrides(null, db.user(), db.password()))
                    .withEnvironment(Map.of("DATABASE_URL", db.jdbcUrl())::get)
                    .withListener(recorder));

            List<Event> run = recorder.of("Reading tables");
            assertOneRun(run, tables);
            assertTrue(run.size() > 10, "intermediate reports: " + run.size());
            int end = recorder.log.indexOf("Reading tables " + tables + "/" + tables);
            assertTrue(
                    recorder.log.get(end + 1).startsWith("Introspected " + tables + " tables"), recorder.log::toString);
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Provider.class,
            names = {"SQLITE", "POSTGRESQL"})
    void deployReportsEachMigrationOnceAsItIsAppliedAndTheChangesets(Provider provider) {
        try (MigrateFixture f = new MigrateFixture(provider);
                TestDatabase target = TestDatabases.create(provider)) {
            MigrateDev.run(f.options(MigrateFixture.v1()).withName("init"));
            MigrateDev.run(f.options(MigrateFixture.v2()).withName("posts"));
            MigrateDev.run(
                    f.options(MigrateFixture.withoutName()).withName("no_name").withAcceptDataLoss(true));
            List<String> ids = f.folders();
            int changesets = (int) f.historyRows();

            Recorder recorder = new Recorder();
            MigrateDeploy.run(MigrateOptions.of(MigrateFixture.settings(target), f.migrations)
                    .withListener(recorder));

            assertOneRun(recorder.of("Applying changesets"), changesets);
            List<String> applied =
                    recorder.info.stream().filter(m -> m.startsWith("Applied ")).toList();
            assertEquals(
                    List.of(
                            "Applied migration " + ids.get(0),
                            "Applied migration " + ids.get(1),
                            "Applied migration " + ids.get(2),
                            "Applied 3 migration(s) to "
                                    + MigrateFixture.settings(target).displayUrl() + "."),
                    applied,
                    "one line per migration");
            // each migration is reported when its changesets are done, before the next one's progress
            int first = recorder.log.indexOf("Applied migration " + ids.get(0));
            int last = recorder.log.indexOf("Applied migration " + ids.get(2));
            assertTrue(
                    recorder.log.subList(first, last).stream().anyMatch(l -> l.startsWith("Applying changesets ")),
                    recorder.log::toString);
        }
    }

    @Test
    void migrateDevReportsTheShadowReplayAndTheChangesetsOfTheNewMigration() {
        try (MigrateFixture f = new MigrateFixture(Provider.SQLITE)) {
            MigrateDev.run(f.options(MigrateFixture.v1()).withName("init"));
            long before = f.historyRows();
            Recorder recorder = new Recorder();
            MigrateDev.run(f.options(MigrateFixture.v2()).withName("posts").withListener(recorder));
            assertOneRun(recorder.of("Applying changesets"), (int) (f.historyRows() - before));

            List<Event> shadow = recorder.of(ShadowDatabase.STEP);
            // the drift check replays the applied migration (1 changeset); the diff needs the same replay: done once
            assertOneRun(shadow, 1);
            assertEquals(2, shadow.size(), shadow::toString);
            assertTrue(
                    recorder.info.stream()
                            .anyMatch(m -> m.startsWith(
                                    "Applied migration " + f.folders().get(1) + "; ")),
                    recorder.info::toString);
        }
    }

    /** The shadow replay advances changeset by changeset, also inside one migration with many changesets. */
    @Test
    void theShadowReplayReportsEachChangesetOfALargeMigration() throws Exception {
        try (MigrateFixture f = new MigrateFixture(Provider.SQLITE)) {
            Path folder = Files.createDirectories(f.migrations.resolve("20261122100000_many"));
            StringBuilder sql = new StringBuilder("--liquibase formatted sql\n");
            for (int i = 1; i <= 250; i++) {
                sql.append("--changeset test:many-").append(i).append('\n');
                sql.append("CREATE TABLE t").append(i).append(" (id INTEGER PRIMARY KEY);\n");
            }
            Files.writeString(folder.resolve("migration.sql"), sql);
            MigrationsDirectory dir = MigrationsDirectory.readAndRepair(f.migrations, Provider.SQLITE, Listener.NONE);
            Recorder recorder = new Recorder();
            try (var c = f.db.connect();
                    ShadowDatabase shadow = ShadowDatabase.open(f.settings(), c, null, recorder)) {
                shadow.apply(dir, dir.migrations());
            }
            List<Event> run = recorder.of(ShadowDatabase.STEP);
            assertOneRun(run, 250);
            assertTrue(run.size() > 50, "progress within the migration: " + run);
        }
    }

    @Test
    void migrateResetReportsTheChangesetsItReapplies() {
        try (MigrateFixture f = new MigrateFixture(Provider.SQLITE)) {
            MigrateDev.run(f.options(MigrateFixture.v1()).withName("init"));
            MigrateDev.run(f.options(MigrateFixture.v2()).withName("posts"));
            int changesets = (int) f.historyRows();
            Recorder recorder = new Recorder();
            MigrateReset.run(f.options().withListener(recorder).withForce(true), List.of());
            assertOneRun(recorder.of("Applying changesets"), changesets);
            assertEquals(
                    2,
                    recorder.info.stream()
                            .filter(m -> m.startsWith("Applied migration "))
                            .count(),
                    recorder.info::toString);
        }
    }

    @Test
    void dbPushReportsTheStatementsItRuns() {
        try (MigrateFixture f = new MigrateFixture(Provider.SQLITE)) {
            Recorder recorder = new Recorder();
            DbPush.run(f.options(MigrateFixture.v2()).withListener(recorder));
            List<Event> run = recorder.of(SchemaApplier.STEP);
            assertOneRun(run, run.get(run.size() - 1).total());
            assertTrue(run.get(0).total() >= 2, run::toString);
        }
    }
}
