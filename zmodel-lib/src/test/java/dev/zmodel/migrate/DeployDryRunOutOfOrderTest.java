package dev.zmodel.migrate;

import dev.zmodel.Provider;
import dev.zmodel.ZModelException;
import dev.zmodel.liquibase.MasterChangelog;
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
 * migrate-deploy's dry run prints the pending SQL and changes nothing (checked in the catalog: not even Liquibase's
 * tables); a pending migration older than applied ones is reported by migrate-status and refused by migrate-deploy
 * unless outOfOrder; the master changelog of the older form still deploys and migrate-dev rewrites it.
 */
class DeployDryRunOutOfOrderTest {

    /** Every relation of the target's schema (tables of the application and Liquibase's). */
    private static long relations(TestDatabase target) {
        return Long.parseLong(target.query(
                        switch (target.provider()) {
                            case POSTGRESQL ->
                                "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = "
                                        + "c.relnamespace WHERE n.nspname = 'public'";
                            case MYSQL ->
                                "SELECT count(*) FROM information_schema.tables WHERE table_schema = " + "DATABASE()";
                            case SQLITE -> "SELECT count(*) FROM sqlite_master";
                        })
                .get(0)
                .get(0));
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void dryRunPrintsThePendingSqlAndCreatesNothing(Provider provider) {
        try (MigrateFixture f = new MigrateFixture(provider);
                TestDatabase target = TestDatabases.create(provider)) {
            MigrateDeployTest.twoMigrations(f);
            MigrateOptions options = MigrateDeployTest.deployTo(f, target);
            DeployOptions dryRun = DeployOptions.defaults().withDryRun(true);

            MigrateDeployResult result = MigrateDeploy.run(options, dryRun);
            assertEquals(0, relations(target), "nothing created, Liquibase's tables included");
            assertEquals(List.of(), result.applied());
            String sql = result.dryRunSql();
            assertTrue(
                    sql.startsWith("-- migrate-deploy dry run on "
                            + MigrateFixture.settings(target).displayUrl() + ": 2 pending migration(s), "),
                    sql);
            assertTrue(sql.contains("\n-- Migration 20261122093100_init\n-- Changeset 20261122093100_init-1: "), sql);
            assertTrue(sql.contains("\n-- Migration 20261122093200_posts\n"), sql);
            assertTrue(sql.matches("(?s).*\nCREATE TABLE (\\S+\\.)?[`\"]?users[`\"]? \\(.*;\n.*"), sql);
            assertTrue(sql.matches("(?s).*\nCREATE TABLE (\\S+\\.)?[`\"]?posts[`\"]? \\(.*"), sql);

            // after a deploy of both, only a new migration's SQL is shown
            MigrateDeploy.run(options);
            long before = relations(target);
            String history = target.query("SELECT count(*) FROM DATABASECHANGELOG")
                    .get(0)
                    .get(0);
            MigrateDev.run(f.options(MigrateFixture.v2() + ";CREATE TABLE tags (id INTEGER NOT NULL, PRIMARY KEY (id))")
                    .withName("tags"));
            String tags = MigrateDeploy.run(options, dryRun).dryRunSql();
            assertTrue(tags.contains(": 1 pending migration(s), 1 changeset(s). Nothing was run.\n"), tags);
            assertFalse(tags.contains("-- Migration 20261122093100_init"), tags);
            assertTrue(tags.contains("\n-- Migration 20261122093300_tags\n"), tags);
            assertEquals(before, relations(target));
            assertEquals(
                    history,
                    target.query("SELECT count(*) FROM DATABASECHANGELOG")
                            .get(0)
                            .get(0));
            assertNull(MigrateDeploy.run(options).dryRunSql());
        }
    }

    @Test
    void dryRunOfASqliteFileThatDoesNotExistDoesNotCreateIt() throws Exception {
        try (MigrateFixture f = new MigrateFixture(Provider.SQLITE)) {
            MigrateDeployTest.twoMigrations(f);
            Path file = Files.createTempDirectory("zt-dry").resolve("new.db");
            var settings = new dev.zmodel.datasource.ConnectionSettings(
                    Provider.SQLITE, "jdbc:sqlite:" + file, null, null, List.of());
            String sql = MigrateDeploy.run(
                            MigrateOptions.of(settings, f.migrations),
                            DeployOptions.defaults().withDryRun(true))
                    .dryRunSql();
            assertTrue(sql.contains(": 2 pending migration(s), "), sql);
            assertFalse(Files.exists(file), "the driver would have created it");
        }
    }

    /** A hand-written migration folder between init (09:31) and posts (09:32): out of order once posts is applied. */
    private static void olderTagsMigration(Path migrations) throws Exception {
        Path folder = migrations.resolve("20261122093150_tags");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("migration.sql"), """
                -- liquibase formatted sql

                -- changeset zenstack:20261122093150_tags-1 logicalFilePath:20261122093150_tags/migration.sql
                CREATE TABLE tags (id INTEGER NOT NULL PRIMARY KEY);
                -- rollback DROP TABLE tags;
                """);
    }

    @Test
    void outOfOrderMigrationIsReportedAndRefusedUnlessAsked() throws Exception {
        try (MigrateFixture f = new MigrateFixture(Provider.SQLITE);
                TestDatabase target = TestDatabases.create(Provider.SQLITE)) {
            MigrateDeployTest.twoMigrations(f);
            // files the directory allows next to a migration are not changelogs for includeAll either
            Files.writeString(f.migrations.resolve("20261122093100_init/README.md"), "# why\n");
            Files.createFile(f.migrations.resolve("20261122093100_init/.gitkeep"));
            MigrateOptions options = MigrateDeployTest.deployTo(f, target);
            assertEquals(2, MigrateDeploy.run(options).applied().size());
            olderTagsMigration(f.migrations);
            String db = MigrateFixture.settings(target).displayUrl();

            f.warnings.clear();
            MigrateStatusResult status = MigrateStatus.run(options);
            assertEquals(
                    List.of("20261122093150_tags"),
                    status.history().outOfOrder().stream().map(Migration::id).toList());
            assertTrue(f.warnings.contains("  20261122093150_tags (pending, out of order)"), f.warnings.toString());
            assertTrue(
                    f.warnings.contains("Out of order: pending migration(s) 20261122093150_tags, older than the "
                            + "applied 20261122093200_posts. migrate-deploy applies them only with "
                            + "-Dzenstack.outOfOrder=true (they then run after the newer ones)."),
                    f.warnings.toString());

            var refused = assertThrows(ZModelException.class, () -> MigrateDeploy.run(options));
            assertEquals(
                    "migrate-deploy stopped before applying anything: pending migration(s) 20261122093150_tags, older "
                            + "than the applied 20261122093200_posts of " + db + " (out of order: added on a branch "
                            + "merged after newer migrations were deployed). Liquibase would run them after the newer "
                            + "ones. If they do not depend on what the newer migrations changed, apply them with mvn "
                            + "zenstack:migrate-deploy -Dzenstack.outOfOrder=true; otherwise, before they are deployed "
                            + "anywhere, delete the folder 20261122093150_tags and create it again after the newer ones "
                            + "with mvn zenstack:migrate-dev -Dzenstack.name=tags.",
                    refused.getMessage());
            assertEquals(
                    "0",
                    target.query("SELECT count(*) FROM sqlite_master WHERE name = 'tags'")
                            .get(0)
                            .get(0));

            f.warnings.clear();
            MigrateDeployResult applied =
                    MigrateDeploy.run(options, DeployOptions.defaults().withOutOfOrder(true));
            assertEquals(
                    List.of("20261122093150_tags"),
                    applied.applied().stream().map(Migration::id).toList());
            assertTrue(
                    f.warnings.contains("Applying out of order (-Dzenstack.outOfOrder=true): 20261122093150_tags, "
                            + "older than the applied 20261122093200_posts."),
                    f.warnings.toString());
            assertTrue(MigrateStatus.run(options.withFailOnPending(true)).upToDate());
        }
    }

    @Test
    void anOlderMasterWithAnIncludePerMigrationStillDeploysAndMigrateDevRewritesIt() throws Exception {
        try (MigrateFixture f = new MigrateFixture(Provider.SQLITE);
                TestDatabase target = TestDatabases.create(Provider.SQLITE)) {
            MigrateDeployTest.twoMigrations(f);
            Path master = f.migrations.resolve(MasterChangelog.FILE_NAME);
            Files.writeString(master, MasterChangelog.render(MasterChangelog.migrations(f.migrations)));
            MigrateOptions options = MigrateDeployTest.deployTo(f, target);
            assertEquals(2, MigrateDeploy.run(options).applied().size());
            assertTrue(Files.readString(master).contains("<include file=\"20261122093200_posts/migration.xml\""));

            f.info.clear();
            MigrateDev.run(f.options(MigrateFixture.v2()));
            assertEquals(MasterChangelog.render(), Files.readString(master));
            assertTrue(
                    f.info.contains("Rewrote " + master.toAbsolutePath().normalize() + " to include the migration "
                            + "folders with includeAll: adding a migration no longer edits it, so branches that each "
                            + "add a migration merge without a conflict. Commit it; nothing runs again (every changeset "
                            + "keeps its logicalFilePath)."),
                    f.info.toString());
            assertTrue(MigrateStatus.run(options.withFailOnPending(true)).upToDate(), "nothing runs again");
            assertTrue(MigrateDeploy.run(options).upToDate());
        }
    }
}
