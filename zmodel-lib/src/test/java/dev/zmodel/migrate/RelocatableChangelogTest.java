package dev.zmodel.migrate;

import dev.zmodel.Provider;
import dev.zmodel.datasource.ConnectionSettings;
import dev.zmodel.liquibase.ChangelogFormat;
import dev.zmodel.testing.TestDatabase;
import dev.zmodel.testing.TestDatabases;
import liquibase.Scope;
import liquibase.analytics.configuration.AnalyticsArgs;
import liquibase.command.CommandScope;
import liquibase.resource.DirectoryResourceAccessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Changelogs written by migrate-dev name no schema for objects of the datasource's one schema, so plain Liquibase
 * with {@code defaultSchemaName} deploys the same changelog into any schema; every changeset names its {@code dbms}.
 */
class RelocatableChangelogTest {
    private static final String COLUMNS = "SELECT table_name, column_name, data_type, is_nullable, column_default "
            + "FROM information_schema.columns WHERE table_schema = '%s' AND table_name NOT LIKE 'databasechangelog%%' "
            + "ORDER BY 1, 2";
    private static final String CONSTRAINTS = "SELECT table_name, constraint_name, constraint_type "
            + "FROM information_schema.table_constraints WHERE table_schema = '%s' "
            + "AND table_name NOT LIKE 'databasechangelog%%' AND constraint_type <> 'CHECK' ORDER BY 1, 2";

    @Test
    void oneChangelogDeployedByPlainLiquibaseIntoTwoPostgresSchemas() throws Exception {
        try (MigrateFixture f = new MigrateFixture(Provider.POSTGRESQL);
                TestDatabase tenants = TestDatabases.create(Provider.POSTGRESQL)) {
            MigrateDev.run(f.options(MigrateFixture.v1()).withName("init"));
            MigrateDev.run(f.options(MigrateFixture.v2()).withName("posts").withChangelogFormat(ChangelogFormat.YAML));
            MigrateDev.run(f.options(MigrateFixture.v1().replace("email VARCHAR(100)", "email VARCHAR(120)"))
                    .withName("drop_posts")
                    .withAcceptDataLoss(true)
                    .withChangelogFormat(ChangelogFormat.SQL));
            String files = migrationFiles(f.migrations);
            assertFalse(files.contains("\"public\""), files);
            assertFalse(files.contains("schemaName"), files);

            tenants.execute("CREATE SCHEMA tenant_a; CREATE SCHEMA tenant_b");
            for (String schema : List.of("tenant_a", "tenant_b")) {
                liquibaseUpdate(tenants, f.migrations, schema);
            }
            for (String schema : List.of("tenant_a", "tenant_b")) {
                assertEquals(f.db.query(COLUMNS.formatted("public")), tenants.query(COLUMNS.formatted(schema)), schema);
                assertEquals(
                        f.db.query(CONSTRAINTS.formatted("public")),
                        tenants.query(CONSTRAINTS.formatted(schema)),
                        schema);
                // each schema has its own history, which our goals read on a connection to that schema
                ConnectionSettings inSchema = new ConnectionSettings(
                        Provider.POSTGRESQL,
                        tenants.urlWithCredentials() + "&currentSchema=" + schema,
                        null,
                        null,
                        List.of(schema));
                assertTrue(MigrateStatus.run(
                                MigrateOptions.of(inSchema, f.migrations).withListener(f.listener()))
                        .upToDate());
            }
            assertEquals(
                    List.of(List.of("0")),
                    tenants.query("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"),
                    "nothing landed in public");
            // the development database still checks out: the shadow replay of the same files shows no drift
            assertTrue(MigrateStatus.run(f.options().withCheckDrift(true)).upToDate());
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void everyChangesetNamesItsDatabase(Provider provider) {
        try (MigrateFixture f = new MigrateFixture(provider)) {
            MigrateDev.run(f.options(MigrateFixture.v2()).withName("init"));
            MigrateDev.run(f.options(MigrateFixture.v1())
                    .withName("yaml")
                    .withAcceptDataLoss(true)
                    .withChangelogFormat(ChangelogFormat.YAML));
            MigrateDev.run(f.options(MigrateFixture.v2()).withName("sql").withChangelogFormat(ChangelogFormat.SQL));
            String dbms = switch (provider) {
                case POSTGRESQL -> "postgresql";
                case MYSQL -> "mariadb,mysql";
                case SQLITE -> "sqlite";
            };
            for (String folder : f.folders()) {
                String text = migrationFiles(f.migrations.resolve(folder));
                long changesets =
                        count(text, "<changeSet ") + count(text, "- changeSet:") + count(text, "-- changeset ");
                long withDbms = count(text, "dbms=\"" + dbms + "\"")
                        + count(text, "dbms: " + dbms)
                        + count(text, " dbms:" + dbms);
                assertTrue(changesets > 0, text);
                assertEquals(changesets, withDbms, text);
            }
        }
    }

    @Test
    void mysqlTablesAreCreatedInUtf8mb4WithoutDrift() {
        try (MigrateFixture f = new MigrateFixture(Provider.MYSQL)) {
            f.db.execute("ALTER DATABASE `" + f.db.name() + "` CHARACTER SET latin1 COLLATE latin1_swedish_ci");
            MigrateDev.run(f.options(MigrateFixture.v2()).withName("init"));
            assertEquals(
                    List.of(List.of("posts", "utf8mb4_unicode_ci"), List.of("users", "utf8mb4_unicode_ci")),
                    f.db.query("SELECT table_name, table_collation FROM information_schema.tables "
                            + "WHERE table_schema = DATABASE() AND table_name IN ('users', 'posts') ORDER BY 1"));
            assertTrue(MigrateDev.run(f.options(MigrateFixture.v2())).inSync());
            assertTrue(MigrateStatus.run(f.options().withCheckDrift(true)).upToDate());
        }
    }

    private static long count(String text, String what) {
        return text.split(java.util.regex.Pattern.quote(what), -1).length - 1L;
    }

    private static String migrationFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            StringBuilder out = new StringBuilder();
            for (Path p : files.filter(p -> p.getFileName().toString().startsWith("migration."))
                    .toList()) {
                out.append(Files.readString(p)).append('\n');
            }
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code liquibase update --default-schema-name=<schema>}, through Liquibase's API alone. */
    private static void liquibaseUpdate(TestDatabase db, Path migrations, String schema) throws Exception {
        Map<String, Object> scope = new HashMap<>();
        scope.put(AnalyticsArgs.ENABLED.getKey(), false);
        scope.put(Scope.Attr.logService.name(), new liquibase.logging.core.NoOpLogService());
        scope.put(Scope.Attr.ui.name(), new liquibase.ui.LoggerUIService());
        scope.put(Scope.Attr.resourceAccessor.name(), new DirectoryResourceAccessor(migrations));
        Scope.child(scope, () -> {
            CommandScope c = new CommandScope("update")
                    .addArgumentValue("url", db.jdbcUrl())
                    .addArgumentValue("defaultSchemaName", schema)
                    .addArgumentValue("changelogFile", "changelog.xml")
                    .setOutput(OutputStream.nullOutputStream());
            if (db.user() != null) {
                c.addArgumentValue("username", db.user());
            }
            if (db.password() != null) {
                c.addArgumentValue("password", db.password());
            }
            c.execute();
        });
    }
}
