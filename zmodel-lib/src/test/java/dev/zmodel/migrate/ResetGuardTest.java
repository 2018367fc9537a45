package dev.zmodel.migrate;

import dev.zmodel.Provider;
import dev.zmodel.ZModelException;
import dev.zmodel.datasource.ConnectionSettings;
import dev.zmodel.schema.DatabaseSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reset guard of {@code migrate-reset} and {@code db-push} with {@code forceReset} (Prisma's {@code migrate
 * reset}): a person is asked {@code [y/N]} and "n" or Enter drops nothing; when nobody can answer (batch mode) the
 * run is refused unless {@code force}; {@code force} skips the question but never allows a database that is not
 * local. "Nothing dropped" is checked in the catalog (the table exists) and in the data (its row is there). The same
 * on a real Maven: ITs {@code prompt-interactive} (a pseudo-terminal) and {@code prompt-batch-mode}.
 */
class ResetGuardTest {
    private static final ConnectionSettings REMOTE = new ConnectionSettings(
            Provider.POSTGRESQL, "jdbc:postgresql://db.example.com:5432/app", "app", "secret", List.of("public"));

    /** A terminal that answers with {@code typed} and records what was shown. */
    private static final class Terminal {
        final StringWriter screen = new StringWriter();
        final LinePrompter prompter;

        Terminal(String typed) {
            prompter = new LinePrompter(new StringReader(typed), new PrintWriter(screen));
        }
    }

    /** A person who is there but must not be asked (force). */
    private static final class NotToBeAsked implements Prompter {
        final List<String> asked = new ArrayList<>();

        @Override
        public boolean isInteractive() {
            return true;
        }

        @Override
        public boolean confirm(String question) {
            asked.add(question);
            return false;
        }
    }

    /** The development database of {@code f} after migrate-dev init and one user row. */
    private static void migratedWithOneRow(MigrateFixture f) {
        MigrateDev.run(f.options(MigrateFixture.v1()).withName("init"));
        f.db.execute("INSERT INTO users (id, email, name) VALUES (1, 'a@example.com', 'Ann')");
    }

    /** The users table in the catalog (not just a query that happens to work): "1" when it exists. */
    private static String usersInCatalog(MigrateFixture f) {
        return f.scalar(
                switch (f.provider) {
                    case SQLITE -> "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'users'";
                    case POSTGRESQL ->
                        "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' "
                                + "AND table_name = 'users'";
                    case MYSQL ->
                        "SELECT count(*) FROM information_schema.tables WHERE table_schema = DATABASE() "
                                + "AND table_name = 'users'";
                });
    }

    private static void assertNothingDropped(MigrateFixture f) {
        assertEquals("1", usersInCatalog(f), "the table is still in the catalog");
        assertEquals("Ann", f.scalar("SELECT name FROM users"), "its row is still there");
        assertTrue(f.historyRows() > 0, "the migration history is still there");
        assertTrue(f.info.stream().noneMatch(m -> m.startsWith("Reset ")), f.allMessages());
    }

    /** "of schema(s) public in " on PostgreSQL, "of " elsewhere. */
    private static String of(MigrateFixture f) {
        return f.provider == Provider.POSTGRESQL ? "of schema(s) public in " : "of ";
    }

    @ParameterizedTest
    @EnumSource(
            value = Provider.class,
            names = {"SQLITE", "POSTGRESQL"})
    void migrateResetAsksAndNoOrEnterDropsNothing(Provider provider) {
        try (MigrateFixture f = new MigrateFixture(provider)) {
            migratedWithOneRow(f);
            String db = f.settings().displayUrl();
            String declined = "Declined: migrate-reset did not reset " + db + "; nothing was dropped. Run mvn "
                    + "zenstack:migrate-reset -Dzenstack.force=true to reset without being asked.";
            for (String typed : List.of("n\n", "\n", "")) {
                Terminal t = new Terminal(typed);
                var e = assertThrows(
                        ZModelException.class,
                        () -> MigrateReset.run(f.options().withPrompter(t.prompter), List.of()));
                assertEquals(declined, e.getMessage());
                assertEquals(
                        "migrate-reset drops every table, view and type " + of(f) + db + " and all their data, "
                                + "then applies every migration again. Do you want to continue? [y/N] ",
                        t.screen.toString());
                assertNothingDropped(f);
            }

            Terminal yes = new Terminal("y\n");
            MigrateResetResult r = MigrateReset.run(f.options().withPrompter(yes.prompter), List.of());
            assertEquals(1, r.applied().size());
            assertEquals("1", usersInCatalog(f), "created again by the migration");
            assertEquals("0", f.scalar("SELECT count(*) FROM users"), "the row is gone");
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Provider.class,
            names = {"SQLITE", "POSTGRESQL"})
    void migrateResetInBatchModeIsRefusedWithoutForceAndResetsWithIt(Provider provider) {
        try (MigrateFixture f = new MigrateFixture(provider)) {
            migratedWithOneRow(f);
            String db = f.settings().displayUrl();
            var e = assertThrows(
                    ZModelException.class,
                    () -> MigrateReset.run(f.options().withPrompter(Prompter.NON_INTERACTIVE), List.of()));
            assertEquals(
                    "migrate-reset did not reset " + db + ": it drops every table, view and type " + of(f)
                            + "the database and all their data, and in batch mode (mvn -B, CI, no terminal) nobody can confirm "
                            + "that. Nothing was dropped. Run mvn zenstack:migrate-reset -Dzenstack.force=true to reset "
                            + "without being asked.",
                    e.getMessage());
            assertNothingDropped(f);

            NotToBeAsked person = new NotToBeAsked();
            MigrateResetResult r =
                    MigrateReset.run(f.options().withPrompter(person).withForce(true), List.of());
            assertEquals(List.of(), person.asked, "force: nothing asked");
            assertEquals(1, r.applied().size());
            assertEquals("0", f.scalar("SELECT count(*) FROM users"), "reset");
            assertTrue(
                    f.info.contains("Reset " + db + ": dropped every table, view and type"
                            + (provider == Provider.POSTGRESQL ? " of schema(s) public" : "") + "."),
                    f.allMessages());
        }
    }

    @Test
    void theBatchRefusalNamesTheSeedFilesInTheCommand() throws Exception {
        try (MigrateFixture f = new MigrateFixture(Provider.SQLITE)) {
            migratedWithOneRow(f);
            Path seed = java.nio.file.Files.createTempFile("seed", ".sql");
            var e = assertThrows(ZModelException.class, () -> MigrateReset.run(f.options(), List.of(seed)));
            assertTrue(
                    e.getMessage()
                            .endsWith(" Nothing was dropped. Run mvn zenstack:migrate-reset -Dzenstack.seed=" + seed
                                    + " -Dzenstack.force=true to reset without being asked."),
                    e.getMessage());
            assertNothingDropped(f);
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Provider.class,
            names = {"SQLITE", "POSTGRESQL"})
    void dbPushForceResetAsksIsRefusedInBatchModeAndResetsWithForce(Provider provider) {
        try (MigrateFixture f = new MigrateFixture(provider)) {
            migratedWithOneRow(f);
            String db = f.settings().displayUrl();
            Terminal no = new Terminal("n\n");
            var e = assertThrows(
                    ZModelException.class,
                    () -> DbPush.run(
                            f.options(MigrateFixture.v1()).withForceReset(true).withPrompter(no.prompter)));
            assertEquals(
                    "Declined: db-push with forceReset did not reset " + db + "; nothing was dropped. Run mvn "
                            + "zenstack:db-push -Dzenstack.forceReset=true -Dzenstack.force=true to reset without being asked.",
                    e.getMessage());
            assertEquals(
                    "db-push with forceReset drops every table, view and type " + of(f) + db + " and all their "
                            + "data, then pushes the schema. Do you want to continue? [y/N] ",
                    no.screen.toString());
            assertNothingDropped(f);

            var batch = assertThrows(
                    ZModelException.class,
                    () -> DbPush.run(f.options(MigrateFixture.v1()).withForceReset(true)));
            assertTrue(
                    batch.getMessage().startsWith("db-push with forceReset did not reset " + db + ": it drops "),
                    batch.getMessage());
            assertTrue(
                    batch.getMessage()
                            .endsWith(", and in batch mode (mvn -B, CI, no terminal) nobody can confirm "
                                    + "that. Nothing was dropped. Run mvn zenstack:db-push -Dzenstack.forceReset=true "
                                    + "-Dzenstack.force=true to reset without being asked."),
                    batch.getMessage());
            assertNothingDropped(f);

            Terminal yes = new Terminal("y\n");
            assertTrue(DbPush.run(
                            f.options(MigrateFixture.v1()).withForceReset(true).withPrompter(yes.prompter))
                    .reset());
            assertEquals("0", f.scalar("SELECT count(*) FROM users"), "reset");
            f.db.execute("INSERT INTO users (id, email, name) VALUES (2, 'b@example.com', 'Bob')");
            assertTrue(DbPush.run(
                            f.options(MigrateFixture.v1()).withForceReset(true).withForce(true))
                    .reset());
            assertEquals("0", f.scalar("SELECT count(*) FROM users"), "reset without being asked");
        }
    }

    @Test
    void forceNeverAllowsADatabaseThatIsNotLocal() {
        String refused = "Refusing to run on jdbc:postgresql://db.example.com:5432/app: %s drops every table, view "
                + "and type of the database, and the database is not local (host is not localhost, 127.0.0.1, ::1 or "
                + "a socket). If this really is a development database, pass -Dzenstack.allowRemote=true.";
        NotToBeAsked person = new NotToBeAsked();
        var e = assertThrows(
                ZModelException.class,
                () -> MigrateReset.run(
                        MigrateOptions.of(REMOTE, Path.of("m")).withForce(true).withPrompter(person), List.of()));
        assertEquals(String.format(refused, "migrate-reset"), e.getMessage());
        var push = assertThrows(
                ZModelException.class,
                () -> DbPush.run(MigrateOptions.of(REMOTE, Path.of("m"))
                        .withDesired(DesiredState.of(DatabaseSchema.empty(Provider.POSTGRESQL)))
                        .withForceReset(true)
                        .withForce(true)
                        .withPrompter(person)));
        assertEquals(String.format(refused, "db-push with forceReset"), push.getMessage());
        assertEquals(List.of(), person.asked, "refused before asking");
    }
}
