package dev.zmodel.migrate;

import dev.zmodel.Provider;
import dev.zmodel.ZModelException;
import dev.zmodel.liquibase.MasterChangelog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Recovering from a migration that failed part-way: migrate-dev continues it, and no advice leads to a dead end. */
class MigrateRecoveryTest {
    /** users and posts; posts.author_id without a foreign key. */
    static String v1() {
        return "CREATE TABLE users (id INTEGER NOT NULL, email VARCHAR(100) NOT NULL, PRIMARY KEY (id));"
                + "CREATE TABLE posts (id INTEGER NOT NULL, author_id INTEGER NOT NULL, PRIMARY KEY (id))";
    }

    /** v1 plus users.bio and the foreign key, which fails on a post of a missing user. */
    static String v2() {
        return "CREATE TABLE users (id INTEGER NOT NULL, email VARCHAR(100) NOT NULL, bio VARCHAR(200), "
                + "PRIMARY KEY (id));"
                + "CREATE TABLE posts (id INTEGER NOT NULL, author_id INTEGER NOT NULL, PRIMARY KEY (id), "
                + "CONSTRAINT posts_author_id_fkey FOREIGN KEY (author_id) REFERENCES users (id))";
    }

    /**
     * A dev database whose new "fk" migration failed at its foreign key, after adding users.bio. The data-loss check
     * refuses to write a migration that fails on the data, so it is written with createOnly (as a user does to edit
     * it) and then applied by the next migrate-dev.
     */
    private static MigrationFailedException failedFk(MigrateFixture f) {
        MigrateDev.run(f.options(v1()).withName("init"));
        f.db.execute("INSERT INTO users (id, email) VALUES (1, 'a@x')");
        f.db.execute("INSERT INTO posts (id, author_id) VALUES (1, 99)");
        MigrateDev.run(f.options(v2()).withName("fk").withCreateOnly(true));
        return assertThrows(MigrationFailedException.class, () -> MigrateDev.run(f.options(v2())));
    }

    private static String fkChangeset(Provider provider) {
        // MySQL states the foreign key's index as a changeset of its own before the key
        return provider == Provider.MYSQL ? "20261122093200_fk-3" : "20261122093200_fk-2";
    }

    @ParameterizedTest
    @EnumSource(
            value = Provider.class,
            names = {"POSTGRESQL", "MYSQL"})
    void migrateDevContinuesTheFailedMigrationOnceTheDataIsFixed(Provider provider) {
        try (MigrateFixture f = new MigrateFixture(provider)) {
            MigrationFailedException failed = failedFk(f);
            String fk = fkChangeset(provider);
            String message = failed.getMessage();
            assertTrue(
                    message.startsWith("Migration 20261122093200_fk failed on "
                            + f.settings().displayUrl() + " at changeset " + fk + ": "),
                    message);
            assertTrue(message.contains("\nAlready ran and recorded: changeset"), message);
            assertTrue(message.contains("20261122093200_fk-1"), message);
            assertTrue(
                    message.contains("run mvn zenstack:migrate-dev again: it continues with changeset " + fk
                            + ".\nTo undo 20261122093200_fk instead: run this SQL"),
                    message);
            assertTrue(message.contains("-- undoes changeset 20261122093200_fk-1\n"), message);
            assertTrue(message.contains("DROP COLUMN"), message);
            assertEquals(1, count(message, "foreign key constraint"), "the database's text once: " + message);

            f.db.execute("DELETE FROM posts WHERE author_id = 99");
            MigrateDevResult again = MigrateDev.run(f.options(v2()));
            assertEquals(
                    List.of("20261122093200_fk"),
                    again.applied().stream().map(Migration::id).toList());
            assertTrue(
                    f.warnings.stream()
                            .anyMatch(w -> w.startsWith("Continuing the partially applied migration "
                                    + "20261122093200_fk (partially applied: ")),
                    f.allMessages());
            assertEquals(null, again.created(), "in sync: no new migration");
            assertTrue(MigrateStatus.run(f.options().withCheckDrift(true).withFailOnPending(true))
                    .upToDate());
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Provider.class,
            names = {"POSTGRESQL", "MYSQL"})
    void aDeletedFailedMigrationIsNoDeadEnd(Provider provider) throws Exception {
        try (MigrateFixture f = new MigrateFixture(provider)) {
            failedFk(f);
            try (var files = Files.walk(f.migrations.resolve("20261122093200_fk"))) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
            MasterChangelog.write(f.migrations);
            var refused = assertThrows(ZModelException.class, () -> MigrateDev.run(f.options(v1())));
            String message = refused.getMessage();
            assertTrue(message.contains("Migration 20261122093200_fk is not in "), message);
            assertTrue(message.contains(" ran on " + f.settings().displayUrl() + ": 20261122093200_fk-1"), message);
            assertTrue(
                    message.contains("forget them with mvn zenstack:migrate-resolve "
                            + "-Dzenstack.rolledBack=20261122093200_fk and run migrate-dev again. This SQL undoes it"),
                    message);
            assertTrue(message.contains("DROP COLUMN"), message);

            // the SQL the message printed
            String undo = message.substring(message.indexOf("what the migrations in the directory produce):\n"));
            undo.lines().skip(1).takeWhile(l -> l.startsWith("      ")).forEach(f.db::execute);
            MigrateResolveResult forgotten = MigrateResolve.run(f.options(), null, "fk");
            assertEquals(null, forgotten.migration());
            assertTrue(
                    forgotten.changesets().contains("20261122093200_fk-1"),
                    forgotten.changesets().toString());
            MigrateDevResult dev = MigrateDev.run(f.options(v1()));
            assertEquals(null, dev.created());
            assertTrue(MigrateStatus.run(f.options().withCheckDrift(true)).upToDate());
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Provider.class,
            names = {"POSTGRESQL", "MYSQL"})
    void resolveRolledBackNamesTheChangesetsThatRanWithTheirRollbackSql(Provider provider) {
        try (MigrateFixture f = new MigrateFixture(provider)) {
            failedFk(f);
            MigrateResolveResult r = MigrateResolve.run(f.options(), null, "fk");
            assertEquals("rolledBack", r.action());
            assertTrue(
                    r.changesets().contains("20261122093200_fk-1"),
                    r.changesets().toString());
            String info = f.info.get(f.info.size() - 1);
            assertTrue(info.startsWith("Marked migration 20261122093200_fk as rolled back: deleted "), info);
            assertTrue(info.contains(" ran on " + f.settings().displayUrl() + ": unless you have undone "), info);
            assertTrue(info.contains("-- undoes changeset 20261122093200_fk-1\n"), info);
            // the printed rollback, run as the message says, then the fixed data: migrate-dev applies it from the start
            info.lines()
                    .filter(l -> l.startsWith("  ") && !l.startsWith("  --"))
                    .forEach(f.db::execute);
            f.db.execute("DELETE FROM posts WHERE author_id = 99");
            assertEquals(1, MigrateDev.run(f.options(v2())).applied().size());
            assertTrue(MigrateStatus.run(f.options().withCheckDrift(true)).upToDate());
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Provider.class,
            names = {"POSTGRESQL", "MYSQL"})
    void resolveAppliedReRecordsAnEditedMigrationSoThatDeploysNoLongerFail(Provider provider) throws Exception {
        try (MigrateFixture f = new MigrateFixture(provider);
                var fresh = dev.zmodel.testing.TestDatabases.create(provider)) {
            Migration init = MigrateDev.run(f.options(v1()).withName("init")).created();
            // the file is fixed after it was applied (here: a wider column), as after resolving a failed migration
            Files.writeString(init.file(), Files.readString(init.file()).replace("(100)", "(120)"));
            var edited = assertThrows(ZModelException.class, () -> MigrateDeploy.run(f.options()));
            assertTrue(
                    edited.getMessage().contains("migrate-resolve -Dzenstack.applied=20261122093100_init"),
                    edited.getMessage());

            MigrateResolveResult r = MigrateResolve.run(f.options(), "init", null);
            assertEquals(List.of("20261122093100_init-2"), r.changesets());
            assertTrue(
                    f.warnings.contains("Migration 20261122093100_init changed after it was applied to "
                            + f.settings().displayUrl() + ":\n  - changeset 20261122093100_init-2 changed after it was "
                            + "applied (checksum mismatch)"),
                    f.allMessages());
            assertTrue(
                    f.info.get(f.info.size() - 1)
                            .startsWith("Re-recorded migration 20261122093100_init as it is now: replaced the "
                                    + "checksum(s) of 20261122093100_init-2. Nothing was run: "),
                    f.allMessages());
            assertEquals(0, MigrateDeploy.run(f.options()).applied().size());
            assertTrue(MigrateStatus.run(f.options()).upToDate());
            // a new database runs the edited file
            MigrateDeploy.run(MigrateDeployTest.deployTo(f, fresh));
            assertTrue(MigrateStatus.run(MigrateDeployTest.deployTo(f, fresh)).upToDate());
        }
    }

    @org.junit.jupiter.api.Test
    void dbPushRefusesARequiredColumnWithAWayOutItHas() {
        try (MigrateFixture f = new MigrateFixture(Provider.SQLITE)) {
            DbPush.run(f.options(v1()));
            f.db.execute("INSERT INTO users (id, email) VALUES (1, 'a@x')");
            var refused = assertThrows(
                    ZModelException.class,
                    () -> DbPush.run(f.options(v1().replace(
                                    "email VARCHAR(100) NOT NULL,",
                                    "email VARCHAR(100) NOT NULL, age INTEGER NOT NULL,"))));
            assertTrue(
                    refused.getMessage()
                            .contains("Give the field a @default (its rows get that value), or make it optional."),
                    refused.getMessage());
            assertTrue(
                    !refused.getMessage().contains("createOnly"), "db-push has no createOnly: " + refused.getMessage());
        }
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
