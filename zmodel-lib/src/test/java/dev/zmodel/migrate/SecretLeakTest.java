package dev.zmodel.migrate;

import dev.zmodel.Listener;
import dev.zmodel.Provider;
import dev.zmodel.ZModelException;
import dev.zmodel.datasource.ConnectionSettings;
import dev.zmodel.liquibase.MasterChangelog;
import dev.zmodel.pull.DbPull;
import dev.zmodel.pull.PullOptions;
import dev.zmodel.testing.RecordingListener;
import dev.zmodel.testing.SecretScan;
import dev.zmodel.testing.TestDatabase;
import dev.zmodel.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Failures are where passwords leak (a driver echoing its URL, a message built from settings): each test makes a
 * workflow fail on a real database reached with a password in the URL, then scans the exception messages (the
 * whole cause chain), every listener message (debug included) and every file written for the password.
 */
class SecretLeakTest {
    private static final String WRONG = "zt-Wrong-Pw-51e0a9";

    @TempDir
    Path dir;

    private final RecordingListener recorded = new RecordingListener();

    private Listener listener() {
        return recorded;
    }

    @ParameterizedTest
    @EnumSource(
            value = Provider.class,
            names = {"POSTGRESQL", "MYSQL"})
    void aDatabaseThatDoesNotExist(Provider provider) {
        try (TestDatabase db = TestDatabases.create(provider)) {
            String url = db.urlWithCredentials().replace(db.name(), db.name() + "_missing");
            ConnectionSettings missing = new ConnectionSettings(provider, url, null, null, List.of());
            ZModelException e = fails(
                    () -> DbPush.run(MigrateOptions.of(missing, dir.resolve("m"))
                            .withDesired(DesiredState.of(dev.zmodel.schema.DatabaseSchema.empty(provider)))
                            .withListener(listener())),
                    db.password());
            assertTrue(e.getMessage().contains("password=***"), e.getMessage());
        }
    }

    @Test
    void aWrongPasswordOnMariaDb() {
        try (TestDatabase db = TestDatabases.create(Provider.MYSQL)) {
            String url = db.urlWithCredentials().replace(db.password(), WRONG);
            ConnectionSettings wrong = new ConnectionSettings(Provider.MYSQL, url, null, null, List.of());
            ZModelException e = fails(
                    () -> MigrateStatus.run(
                            MigrateOptions.of(wrong, dir.resolve("m")).withListener(listener())),
                    WRONG);
            assertTrue(e.getMessage().contains("Access denied"), e.getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Provider.class,
            names = {"POSTGRESQL", "MYSQL"})
    void aMigrationThatFails(Provider provider) throws Exception {
        try (TestDatabase db = TestDatabases.create(provider)) {
            Path migrations = dir.resolve("migrations");
            Path m = Files.createDirectories(migrations.resolve("20260101000000_broken"));
            Files.writeString(
                    m.resolve("migration.sql"),
                    "--liquibase formatted sql\n\n"
                            + "--changeset zenstack:20260101000000_broken-1\nCREATE TABLE broken (id INTEGER PRIMARY KEY);\n"
                            + "INSERT INTO nowhere VALUES (1);\n");
            MasterChangelog.write(migrations);
            ZModelException e = fails(
                    () -> MigrateDeploy.run(MigrateOptions.of(MigrateFixture.settings(db), migrations)
                            .withListener(listener())),
                    db.password());
            assertTrue(e.getMessage().contains("20260101000000_broken"), e.getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Provider.class,
            names = {"POSTGRESQL", "MYSQL"})
    void aPullOfAMissingDatabaseThroughAZModelUrl(Provider provider) throws Exception {
        try (TestDatabase db = TestDatabases.create(provider)) {
            // postgresql://user:password@host:port/db, the ZModel (Prisma) form
            String hostPort = db.jdbcUrl().replaceFirst("^jdbc:[a-z]+://([^/]+)/.*$", "$1");
            String url = (provider == Provider.POSTGRESQL ? "postgresql" : "mysql") + "://" + db.user() + ":"
                    + db.password() + "@" + hostPort + "/" + db.name() + "_missing";
            Path schema = Files.writeString(dir.resolve("schema.zmodel"), """
                    datasource db {
                        provider = "%s"
                        url      = env("DATABASE_URL")
                    }
                    """.formatted(provider.id()));
            ZModelException e = fails(
                    () -> DbPull.pull(PullOptions.of(schema)
                            .withListener(listener())
                            .withEnvironment(Map.of("DATABASE_URL", url)::get)),
                    db.password());
            assertTrue(e.getMessage().startsWith("Cannot connect to "), e.getMessage());
        }
    }

    /** Runs the failing call and scans its message chain, the listener's messages and the files for the secret. */
    private ZModelException fails(Executable call, String secret) {
        ZModelException e = assertThrows(ZModelException.class, call);
        StringBuilder chain = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            chain.append(t).append('\n');
        }
        SecretScan.assertAbsent(secret, "the exception messages", chain.toString());
        SecretScan.assertAbsent(secret, "the listener's messages", String.join("\n", recorded.all()));
        SecretScan.assertAbsent(secret, dir);
        return e;
    }
}
