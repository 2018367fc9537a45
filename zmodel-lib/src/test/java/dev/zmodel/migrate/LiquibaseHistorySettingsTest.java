package dev.zmodel.migrate;

import dev.zmodel.Provider;
import dev.zmodel.datasource.LiquibaseSettings;
import dev.zmodel.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Liquibase's settings for its history ({@code databaseChangeLogTableName}, {@code databaseChangeLogLockTableName},
 * {@code liquibaseSchemaName}) are honoured by every workflow: dev, deploy, status, resolve, reset all use the same
 * tables, which are never taken for part of the schema.
 */
class LiquibaseHistorySettingsTest {
    private static final LiquibaseSettings CUSTOM =
            new LiquibaseSettings("app_changelog", "app_changelog_lock", null, null);

    private static MigrateOptions with(MigrateOptions options, LiquibaseSettings settings) {
        return options.withDatabase(options.database().withLiquibase(settings));
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void customTableNamesAcrossDevStatusResolveDeployAndReset(Provider provider) {
        try (MigrateFixture f = new MigrateFixture(provider)) {
            run(f, CUSTOM, "app_changelog", "app_changelog_lock");
        }
    }

    @Test
    void separateHistorySchemaOnPostgres() {
        try (MigrateFixture f = new MigrateFixture(Provider.POSTGRESQL)) {
            f.db.execute("CREATE SCHEMA history");
            run(
                    f,
                    new LiquibaseSettings("app_changelog", "app_changelog_lock", "history", null),
                    "history.app_changelog",
                    "history.app_changelog_lock");
            assertEquals(
                    List.of(List.of("0")),
                    f.db.query("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename LIKE 'app%'"));
        }
    }

    private static void run(MigrateFixture f, LiquibaseSettings settings, String history, String lock) {
        TestDatabase db = f.db;
        MigrateDevResult init =
                MigrateDev.run(with(f.options(MigrateFixture.v2()), settings).withName("init"));
        assertTrue(init.createdApplied(), init.toString());
        long changesets = rows(db, history);
        assertTrue(changesets > 0, "history rows in " + history);
        assertFalse(exists(f, "DATABASECHANGELOG"), "Liquibase's default table is not used");

        // the custom tables are bookkeeping: no drift, no migration dropping them
        MigrateDevResult again = MigrateDev.run(with(f.options(MigrateFixture.v2()), settings));
        assertTrue(again.inSync(), again.toString());
        assertEquals(1, f.folders().size());

        MigrateStatusResult status =
                MigrateStatus.run(with(f.options(), settings).withCheckDrift(true));
        assertTrue(status.upToDate(), status.toString());

        // a deploy that failed part-way: its last changeset has no row
        db.execute("DELETE FROM " + history + " WHERE ORDEREXECUTED = (SELECT m FROM (SELECT max(ORDEREXECUTED) AS m "
                + "FROM " + history + ") AS t)");
        MigrateResolveResult rolledBack = MigrateResolve.rolledBack(with(f.options(), settings), "init");
        assertEquals(changesets - 1, rolledBack.rows());
        assertEquals(0, rows(db, history));
        assertTrue(MigrateStatus.run(with(f.options(), settings)).hasPending());
        MigrateResolve.applied(with(f.options(), settings), "init");
        assertEquals(changesets, rows(db, history));

        // a lock left in the custom lock table is seen, named, and released by deploy's releaseLock
        db.execute("UPDATE " + lock + " SET LOCKED = " + (f.provider == Provider.POSTGRESQL ? "TRUE" : "1")
                + ", LOCKGRANTED = CURRENT_TIMESTAMP, LOCKEDBY = 'ci-runner-3' WHERE ID = 1");
        MigrateStatus.run(with(f.options(), settings));
        assertTrue(
                f.warnings.stream().anyMatch(w -> w.startsWith("Liquibase's lock is held by ci-runner-3")),
                f.warnings::toString);
        MigrateDeploy.run(with(f.options(), settings).withReleaseLock(true));
        assertTrue(
                f.warnings.stream()
                        .anyMatch(w -> w.startsWith("Liquibase's lock (" + lock + ") is held by ci-runner-3")
                                && w.endsWith("; released it (releaseLock=true).")),
                f.warnings::toString);
        assertEquals(
                "0",
                db.query("SELECT count(*) FROM " + lock + " WHERE LOCKED = "
                                + (f.provider == Provider.POSTGRESQL ? "TRUE" : "1"))
                        .get(0)
                        .get(0));

        // reset empties the custom history too, then applies every migration again
        MigrateResetResult reset = MigrateReset.run(with(f.options(), settings).withForce(true), List.of());
        assertEquals(1, reset.applied().size());
        assertEquals(changesets, rows(db, history));
        assertFalse(exists(f, "DATABASECHANGELOG"));
    }

    private static long rows(TestDatabase db, String table) {
        return Long.parseLong(db.query("SELECT count(*) FROM " + table).get(0).get(0));
    }

    private static boolean exists(MigrateFixture f, String table) {
        String sql = switch (f.provider) {
            case POSTGRESQL -> "SELECT count(*) FROM pg_tables WHERE upper(tablename) = '" + table + "'";
            case MYSQL ->
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = DATABASE() "
                        + "AND upper(table_name) = '" + table + "'";
            case SQLITE -> "SELECT count(*) FROM sqlite_master WHERE upper(name) = '" + table + "'";
        };
        return !"0".equals(f.db.query(sql).get(0).get(0));
    }
}
