package dev.zmodel.migrate;

import dev.zmodel.Listener;
import dev.zmodel.Provider;
import dev.zmodel.ZModelException;
import dev.zmodel.datasource.ConnectionSettings;
import dev.zmodel.diff.DiffResult;
import dev.zmodel.diff.SchemaChange;
import dev.zmodel.diff.SchemaDiff;
import dev.zmodel.pull.DbPull;
import dev.zmodel.pull.PullOptions;
import dev.zmodel.pull.PullResult;
import dev.zmodel.schema.DatabaseSchema;
import dev.zmodel.schema.Table;
import dev.zmodel.testing.RecordingListener;
import dev.zmodel.testing.SecretScan;
import dev.zmodel.testing.TestDatabase;
import dev.zmodel.testing.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Names and values an attacker or an unlucky legacy database could hold, through every path that builds SQL or
 * ZModel from them, on PostgreSQL, MariaDB and SQLite:
 *
 * <ol>
 *   <li>a database is created with the fixture (our own careful SQL);</li>
 *   <li>{@code db pull} writes a ZModel schema from it (the URL carries the password);</li>
 *   <li>{@code migrate-dev} on an empty database diffs that schema, writes a changelog and applies it;</li>
 *   <li>the new database equals the fixture (no diff) and has no other table; a second pull of it gives the
 *       identical schema text;</li>
 *   <li>{@code migrate-deploy} applies the written migration to a third database that already holds a table
 *       {@code x} (the one the hostile names try to drop): {@code x} survives, nothing else is created;</li>
 *   <li>no message (debug included) and no written file holds the password.</li>
 * </ol>
 * {@link #hostileNamesAndValues} uses SQL-injection shaped names and values ({@code '; drop table x; --},
 * quotes of every kind, backslashes, {@code $$}, comment terminators, new lines) for tables, columns, enum types
 * and values, indexes, primary key, unique and foreign key constraints and string defaults;
 * (SQLite rowid keys are declared {@code AUTOINCREMENT}: db pull maps both rowid kinds to
 * {@code @default(autoincrement())}, as Prisma does, which is a type question and not one of names.)
 * {@link #identifierTorture} names that need quoting (spaces, {@code $}, unicode, reserved words, names of the
 * maximum length, names that differ only in case where the database tells them apart).
 */
class HostileNamesRoundTripTest {
    static final String INJECT = "'; drop table x; --";
    /** PostgreSQL's identifier limit is 63 bytes; this is 63 bytes of two-byte and one-byte characters. */
    static final String PG_MAX = "é".repeat(30) + "max";
    /** MySQL/MariaDB allow 64 characters. */
    static final String MYSQL_MAX = "m".repeat(60) + "_max";

    @TempDir
    Path dir;

    private final RecordingListener recorded = new RecordingListener();

    @ParameterizedTest
    @EnumSource(Provider.class)
    void hostileNamesAndValues(Provider provider) throws Exception {
        roundTrip(provider, hostile(provider), evolution(provider));
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void identifierTorture(Provider provider) throws Exception {
        roundTrip(provider, torture(provider), List.of());
    }

    /**
     * The round trip of the class comment; with an {@code evolution}, the source database changes next (hostile
     * columns added and dropped, an enum value added), a second pull merges that into the schema, and a second
     * migrate-dev must first refuse to drop a column that holds data (the data-loss check counts rows through the
     * hostile names) and then, accepting it, write and apply the ALTER migration; deploy applies both.
     */
    private void roundTrip(Provider provider, List<String> fixture, List<String> evolution) throws Exception {
        try (TestDatabase source = TestDatabases.create(provider);
                TestDatabase target = TestDatabases.create(provider);
                TestDatabase deployed = TestDatabases.create(provider)) {
            execute(source, fixture);
            DatabaseSchema expected = read(source);

            Path schema = dir.resolve("zenstack/schema.zmodel");
            PullResult first = pull(schema, source);
            assertEquals(List.of(), first.problems(), first.text());
            String pulled = Files.readString(schema);

            Path migrations = dir.resolve("zenstack/migrations");
            MigrateDevResult dev = MigrateDev.run(options(target, migrations)
                    .withDesired(ZModelProject.desired(schema))
                    .withName("init"));
            assertNotNull(dev.created(), "a migration was written");
            DatabaseSchema created = read(target);
            expectNoDiff(expected, created, "fixture vs migrate-dev's database\n" + pulled);
            assertEquals(tables(expected), withoutHistory(tables(created)), "no other table was created or dropped");

            Path again = dir.resolve("again/schema.zmodel");
            pull(again, target);
            assertEquals(pulled, Files.readString(again), "pull → migrate-dev → pull gives the identical schema");

            if (!evolution.isEmpty()) {
                execute(source, evolution);
                expected = read(source);
                pull(schema, source, false);
                pulled = Files.readString(schema);
                execute(target, List.of(insertRow(provider)));
                MigrateOptions second = options(target, migrations)
                        .withDesired(ZModelProject.desired(schema))
                        .withName("evolve");
                ZModelException refused = assertThrows(ZModelException.class, () -> MigrateDev.run(second));
                assertTrue(refused.getMessage().contains("a`b"), "names the dropped column: " + refused.getMessage());
                assertNotNull(MigrateDev.run(second.withAcceptDataLoss(true)).created());
                created = read(target);
                expectNoDiff(expected, created, "evolved fixture vs migrate-dev's database\n" + pulled);
                assertEquals(
                        tables(expected), withoutHistory(tables(created)), "no other table was created or dropped");
                assertEquals(
                        List.of(List.of("1")),
                        target.query("SELECT count(*) FROM " + quoted(provider, INJECT)),
                        "the row survived");
            }

            execute(deployed, List.of(canary(provider)));
            MigrateDeployResult deploy = MigrateDeploy.run(options(deployed, migrations));
            assertEquals(evolution.isEmpty() ? 1 : 2, deploy.applied().size());
            DatabaseSchema afterDeploy = read(deployed);
            Set<String> expectedTables = new TreeSet<>(tables(expected));
            expectedTables.add("x");
            assertEquals(expectedTables, withoutHistory(tables(afterDeploy)), "x survives, nothing else appears");
            expectNoDiff(
                    expected,
                    afterDeploy.withTables(afterDeploy.tables().stream()
                            .filter(t -> !t.name().equals("x"))
                            .toList()),
                    "fixture vs migrate-deploy's database");

            SecretScan.assertAbsent(
                    TestDatabases.LOGIN_PASSWORD, "the listener's messages", String.join("\n", recorded.all()));
            SecretScan.assertAbsent(TestDatabases.LOGIN_PASSWORD, dir);
        }
    }

    // ------------------------------------------------------------------------------------------ fixtures

    private static List<String> hostile(Provider p) {
        return switch (p) {
            case POSTGRESQL ->
                List.of(
                        "CREATE TYPE " + pg("Mood" + INJECT)
                                + " AS ENUM ('ha''ppy', 'sa\"d', 'back\\slash', '$$', '*/', "
                                + "'new\nline', 'with space', 'tick`')",
                        "CREATE TABLE " + pg(INJECT) + " ("
                                + pg("id") + " integer NOT NULL, "
                                + pg("a\"b") + " text NOT NULL DEFAULT 'it''s; drop table x; --', "
                                + pg("a`b") + " varchar(20) DEFAULT 'back\\slash', "
                                + pg("back\\slash") + " text DEFAULT '$$ */ \"q\" `b` /*', "
                                + pg("$$dollar$$") + " " + pg("Mood" + INJECT) + " NOT NULL DEFAULT 'sa\"d', "
                                + pg("*/ comment /*") + " integer, "
                                + pg("new\nline") + " text DEFAULT E'two\\nlines', "
                                + "CONSTRAINT " + pg("pk" + INJECT) + " PRIMARY KEY (" + pg("id") + "))",
                        // a unique index, not a UNIQUE constraint: ZModel's @unique is an index on PostgreSQL (as in
                        // Prisma)
                        "CREATE UNIQUE INDEX " + pg("uq\"quote") + " ON " + pg(INJECT) + " (" + pg("a`b") + ")",
                        "CREATE INDEX " + pg("idx\\back`tick$$") + " ON " + pg(INJECT) + " (" + pg("*/ comment /*")
                                + ")",
                        "CREATE TABLE " + pg("child $$ */") + " (" + pg("id") + " integer NOT NULL, "
                                + pg("parent'ref") + " integer NOT NULL, "
                                + "CONSTRAINT " + pg("child_pk\\") + " PRIMARY KEY (" + pg("id") + "), "
                                + "CONSTRAINT " + pg("fk" + INJECT) + " FOREIGN KEY (" + pg("parent'ref")
                                + ") REFERENCES "
                                + pg(INJECT) + " (" + pg("id") + ") ON DELETE CASCADE)");
            case MYSQL ->
                List.of(
                        "CREATE TABLE " + my(INJECT) + " ("
                                + my("id") + " int NOT NULL, "
                                + my("a\"b") + " varchar(100) NOT NULL DEFAULT 'it''s; drop table x; --', "
                                + my("a`b") + " varchar(20) DEFAULT 'back\\\\slash', "
                                + my("back\\slash") + " varchar(100) DEFAULT '$$ */ \"q\" `b` /*', "
                                + my("$$dollar$$")
                                + " enum('ha''ppy', 'sa\"d', 'back\\\\slash', '$$', '*/', 'with space', "
                                + "'tick`') NOT NULL DEFAULT 'sa\"d', "
                                + my("*/ comment /*") + " int, "
                                + my("new\nline") + " varchar(30) DEFAULT 'two\\nlines', "
                                + "PRIMARY KEY (" + my("id") + "), "
                                + "UNIQUE KEY " + my("uq\"quote") + " (" + my("a`b") + "), "
                                + "KEY " + my("idx\\back`tick$$") + " (" + my("*/ comment /*") + "))",
                        "CREATE TABLE " + my("child $$ */") + " (" + my("id") + " int NOT NULL, "
                                + my("parent'ref") + " int NOT NULL, PRIMARY KEY (" + my("id") + "), "
                                + "KEY " + my("fk" + INJECT) + " (" + my("parent'ref") + "), "
                                + "CONSTRAINT " + my("fk" + INJECT) + " FOREIGN KEY (" + my("parent'ref")
                                + ") REFERENCES "
                                + my(INJECT) + " (" + my("id") + ") ON DELETE CASCADE)");
            case SQLITE ->
                List.of(
                        "CREATE TABLE " + pg(INJECT) + " ("
                                + pg("id") + " INTEGER NOT NULL CONSTRAINT " + pg("pk" + INJECT)
                                + " PRIMARY KEY AUTOINCREMENT, "
                                + pg("a\"b") + " TEXT NOT NULL DEFAULT 'it''s; drop table x; --', "
                                + pg("a`b") + " TEXT DEFAULT 'back\\slash', "
                                + pg("back\\slash") + " TEXT DEFAULT '$$ */ \"q\" `b` /*', "
                                + pg("*/ comment /*") + " INTEGER, "
                                + pg("new\nline") + " TEXT DEFAULT 'two\nlines')",
                        "CREATE UNIQUE INDEX " + pg("uq\"quote") + " ON " + pg(INJECT) + " (" + pg("a`b") + ")",
                        "CREATE INDEX " + pg("idx\\back`tick$$") + " ON " + pg(INJECT) + " (" + pg("*/ comment /*")
                                + ")",
                        "CREATE TABLE " + pg("child $$ */") + " (" + pg("id")
                                + " INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "
                                + pg("parent'ref") + " INTEGER NOT NULL, "
                                + "CONSTRAINT " + pg("fk" + INJECT) + " FOREIGN KEY (" + pg("parent'ref")
                                + ") REFERENCES "
                                + pg(INJECT) + " (" + pg("id") + ") ON DELETE CASCADE)");
        };
    }

    private static List<String> torture(Provider p) {
        return switch (p) {
            case POSTGRESQL ->
                List.of(
                        "CREATE TABLE " + pg("select") + " (" + pg("order") + " integer PRIMARY KEY, " + pg("group")
                                + " text, " + pg("from") + " text, " + pg("user") + " integer)",
                        "CREATE TABLE " + pg("with space") + " (" + pg("a b") + " integer PRIMARY KEY, " + pg("c$d")
                                + " text, " + pg("e\\f") + " text, " + pg("g\"h") + " text, " + pg("i'j") + " text)",
                        "CREATE TABLE " + pg("ünïcødé 表") + " (" + pg("ключ") + " integer PRIMARY KEY, "
                                + pg("naïve café") + " text)",
                        "CREATE TABLE " + pg(PG_MAX) + " (" + pg(PG_MAX) + " integer PRIMARY KEY, " + pg("ref")
                                + " integer)",
                        "CREATE INDEX " + pg(PG_MAX.substring(0, 30) + "idx") + " ON " + pg(PG_MAX) + " (" + pg("ref")
                                + ")",
                        "CREATE TABLE " + pg("Mixed") + " (" + pg("id") + " integer PRIMARY KEY, " + pg("Value")
                                + " text, " + pg("value") + " text)",
                        "CREATE TABLE " + pg("mixed") + " (" + pg("id") + " integer PRIMARY KEY)");
            case MYSQL ->
                List.of(
                        "CREATE TABLE " + my("select") + " (" + my("order") + " int PRIMARY KEY, " + my("group")
                                + " text, " + my("from") + " text, " + my("user") + " int)",
                        "CREATE TABLE " + my("with space") + " (" + my("a b") + " int PRIMARY KEY, " + my("c$d")
                                + " text, " + my("e\\f") + " text, " + my("g\"h") + " text, " + my("i'j") + " text)",
                        "CREATE TABLE " + my("ünïcødé 表") + " (" + my("ключ") + " int PRIMARY KEY, " + my("naïve café")
                                + " text)",
                        "CREATE TABLE " + my(MYSQL_MAX) + " (" + my(MYSQL_MAX) + " int PRIMARY KEY, " + my("ref")
                                + " int, " + "KEY " + my(MYSQL_MAX.substring(0, 60) + "_idx") + " (" + my("ref") + "))",
                        "CREATE TABLE " + my("Mixed") + " (" + my("id") + " int PRIMARY KEY)",
                        "CREATE TABLE " + my("mixed") + " (" + my("id") + " int PRIMARY KEY)");
            case SQLITE ->
                List.of(
                        "CREATE TABLE " + pg("select") + " (" + pg("order") + " INTEGER PRIMARY KEY AUTOINCREMENT, "
                                + pg("group") + " TEXT, " + pg("from") + " TEXT, " + pg("user") + " INTEGER)",
                        "CREATE TABLE " + pg("with space") + " (" + pg("a b") + " INTEGER PRIMARY KEY AUTOINCREMENT, "
                                + pg("c$d") + " TEXT, " + pg("e\\f") + " TEXT, " + pg("g\"h") + " TEXT, " + pg("i'j")
                                + " TEXT)",
                        "CREATE TABLE " + pg("ünïcødé 表") + " (" + pg("ключ") + " INTEGER PRIMARY KEY AUTOINCREMENT, "
                                + pg("naïve café") + " TEXT)",
                        "CREATE TABLE " + pg(MYSQL_MAX + MYSQL_MAX) + " (" + pg("id")
                                + " INTEGER PRIMARY KEY AUTOINCREMENT, " + pg("ref") + " INTEGER)");
        };
    }

    /** Changes to the hostile fixture: a hostile column with a hostile default added, one dropped, an enum value added. */
    private static List<String> evolution(Provider p) {
        return switch (p) {
            case POSTGRESQL ->
                List.of(
                        "ALTER TYPE " + pg("Mood" + INJECT) + " ADD VALUE 'added''); drop table x; --'",
                        "ALTER TABLE " + pg(INJECT) + " ADD COLUMN " + pg("added\"`col")
                                + " text DEFAULT '$$x''y\\z*/'",
                        "ALTER TABLE " + pg(INJECT) + " DROP COLUMN " + pg("a`b"));
            case MYSQL ->
                List.of(
                        "ALTER TABLE " + my(INJECT) + " ADD COLUMN " + my("added\"`col")
                                + " varchar(50) DEFAULT '$$x''y\\\\z*/'",
                        "ALTER TABLE " + my(INJECT) + " DROP COLUMN " + my("a`b"));
            case SQLITE ->
                List.of(
                        "ALTER TABLE " + pg(INJECT) + " ADD COLUMN " + pg("added\"`col")
                                + " TEXT DEFAULT '$$x''y\\z*/'",
                        "DROP INDEX " + pg("uq\"quote"),
                        "ALTER TABLE " + pg(INJECT) + " DROP COLUMN " + pg("a`b"));
        };
    }

    /** One row in the hostile table, so that dropping a column loses data. */
    private static String insertRow(Provider p) {
        return "INSERT INTO " + quoted(p, INJECT) + " (" + quoted(p, "id") + ", " + quoted(p, "a`b")
                + ") VALUES (1, 'v')";
    }

    private static String quoted(Provider p, String identifier) {
        return p == Provider.MYSQL ? my(identifier) : pg(identifier);
    }

    /** The table the hostile names try to drop; it must survive the deploy. */
    private static String canary(Provider p) {
        return "CREATE TABLE x (id INTEGER PRIMARY KEY)";
    }

    private static String pg(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static String my(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }

    // ------------------------------------------------------------------------------------------ helpers

    private Listener listener() {
        return recorded;
    }

    private PullResult pull(Path schema, TestDatabase db) throws IOException {
        return pull(schema, db, true);
    }

    private PullResult pull(Path schema, TestDatabase db, boolean fresh) throws IOException {
        Files.createDirectories(schema.getParent());
        if (fresh) {
            Files.writeString(schema, """
                    datasource db {
                        provider = "%s"
                        url      = env("DATABASE_URL")
                    }
                    """.formatted(db.provider().id()));
        }
        return DbPull.pull(PullOptions.of(schema)
                .withValidate(true)
                .withListener(listener())
                .withEnvironment(Map.of("DATABASE_URL", db.urlWithCredentials())::get));
    }

    private MigrateOptions options(TestDatabase db, Path migrations) {
        return MigrateOptions.of(settings(db), migrations).withListener(listener());
    }

    private static ConnectionSettings settings(TestDatabase db) {
        return MigrateFixture.settings(db);
    }

    private DatabaseSchema read(TestDatabase db) throws SQLException {
        try (Connection c = db.connect()) {
            return Schemas.read(c, settings(db), listener());
        }
    }

    private static void execute(TestDatabase db, List<String> statements) throws SQLException {
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            for (String sql : statements) {
                try {
                    s.execute(sql);
                } catch (SQLException e) {
                    throw new SQLException("Fixture statement failed: " + e.getMessage() + "\n" + sql, e);
                }
            }
        }
    }

    private static Set<String> tables(DatabaseSchema schema) {
        return schema.tables().stream().map(Table::name).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> withoutHistory(Set<String> tables) {
        Set<String> out = new TreeSet<>(tables);
        out.removeIf(t -> t.equalsIgnoreCase("databasechangelog") || t.equalsIgnoreCase("databasechangeloglock"));
        return out;
    }

    private static void expectNoDiff(DatabaseSchema expected, DatabaseSchema actual, String what) {
        DiffResult diff = SchemaDiff.diff(withoutHistory(expected), withoutHistory(actual));
        List<String> changes = new ArrayList<>();
        for (SchemaChange c : diff.changes()) {
            changes.add(c.summary());
        }
        assertTrue(changes.isEmpty(), what + ": the round trip changed\n" + String.join("\n", changes));
    }

    private static DatabaseSchema withoutHistory(DatabaseSchema schema) {
        return schema.withTables(schema.tables().stream()
                .filter(t -> !withoutHistory(Set.of(t.name())).isEmpty())
                .toList());
    }
}
