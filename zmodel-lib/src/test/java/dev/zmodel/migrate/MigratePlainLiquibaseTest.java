package dev.zmodel.migrate;

import dev.zmodel.Provider;
import dev.zmodel.diff.SchemaDiff;
import dev.zmodel.liquibase.ChangelogFormat;
import dev.zmodel.testing.TestDatabase;
import dev.zmodel.testing.TestDatabases;
import liquibase.Scope;
import liquibase.analytics.configuration.AnalyticsArgs;
import liquibase.command.CommandScope;
import liquibase.resource.DirectoryResourceAccessor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.OutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The migrations directory written by migrate-dev (XML, YAML and SQL migrations) runs unchanged with plain
 * Liquibase — {@code liquibase update --changelog-file=changelog.xml} through Liquibase's own API, a URL and a search
 * path, no code of ours in between — and produces the schema migrate-dev produced; migrate-deploy then finds nothing
 * to do.
 */
class MigratePlainLiquibaseTest {

    @ParameterizedTest
    @EnumSource(Provider.class)
    void generatedChangelogsRunWithPlainLiquibase(Provider provider) throws Exception {
        try (MigrateFixture f = new MigrateFixture(provider);
                TestDatabase plain = TestDatabases.create(provider)) {
            MigrateDev.run(f.options(MigrateFixture.v1()).withName("init"));
            MigrateDev.run(f.options(MigrateFixture.v2()).withName("posts").withChangelogFormat(ChangelogFormat.YAML));
            MigrateDev.run(f.options(MigrateFixture.withoutName()
                                    .replace("PRIMARY KEY (id))", "bio VARCHAR(200), PRIMARY KEY (id));")
                            + MigrateFixture.v2().substring(MigrateFixture.v2().indexOf("CREATE TABLE posts")))
                    .withName("drop_name")
                    .withAcceptDataLoss(true)
                    .withChangelogFormat(ChangelogFormat.SQL));

            liquibaseUpdate(plain, f.migrations);

            try (Connection a = f.db.connect();
                    Connection b = plain.connect()) {
                var viaUs = Schemas.read(a, f.settings(), dev.zmodel.Listener.NONE);
                var viaLiquibase = Schemas.read(b, MigrateFixture.settings(plain), dev.zmodel.Listener.NONE);
                assertTrue(
                        SchemaDiff.diff(viaUs, viaLiquibase).isEmpty(),
                        () -> SchemaDiff.diff(viaUs, viaLiquibase).changes().toString());
            }
            assertTrue(MigrateDeploy.run(MigrateDeployTest.deployTo(f, plain)).upToDate());
            assertEquals(
                    f.scalar("SELECT count(*) FROM DATABASECHANGELOG"),
                    plain.query("SELECT count(*) FROM DATABASECHANGELOG").get(0).get(0));
        }
    }

    static void liquibaseUpdate(TestDatabase db, Path migrations) throws Exception {
        Map<String, Object> scope = new HashMap<>();
        scope.put(AnalyticsArgs.ENABLED.getKey(), false);
        scope.put(Scope.Attr.logService.name(), new liquibase.logging.core.NoOpLogService());
        scope.put(Scope.Attr.ui.name(), new liquibase.ui.LoggerUIService());
        scope.put(Scope.Attr.resourceAccessor.name(), new DirectoryResourceAccessor(migrations));
        Scope.child(scope, () -> {
            CommandScope c = new CommandScope("update")
                    .addArgumentValue("url", db.jdbcUrl())
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
