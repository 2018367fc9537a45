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
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** migrate-status and migrate-resolve: every state, the CI gate, and recovering from a failed deploy. */
class MigrateStatusResolveTest {

    private static MigrateOptions on(MigrateFixture f, TestDatabase target) {
        return MigrateDeployTest.deployTo(f, target);
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void failedDeployIsPartiallyAppliedThenResolvedEitherWay(Provider provider) {
        try (MigrateFixture f = new MigrateFixture(provider);
                TestDatabase target = TestDatabases.create(provider)) {
            MigrateDev.run(f.options(MigrateFixture.v1()).withName("init"));
            MigrateDeploy.run(on(f, target));
            MigrateDev.run(f.options(MigrateFixture.v2()).withName("posts"));
            // Someone added users.bio by hand: the posts migration fails at its add-column changeset, after its
            // create-table changeset ran.
            target.execute("ALTER TABLE users ADD COLUMN bio VARCHAR(200)");
            var failed = assertThrows(ZModelException.class, () -> MigrateDeploy.run(on(f, target)));
            assertTrue(
                    failed.getMessage()
                            .startsWith("Migration 20261122093200_posts failed on "
                                    + MigrateFixture.settings(target).displayUrl()
                                    + " at changeset 20261122093200_posts-2: "),
                    failed.getMessage());
            assertTrue(
                    failed.getMessage()
                            .contains("\nFix the cause and run mvn zenstack:migrate-deploy again: it continues with "
                                    + "changeset 20261122093200_posts-2.\nTo undo 20261122093200_posts instead: run this SQL, "
                                    + "the rollback of the changesets that ran (newest first), then mvn "
                                    + "zenstack:migrate-resolve -Dzenstack.rolledBack=20261122093200_posts:\n"),
                    failed.getMessage());

            var status = assertThrows(ZModelException.class, () -> MigrateStatus.run(on(f, target)));
            assertTrue(
                    status.getMessage()
                            .startsWith("migrate-status: differences: Migration 20261122093200_posts (partially "
                                    + "applied: 1 of "),
                    status.getMessage());
            assertTrue(f.allMessages().contains("  20261122093100_init (applied)"), f.allMessages());

            // Way 1: undo by hand, mark rolled back, deploy again.
            target.execute("DROP TABLE posts");
            target.execute("ALTER TABLE users DROP COLUMN bio");
            MigrateResolveResult rolledBack = MigrateResolve.run(on(f, target), null, "posts");
            assertEquals("rolledBack", rolledBack.action());
            assertEquals(1, rolledBack.rows());
            assertEquals(1, MigrateDeploy.run(on(f, target)).applied().size());
            assertTrue(MigrateStatus.run(on(f, target).withCheckDrift(true).withFailOnPending(true))
                    .upToDate());
        }
    }

    @Test
    void resolveAppliedRecordsWhatWasDoneByHand() {
        try (MigrateFixture f = new MigrateFixture(Provider.POSTGRESQL);
                TestDatabase target = TestDatabases.create(Provider.POSTGRESQL)) {
            MigrateDeployTest.twoMigrations(f);
            target.execute(MigrateFixture.v2());
            assertThrows(ZModelException.class, () -> MigrateDeploy.run(on(f, target)));
            MigrateResolveResult applied = MigrateResolve.run(on(f, target), "20261122093100_init", null);
            assertEquals(1, applied.rows());
            MigrateResolveResult posts = MigrateResolve.run(on(f, target), "posts", null);
            assertEquals(3, posts.rows());
            assertEquals(
                    "4",
                    target.query("SELECT count(*) FROM DATABASECHANGELOG")
                            .get(0)
                            .get(0));
            MigrateStatusResult s =
                    MigrateStatus.run(on(f, target).withCheckDrift(true).withFailOnPending(true));
            assertTrue(s.upToDate());

            var again = assertThrows(ZModelException.class, () -> MigrateResolve.run(on(f, target), "posts", null));
            assertEquals(
                    "The migration 20261122093200_posts is already applied to "
                            + MigrateFixture.settings(target).displayUrl()
                            + "; nothing to resolve (mvn zenstack:migrate-status shows "
                            + "the state of every migration).",
                    again.getMessage());
            var full = assertThrows(ZModelException.class, () -> MigrateResolve.run(on(f, target), null, "posts"));
            assertTrue(
                    full.getMessage()
                            .startsWith("The migration 20261122093200_posts is fully applied; rolledBack is "
                                    + "for a migration that failed part-way."),
                    full.getMessage());
        }
    }

    @Test
    void resolveArgumentErrors() {
        try (MigrateFixture f = new MigrateFixture(Provider.SQLITE);
                TestDatabase target = TestDatabases.create(Provider.SQLITE)) {
            MigrateDev.run(f.options(MigrateFixture.v1()).withName("init"));
            var neither = assertThrows(ZModelException.class, () -> MigrateResolve.run(on(f, target), null, " "));
            assertTrue(
                    neither.getMessage().startsWith("migrate-resolve needs exactly one of applied=<migration>"),
                    neither.getMessage());
            var both = assertThrows(ZModelException.class, () -> MigrateResolve.run(on(f, target), "init", "init"));
            assertTrue(both.getMessage().endsWith("Both were given."), both.getMessage());
            var unknown = assertThrows(ZModelException.class, () -> MigrateResolve.run(on(f, target), "nope", null));
            assertEquals(
                    "There is no migration 'nope' in "
                            + f.migrations.toAbsolutePath().normalize()
                            + " (known: 20261122093100_init). Give a folder name or migration name from that directory; mvn "
                            + "zenstack:migrate-status lists them.",
                    unknown.getMessage());
            var pending = assertThrows(ZModelException.class, () -> MigrateResolve.run(on(f, target), null, "init"));
            assertTrue(pending.getMessage().contains("has no history rows"), pending.getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void statusReportsPendingEditedUnknownAndDrift(Provider provider) throws Exception {
        try (MigrateFixture f = new MigrateFixture(provider);
                TestDatabase target = TestDatabases.create(provider)) {
            Migration init = MigrateDev.run(f.options(MigrateFixture.v1()).withName("init"))
                    .created();
            MigrateStatusResult fresh = MigrateStatus.run(on(f, target));
            assertEquals(
                    List.of(MigrationState.PENDING),
                    fresh.history().migrations().stream()
                            .map(MigrationStatus::state)
                            .toList());
            var gate = assertThrows(
                    ZModelException.class, () -> MigrateStatus.run(on(f, target).withFailOnPending(true)));
            assertTrue(gate.getMessage().contains("1 migration(s) not yet applied to"), gate.getMessage());

            MigrateDeploy.run(on(f, target));
            assertTrue(MigrateStatus.run(on(f, target).withCheckDrift(true).withFailOnPending(true))
                    .upToDate());

            target.execute("ALTER TABLE users ADD COLUMN nickname VARCHAR(20)");
            var drift = assertThrows(
                    ZModelException.class, () -> MigrateStatus.run(on(f, target).withCheckDrift(true)));
            assertTrue(drift.getMessage().contains("Drift"), drift.getMessage());
            assertTrue(f.allMessages().contains("[+] Added column `nickname`"), f.allMessages());
            target.execute("ALTER TABLE users DROP COLUMN nickname");

            String original = Files.readString(init.file());
            Files.writeString(init.file(), original.replace("100)", "101)"));
            var edited = assertThrows(ZModelException.class, () -> MigrateStatus.run(on(f, target)));
            assertTrue(
                    edited.getMessage().contains("20261122093100_init (edited after it was applied"),
                    edited.getMessage());
            Files.writeString(init.file(), original);

            // The folder disappears (another branch): its rows are unknown to the directory — a warning only.
            try (var files = Files.walk(init.file().getParent())) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
            MasterChangelog.write(f.migrations);
            MigrateStatusResult unknown = MigrateStatus.run(on(f, target));
            assertEquals(
                    "20261122093100_init/migration.xml",
                    unknown.history().unknown().get(0).fileName());
            assertTrue(
                    f.warnings.stream().anyMatch(w -> w.contains("missing from the migrations directory")),
                    f.allMessages());
        }
    }
}
