package dev.zmodel.migrate;

import dev.zmodel.Provider;
import dev.zmodel.ZModelException;
import dev.zmodel.datasource.ConnectionSettings;
import dev.zmodel.liquibase.ChangelogFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** migrate-reset, db-push and migrate-diff on real databases. */
class MigrateResetPushDiffTest {
    private static final ConnectionSettings REMOTE = new ConnectionSettings(
            Provider.POSTGRESQL, "jdbc:postgresql://db.example.com:5432/app", "app", "secret", List.of("public"));

    @ParameterizedTest
    @EnumSource(Provider.class)
    void resetDropsEverythingReappliesAndSeeds(Provider provider) throws Exception {
        try (MigrateFixture f = new MigrateFixture(provider)) {
            MigrateDev.run(f.options(MigrateFixture.v1()).withName("init"));
            f.db.execute("INSERT INTO users (id, email) VALUES (1, 'a@example.com'); CREATE TABLE extra (id INTEGER)");
            Path seed = Files.createTempFile("seed", ".sql");
            Files.writeString(
                    seed,
                    "INSERT INTO users (id, email) VALUES (7, 'seed@example.com');\n"
                            + "INSERT INTO users (id, email) VALUES (8, 'x;y@example.com');\n");
            MigrateResetResult r = MigrateReset.run(f.options().withForce(true), List.of(seed));
            assertEquals(1, r.applied().size());
            assertEquals(List.of(List.of("7"), List.of("8")), f.db.query("SELECT id FROM users ORDER BY id"));
            assertTrue(
                    MigrateStatus.run(f.options().withCheckDrift(true).withFailOnPending(true))
                            .upToDate(),
                    "no drift: extra is gone");
        }
    }

    @Test
    void resetRefusesANonLocalDatabaseWithoutAllowRemote() {
        var e = assertThrows(
                ZModelException.class, () -> MigrateReset.run(MigrateOptions.of(REMOTE, Path.of("m")), List.of()));
        assertEquals(
                "Refusing to run on jdbc:postgresql://db.example.com:5432/app: migrate-reset drops every table, "
                        + "view and type of the database, and the database is not local (host is not localhost, 127.0.0.1, "
                        + "::1 or a socket). If this really is a development database, pass -Dzenstack.allowRemote=true.",
                e.getMessage());
        var push = assertThrows(
                ZModelException.class,
                () -> DbPush.run(MigrateOptions.of(REMOTE, Path.of("m"))
                        .withDesired(DesiredState.of(dev.zmodel.schema.DatabaseSchema.empty(Provider.POSTGRESQL)))
                        .withForceReset(true)));
        assertEquals(
                "Refusing to run on jdbc:postgresql://db.example.com:5432/app: db-push with forceReset drops every "
                        + "table, view and type of the database, and the database is not local (host is not localhost, "
                        + "127.0.0.1, ::1 or a socket). If this really is a development database, pass "
                        + "-Dzenstack.allowRemote=true.",
                push.getMessage(),
                "refused before connecting");
    }

    @Test
    void aFailingSeedNamesTheStatement() throws Exception {
        try (MigrateFixture f = new MigrateFixture(Provider.POSTGRESQL)) {
            MigrateDev.run(f.options(MigrateFixture.v1()).withName("init"));
            Path seed = Files.createTempFile("seed", ".sql");
            Files.writeString(
                    seed, "INSERT INTO users (id, email) VALUES (1, 'a');\nINSERT INTO nowhere VALUES (1);\n");
            var e = assertThrows(
                    ZModelException.class, () -> MigrateReset.run(f.options().withForce(true), List.of(seed)));
            assertTrue(
                    e.getMessage().startsWith("The seed file " + seed + " failed at statement 2 of 2: "),
                    e.getMessage());
            assertEquals("0", f.scalar("SELECT count(*) FROM users"), "the seed's transaction rolled back");
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void dbPushAppliesWithoutHistoryAndRefusesDataLoss(Provider provider) {
        try (MigrateFixture f = new MigrateFixture(provider)) {
            DbPushResult first = DbPush.run(f.options(MigrateFixture.v2()));
            assertEquals(false, first.inSync());
            assertTrue(DbPush.run(f.options(MigrateFixture.v2())).inSync());
            assertTrue(f.info.stream().anyMatch(m -> m.contains("is already in sync with the test schema")));
            assertEquals(
                    0,
                    MigrationHistory.read(
                                    connect(f),
                                    f.options().database(),
                                    MigrationsDirectory.read(f.migrations, provider))
                            .migrations()
                            .size());
            f.db.execute("INSERT INTO users (id, email, name) VALUES (1, 'a@example.com', 'Ann')");

            String dropName = "CREATE TABLE users (id INTEGER NOT NULL, email VARCHAR(100) NOT NULL, "
                    + "bio VARCHAR(200), PRIMARY KEY (id));"
                    + "CREATE TABLE posts (id INTEGER NOT NULL, title VARCHAR(100) NOT NULL, author_id INTEGER NOT NULL, "
                    + "PRIMARY KEY (id), CONSTRAINT posts_author_fkey FOREIGN KEY (author_id) REFERENCES users (id))";
            var e = assertThrows(ZModelException.class, () -> DbPush.run(f.options(dropName)));
            assertTrue(e.getMessage().startsWith("db-push would lose data in "), e.getMessage());
            assertTrue(
                    e.getMessage().contains("Drops column `users.name`, which holds 1 non-null value(s)."),
                    e.getMessage());
            DbPush.run(f.options(dropName).withAcceptDataLoss(true));
            assertEquals("1", f.scalar("SELECT count(*) FROM users"));

            DbPushResult reset = DbPush.run(
                    f.options(MigrateFixture.v2()).withForceReset(true).withForce(true));
            assertTrue(reset.reset());
            assertEquals("0", f.scalar("SELECT count(*) FROM users"));
        }
    }

    private static java.sql.Connection connect(MigrateFixture f) {
        try {
            return f.db.connect();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void diffBetweenAnyTwoSources(Provider provider) throws Exception {
        try (MigrateFixture f = new MigrateFixture(provider)) {
            MigrateDev.run(f.options(MigrateFixture.v1()).withName("init"));
            Path schemaFile = Path.of("v2.zmodel");
            DesiredState v2 = f.desired(MigrateFixture.v2());
            java.util.function.Function<Path, DesiredState> loader = p -> {
                assertTrue(p.endsWith("v2.zmodel"), p.toString());
                return v2;
            };
            Path base = f.migrations.getParent();
            DiffSource migrations = DiffSource.parse("migrations:migrations", base);
            DiffSource schema = DiffSource.parse("schema:" + schemaFile, base);

            MigrateDiffResult pending = MigrateDiff.run(f.options(), migrations, schema, loader, null);
            assertEquals(2, pending.exitCode());
            assertTrue(pending.changelog().contains("Create table `posts`"), pending.changelog());

            Path out = base.resolve("out/diff.yaml");
            MigrateDiffResult fromEmpty = MigrateDiff.run(
                    f.options().withChangelogFormat(ChangelogFormat.YAML),
                    DiffSource.parse("empty", base),
                    migrations,
                    loader,
                    out);
            assertTrue(Files.readString(out).contains("databaseChangeLog:"), Files.readString(out));
            assertTrue(fromEmpty.changelog().contains("users"));

            MigrateDiffResult same = MigrateDiff.run(
                    f.options(), migrations, DiffSource.parse("url:" + f.db.urlWithCredentials(), base), loader, null);
            assertEquals(0, same.exitCode());
            assertNull(same.changelog());

            var bad = assertThrows(ZModelException.class, () -> DiffSource.parse("nonsense", base));
            assertTrue(bad.getMessage().startsWith("'nonsense' is not a diff source"), bad.getMessage());
        }
    }
}
