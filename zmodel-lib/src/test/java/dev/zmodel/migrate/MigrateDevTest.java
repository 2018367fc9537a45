package dev.zmodel.migrate;

import dev.zmodel.Provider;
import dev.zmodel.ZModelException;
import dev.zmodel.datasource.ConnectionSettings;
import dev.zmodel.liquibase.ChangelogFormat;
import dev.zmodel.testing.TestDatabase;
import dev.zmodel.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * migrate-dev on real databases: the development loop of docs/migrations.md (init, change, in sync), named
 * {@code @@map}/{@code @map}, drift, data loss, prompts, history problems.
 */
class MigrateDevTest {

    @ParameterizedTest
    @EnumSource(Provider.class)
    void initThenEditThenInSync(Provider provider) throws Exception {
        try (MigrateFixture f = new MigrateFixture(provider)) {
            MigrateDevResult init =
                    MigrateDev.run(f.options(MigrateFixture.v1()).withName("init"));
            assertEquals("20261122093100_init", init.created().id());
            assertTrue(init.createdApplied());
            assertEquals(List.of("20261122093100_init"), f.folders());
            assertEquals(
                    dev.zmodel.liquibase.MasterChangelog.render(),
                    Files.readString(f.migrations.resolve("changelog.xml")));
            assertEquals(
                    "provider=" + provider.id(),
                    Files.readAllLines(f.migrations.resolve("migration_lock.properties"))
                            .get(1));
            f.db.execute("INSERT INTO users (id, email) VALUES (1, 'a@example.com')");

            MigrateDevResult posts =
                    MigrateDev.run(f.options(MigrateFixture.v2()).withName("Add posts!"));
            assertEquals("20261122093200_add_posts", posts.created().id());
            assertEquals(List.of("20261122093100_init", "20261122093200_add_posts"), f.folders());
            assertEquals("0", f.scalar("SELECT count(*) FROM posts"));
            assertEquals("1", f.scalar("SELECT count(*) FROM users"), "the data is kept");

            f.info.clear();
            MigrateDevResult again = MigrateDev.run(f.options(MigrateFixture.v2()));
            assertTrue(again.inSync());
            assertNull(again.created());
            assertEquals(2, f.folders().size(), "nothing written");
            assertTrue(f.info.stream().anyMatch(m -> m.startsWith("Already in sync")), f.allMessages());
        }
    }

    /** The named forms {@code @@map(name: "users")} and {@code @map(name: "full_name")} name what is created. */
    @ParameterizedTest
    @EnumSource(
            value = Provider.class,
            names = {"POSTGRESQL", "MYSQL"})
    void namedMapArgumentsNameTheTableAndTheColumn(Provider provider) throws Exception {
        try (MigrateFixture f = new MigrateFixture(provider)) {
            Path schema = Files.createDirectories(f.migrations.getParent()).resolve("schema.zmodel");
            Files.writeString(schema, """
                    datasource db {
                        provider = "%s"
                        url      = env("DATABASE_URL")
                    }

                    model User {
                        id   Int    @id
                        name String @map(name: "full_name")

                        @@map(name: "users")
                    }
                    """.formatted(provider.id()));
            DesiredState desired = ZModelProject.desired(schema);
            assertTrue(MigrateDev.run(f.options().withDesired(desired).withName("init"))
                    .createdApplied());

            String database = provider == Provider.POSTGRESQL ? "'public'" : "database()";
            assertEquals(
                    List.of(List.of("users", "full_name"), List.of("users", "id")),
                    f.db.query("SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = "
                            + database
                            + " AND lower(table_name) NOT LIKE 'databasechangelog%' ORDER BY table_name, column_name"),
                    "the catalog has table users with column full_name, and no table User");
            assertTrue(MigrateDev.run(f.options().withDesired(desired)).inSync(), f.allMessages());
        }
    }

    /**
     * A datasource whose tables live in a schema that does not exist yet (here the only one, not {@code public}): the
     * first migration creates it, so migrate-dev, its shadow replay and a deploy into an empty database all work.
     */
    @Test
    void theFirstMigrationCreatesTheSchemasOfTheDatasource() throws Exception {
        try (MigrateFixture f = new MigrateFixture(Provider.POSTGRESQL);
                TestDatabase target = TestDatabases.create(Provider.POSTGRESQL)) {
            Path schema = Files.createDirectories(f.migrations.getParent()).resolve("schema.zmodel");
            Files.writeString(schema, """
                    datasource db {
                        provider      = "postgresql"
                        url           = env("DATABASE_URL")
                        schemas       = ["app"]
                        defaultSchema = "app"
                    }

                    model Task {
                        id    Int    @id @default(autoincrement())
                        title String
                    }
                    """);
            DesiredState desired = ZModelProject.desired(schema);
            MigrateOptions dev = f.options().withDatabase(inSchema(f.db, "app")).withDesired(desired);
            assertTrue(MigrateDev.run(dev.withName("init")).createdApplied(), f.allMessages());
            Path folder = Files.list(f.migrations)
                    .filter(Files::isDirectory)
                    .findFirst()
                    .orElseThrow();
            String changelog = Files.readString(Files.list(folder).findFirst().orElseThrow());
            assertTrue(changelog.matches("(?s).*CREATE SCHEMA IF NOT EXISTS (\"|&quot;)app(\"|&quot;).*"), changelog);
            String tables = "SELECT table_schema, table_name FROM information_schema.tables WHERE table_name = 'Task'";
            assertEquals(List.of(List.of("app", "Task")), f.db.query(tables));
            assertTrue(
                    MigrateDev.run(f.options()
                                    .withDatabase(inSchema(f.db, "app"))
                                    .withDesired(desired))
                            .inSync(),
                    f.allMessages());

            MigrateDeploy.run(
                    MigrateOptions.of(inSchema(target, "app"), f.migrations).withListener(f.listener()));
            assertEquals(List.of(List.of("app", "Task")), target.query(tables), "deployed into an empty database");
        }
    }

    private static ConnectionSettings inSchema(TestDatabase db, String schema) {
        return new ConnectionSettings(db.provider(), db.urlWithCredentials(), null, null, List.of(schema));
    }

    @Test
    void aChangeWithoutANameSaysHowToNameIt() {
        try (MigrateFixture f = new MigrateFixture(Provider.SQLITE)) {
            var e = assertThrows(ZModelException.class, () -> MigrateDev.run(f.options(MigrateFixture.v1())));
            assertTrue(
                    e.getMessage()
                            .startsWith("The schema has 1 change(s) that need a new migration:\n"
                                    + "  - Create table `users`\nName the migration: -Dzenstack.name=<name>"),
                    e.getMessage());
            assertFalse(Files.exists(f.migrations), "nothing written");
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void driftStopsInBatchModeAndResetsWithTheFlag(Provider provider) {
        try (MigrateFixture f = new MigrateFixture(provider)) {
            MigrateDev.run(f.options(MigrateFixture.v1()).withName("init"));
            f.db.execute("ALTER TABLE users ADD COLUMN nickname VARCHAR(20)");
            f.db.execute("INSERT INTO users (id, email) VALUES (1, 'a@example.com')");

            var e = assertThrows(ZModelException.class, () -> MigrateDev.run(f.options(MigrateFixture.v1())));
            assertTrue(e.getMessage().startsWith("Drift detected: the schema of "), e.getMessage());
            assertTrue(
                    e.getMessage().contains("[*] Changed the `users` table\n  [+] Added column `nickname`"),
                    e.getMessage());
            assertTrue(e.getMessage().endsWith("run with -Dzenstack.reset=true."), e.getMessage());
            assertEquals("1", f.scalar("SELECT count(*) FROM users"), "nothing changed");

            MigrateDevResult r = MigrateDev.run(f.options(MigrateFixture.v1()).withReset(true));
            assertTrue(r.reset());
            assertEquals(
                    List.of("20261122093100_init"),
                    r.applied().stream().map(Migration::id).toList());
            assertEquals("0", f.scalar("SELECT count(*) FROM users"), "reset");
            assertTrue(r.inSync());
            MigrateDev.run(f.options(MigrateFixture.v1()));
        }
    }

    @Test
    void anInteractiveSessionAsksBeforeTheReset() {
        try (MigrateFixture f = new MigrateFixture(Provider.SQLITE)) {
            MigrateDev.run(f.options(MigrateFixture.v1()).withName("init"));
            f.db.execute("DROP TABLE users");
            List<String> asked = new java.util.ArrayList<>();
            Prompter no = prompter(asked, false);
            var e = assertThrows(
                    ZModelException.class,
                    () -> MigrateDev.run(f.options(MigrateFixture.v1()).withPrompter(no)));
            assertTrue(
                    e.getMessage().startsWith("Reset declined; nothing was changed. Drift detected"), e.getMessage());
            assertTrue(e.getMessage().contains("[-] Removed tables\n  - users"), e.getMessage());
            assertEquals(1, asked.size());
            assertTrue(asked.get(0).startsWith("We need to reset the database jdbc:sqlite:"), asked.get(0));

            MigrateDevResult r = MigrateDev.run(f.options(MigrateFixture.v1()).withPrompter(prompter(asked, true)));
            assertTrue(r.reset());
            assertEquals("0", f.scalar("SELECT count(*) FROM users"));
        }
    }

    private static Prompter prompter(List<String> asked, boolean answer) {
        return new Prompter() {
            @Override
            public boolean isInteractive() {
                return true;
            }

            @Override
            public boolean confirm(String question) {
                asked.add(question);
                return answer;
            }
        };
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void dataLossIsRefusedWithoutTheFlag(Provider provider) {
        try (MigrateFixture f = new MigrateFixture(provider)) {
            MigrateDev.run(f.options(MigrateFixture.v1()).withName("init"));
            f.db.execute("INSERT INTO users (id, email, name) VALUES (1, 'a@example.com', 'Ann')");
            var e = assertThrows(
                    ZModelException.class,
                    () -> MigrateDev.run(f.options(MigrateFixture.withoutName()).withName("drop_name")));
            assertEquals(
                    "The new migration would lose data in " + f.settings().displayUrl() + ":\n"
                            + "  - Drops column `users.name`, which holds 1 non-null value(s).\n"
                            + "If that is intended, run again with -Dzenstack.acceptDataLoss=true. Nothing was changed.",
                    e.getMessage());
            assertEquals(1, f.folders().size(), "nothing written");
            MigrateDevResult r = MigrateDev.run(f.options(MigrateFixture.withoutName())
                    .withName("drop_name")
                    .withAcceptDataLoss(true));
            assertTrue(r.createdApplied());
            assertEquals("1", f.scalar("SELECT count(*) FROM users"));
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void aRequiredColumnOnATableWithRowsIsRefusedUnlessCreateOnly(Provider provider) {
        try (MigrateFixture f = new MigrateFixture(provider)) {
            MigrateDev.run(f.options(MigrateFixture.v1()).withName("init"));
            f.db.execute("INSERT INTO users (id, email) VALUES (1, 'a@example.com')");
            String required = "CREATE TABLE users (id INTEGER NOT NULL, email VARCHAR(100) NOT NULL, "
                    + "name VARCHAR(100), age INTEGER NOT NULL, PRIMARY KEY (id))";
            var e = assertThrows(
                    ZModelException.class,
                    () -> MigrateDev.run(f.options(required).withName("age")));
            assertTrue(
                    e.getMessage()
                            .contains("Adds the required column `users.age` without a default, but `users` "
                                    + "has 1 row(s)."),
                    e.getMessage());
            assertTrue(e.getMessage().contains("-Dzenstack.createOnly=true"), e.getMessage());
            MigrateDevResult r = MigrateDev.run(
                    f.options(required).withName("age").withCreateOnly(true).withChangelogFormat(ChangelogFormat.YAML));
            assertFalse(r.createdApplied());
            assertTrue(Files.exists(r.created().file()));
            assertTrue(r.created().file().toString().endsWith("migration.yaml"));
        }
    }

    @Test
    void anEditedAppliedMigrationStopsMigrateDev() throws Exception {
        try (MigrateFixture f = new MigrateFixture(Provider.POSTGRESQL)) {
            Migration init = MigrateDev.run(f.options(MigrateFixture.v1()).withName("init"))
                    .created();
            Files.writeString(
                    init.file(),
                    Files.readString(init.file())
                            .replace("VARCHAR(100)", "VARCHAR(120)")
                            .replace("varchar(100)", "varchar(120)"));
            var e = assertThrows(ZModelException.class, () -> MigrateDev.run(f.options(MigrateFixture.v1())));
            assertTrue(
                    e.getMessage()
                            .startsWith(
                                    "The migration history of " + f.settings().displayUrl()
                                            + " does not match the migrations directory:\n  - Migration 20261122093100_init (edited after it "
                                            + "was applied: changeset 20261122093100_init-1 changed after it was applied (checksum mismatch))"),
                    e.getMessage());
            assertTrue(e.getMessage().endsWith("-Dzenstack.reset=true."), e.getMessage());
        }
    }

    @Test
    void theTemporaryShadowDatabaseIsDroppedAlsoOnFailure() throws Exception {
        try (MigrateFixture f = new MigrateFixture(Provider.POSTGRESQL)) {
            // the shadow databases this test created (named in the debug messages); counting all of them on the
            // server would see the shadow databases of other test runs on the same server
            String count = "SELECT count(*) FROM pg_database WHERE datname = ANY (string_to_array('%s', ','))";
            java.util.function.Supplier<String> shadows = () -> String.join(
                    ",",
                    f.debug.stream()
                            .filter(m -> m.startsWith("Created shadow database "))
                            .map(m -> m.substring(24))
                            .toList());
            String before = "0";
            Migration init = MigrateDev.run(f.options(MigrateFixture.v1()).withName("init"))
                    .created();
            assertEquals("", shadows.get(), "init replays nothing: no shadow database " + f.debug);
            // A second migration that cannot run: the shadow database fails, and is still dropped.
            MigrateDev.run(f.options(MigrateFixture.v2()).withName("posts").withCreateOnly(true));
            Migration posts =
                    MigrationsDirectory.read(f.migrations, Provider.POSTGRESQL).find("posts");
            Files.writeString(
                    posts.file(),
                    Files.readString(posts.file())
                            .replace("REFERENCES \"users\"", "REFERENCES \"nowhere\"")
                            .replace("referencedTableName=\"users\"", "referencedTableName=\"nowhere\""));
            var e = assertThrows(ZModelException.class, () -> MigrateDev.run(f.options(MigrateFixture.v2())));
            assertTrue(e.getMessage().contains("posts"), e.getMessage());
            assertEquals(2, shadows.get().split(",").length, "posts and the failed run: " + f.debug);
            assertEquals(before, f.scalar(count.formatted(shadows.get())), f.allMessages());
            assertTrue(Files.exists(init.file()));
        }
    }

    @Test
    void aConfiguredShadowDatabaseIsResetAndUsed() {
        try (MigrateFixture f = new MigrateFixture(Provider.POSTGRESQL);
                var shadow = dev.zmodel.testing.TestDatabases.create(Provider.POSTGRESQL)) {
            shadow.execute("CREATE TABLE leftover (id INTEGER)");
            MigrateDev.run(f.options(MigrateFixture.v1())
                    .withName("init")
                    .withShadowDatabase(MigrateFixture.settings(shadow)));
            assertEquals(
                    "0",
                    shadow.query("SELECT count(*) FROM pg_tables WHERE tablename = 'leftover'")
                            .get(0)
                            .get(0));
            // The next run replays the init migration there (and leaves it for inspection).
            assertTrue(
                    MigrateDev.run(f.options(MigrateFixture.v1()).withShadowDatabase(MigrateFixture.settings(shadow)))
                            .inSync());
            assertEquals(
                    "1",
                    shadow.query("SELECT count(*) FROM pg_tables WHERE tablename = 'users'")
                            .get(0)
                            .get(0));
            var e = assertThrows(
                    ZModelException.class,
                    () -> MigrateDev.run(f.options(MigrateFixture.v1()).withShadowDatabase(f.settings())));
            assertTrue(
                    e.getMessage().startsWith("The shadowDatabaseUrl is the development database itself"),
                    e.getMessage());
        }
    }
}
