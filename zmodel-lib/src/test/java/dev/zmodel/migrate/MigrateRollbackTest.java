package dev.zmodel.migrate;

import dev.zmodel.Provider;
import dev.zmodel.ZModelException;
import dev.zmodel.liquibase.MasterChangelog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * migrate-rollback: the last migrations are undone through their rollbacks, newest first, and become pending; it
 * asks like migrate-reset (batch: force), refuses a rollback that drops rows unless acceptDataLoss (with the counts),
 * and a changeset without a rollback. "Nothing changed" is checked in the catalog, the data and the history.
 */
class MigrateRollbackTest {
    private static final String POSTS = "20261122093200_posts";

    /** The development database of {@code f} with the init and posts migrations applied by migrate-dev. */
    private static MigrateOptions twoMigrations(MigrateFixture f) {
        MigrateDeployTest.twoMigrations(f);
        return MigrateOptions.of(f.settings(), f.migrations).withListener(f.listener());
    }

    /** The history rows of the posts migration: its changesets. */
    private static String postsChangesets(MigrateFixture f) {
        return f.scalar("SELECT count(*) FROM DATABASECHANGELOG WHERE FILENAME LIKE '" + POSTS + "/%'");
    }

    private static long tables(MigrateFixture f, String name) {
        return Long.parseLong(
                switch (f.provider) {
                    case POSTGRESQL ->
                        f.scalar("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND " + "tablename = '"
                                + name + "'");
                    case MYSQL ->
                        f.scalar("SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                                + "DATABASE() AND table_name = '" + name + "'");
                    case SQLITE ->
                        f.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '" + name + "'");
                });
    }

    private static long bioColumns(MigrateFixture f) {
        return Long.parseLong(
                switch (f.provider) {
                    case POSTGRESQL ->
                        f.scalar("SELECT count(*) FROM information_schema.columns WHERE table_schema "
                                + "= 'public' AND table_name = 'users' AND column_name = 'bio'");
                    case MYSQL ->
                        f.scalar("SELECT count(*) FROM information_schema.columns WHERE table_schema = "
                                + "DATABASE() AND table_name = 'users' AND column_name = 'bio'");
                    case SQLITE -> f.scalar("SELECT count(*) FROM pragma_table_info('users') WHERE name = 'bio'");
                });
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void rollsBackTheNewestMigrationWhichIsPendingAgain(Provider provider) {
        try (MigrateFixture f = new MigrateFixture(provider)) {
            MigrateOptions options = twoMigrations(f);
            long initRows = f.historyRows();
            f.info.clear();
            MigrateRollbackResult result = MigrateRollback.run(options.withForce(true), 1);
            assertEquals(
                    List.of(POSTS),
                    result.rolledBack().stream().map(Migration::id).toList());
            assertEquals(List.of(), result.dataLoss());
            assertEquals(0, tables(f, "posts"), "the posts table is dropped by the rollback");
            assertEquals(0, bioColumns(f), "users.bio is dropped by the rollback");
            assertEquals(1, tables(f, "users"), "the init migration stays");
            assertEquals(initRows - result.changesets(), f.historyRows());
            assertTrue(f.info.contains("Rolled back migration " + POSTS), f.allMessages());
            assertTrue(
                    f.info.contains("Rolled back migration(s) " + POSTS + " (" + result.changesets()
                            + " changeset(s)) of " + f.settings().displayUrl() + ". They are pending now: delete or "
                            + "change their folders before the next migrate-deploy or migrate-dev, which would apply "
                            + "them again."),
                    f.allMessages());
            MigrationHistory history = MigrateStatus.run(options).history();
            assertEquals(
                    List.of(POSTS),
                    history.pending().stream().map(Migration::id).toList());
            assertEquals(1, MigrateDeploy.run(options).applied().size(), "deploy applies it again");
            assertEquals(1, tables(f, "posts"));
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Provider.class,
            names = {"POSTGRESQL", "MYSQL"})
    void refusesARollbackThatDropsRowsUnlessAccepted(Provider provider) {
        try (MigrateFixture f = new MigrateFixture(provider)) {
            MigrateOptions options = twoMigrations(f).withForce(true);
            f.db.execute("INSERT INTO users (id, email, bio) VALUES (1, 'a@example.com', 'hi')");
            f.db.execute("INSERT INTO posts (id, title, author_id) VALUES (1, 'a', 1)");
            f.db.execute("INSERT INTO posts (id, title, author_id) VALUES (2, 'b', 1)");
            long rows = f.historyRows();
            var refused = assertThrows(ZModelException.class, () -> MigrateRollback.run(options, 1));
            assertEquals(
                    "migrate-rollback did not roll back migration(s) " + POSTS + " (" + postsChangesets(f)
                            + " changeset(s)) of " + f.settings().displayUrl() + ": the rollback would lose data:\n"
                            + "  - Drops table `posts`, which has 2 row(s).\n"
                            + "  - Drops column `users.bio`, which holds 1 non-null value(s).\n"
                            + "If that is intended, run again with -Dzenstack.acceptDataLoss=true. Nothing was changed.",
                    refused.getMessage());
            assertEquals("2", f.scalar("SELECT count(*) FROM posts"), "nothing was changed");
            assertEquals(1, bioColumns(f));
            assertEquals(rows, f.historyRows());

            MigrateRollbackResult result = MigrateRollback.run(options.withAcceptDataLoss(true), 1);
            assertEquals(2, result.dataLoss().size());
            assertEquals(0, tables(f, "posts"));
        }
    }

    /** A person who answers {@code typed}; what was asked is on the screen. */
    private static LinePrompter terminal(String typed, StringWriter screen) {
        return new LinePrompter(new StringReader(typed), new PrintWriter(screen));
    }

    @Test
    void asksLikeResetAndRefusesInBatchModeWithoutForce() {
        try (MigrateFixture f = new MigrateFixture(Provider.SQLITE)) {
            MigrateOptions options = twoMigrations(f);
            long rows = f.historyRows();
            String db = f.settings().displayUrl();
            String posts = POSTS + " (" + postsChangesets(f) + " changeset(s))";
            var batch = assertThrows(ZModelException.class, () -> MigrateRollback.run(options, 1));
            assertEquals(
                    "migrate-rollback did not roll back migration(s) " + posts + " of " + db
                            + ": it runs their rollbacks and deletes their history rows, and in batch mode (mvn -B, "
                            + "CI, no terminal) nobody can confirm that. Nothing was changed. Run mvn "
                            + "zenstack:migrate-rollback -Dzenstack.force=true to roll back without being asked.",
                    batch.getMessage());
            StringWriter screen = new StringWriter();
            var declined = assertThrows(
                    ZModelException.class, () -> MigrateRollback.run(options.withPrompter(terminal("n\n", screen)), 1));
            assertEquals(
                    "migrate-rollback rolls back migration(s) " + posts + " of " + db + ", newest "
                            + "first, and deletes their history rows. Do you want to continue? [y/N] ",
                    screen.toString());
            assertEquals(
                    "Declined: migrate-rollback did not roll back " + db + "; nothing was changed. Run mvn "
                            + "zenstack:migrate-rollback -Dzenstack.force=true to roll back without being asked.",
                    declined.getMessage());
            assertEquals(rows, f.historyRows());
            assertEquals(1, tables(f, "posts"));

            var tooMany = assertThrows(ZModelException.class, () -> MigrateRollback.run(options.withForce(true), 3));
            assertEquals(
                    "migrate-rollback stopped before rolling back anything: -Dzenstack.count=3 asks for 3 migrations, "
                            + "but only 2 are applied to " + db + " (" + POSTS + ", 20261122093100_init). Run mvn "
                            + "zenstack:migrate-rollback -Dzenstack.count=2 to roll back all of them.",
                    tooMany.getMessage());
            assertEquals(rows, f.historyRows());

            MigrateRollbackResult both =
                    MigrateRollback.run(options.withPrompter(terminal("y\n", new StringWriter())), 2);
            assertEquals(
                    List.of(POSTS, "20261122093100_init"),
                    both.rolledBack().stream().map(Migration::id).toList());
            assertEquals(0, f.historyRows());
            assertEquals(0, tables(f, "users"));
            assertTrue(
                    f.info.indexOf("Rolled back migration " + POSTS)
                            < f.info.indexOf("Rolled back migration 20261122093100_init"),
                    "newest first: " + f.info);
        }
    }

    @Test
    void refusesAChangesetWithoutRollbackBeforeChangingAnything() throws Exception {
        try (MigrateFixture f = new MigrateFixture(Provider.SQLITE)) {
            MigrateOptions options = twoMigrations(f);
            var folder = f.migrations.resolve("20261122093300_raw");
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("migration.sql"), """
                    -- liquibase formatted sql

                    -- changeset me:raw-1 logicalFilePath:20261122093300_raw/migration.sql
                    CREATE TABLE tags (id INTEGER);
                    """);
            MigrateDeploy.run(options);
            long rows = f.historyRows();
            var refused = assertThrows(ZModelException.class, () -> MigrateRollback.run(options.withForce(true), 1));
            assertEquals(
                    "migrate-rollback cannot roll back 20261122093300_raw changeset raw-1: it has no rollback "
                            + "(Liquibase cannot derive one for SQL). Nothing was changed. Add a <rollback> that undoes "
                            + "it to the changeset (formatted SQL: a --rollback line; it is not part of the checksum) "
                            + "and run again, or undo the change with a new migration (mvn zenstack:migrate-dev).",
                    refused.getMessage());
            assertEquals(rows, f.historyRows());
            assertEquals(1, tables(f, "tags"));

            // with a rollback line it works, and the file stays applied (the rollback is not in the checksum)
            Files.writeString(folder.resolve("migration.sql"), """
                    -- liquibase formatted sql

                    -- changeset me:raw-1 logicalFilePath:20261122093300_raw/migration.sql
                    CREATE TABLE tags (id INTEGER);
                    -- rollback DROP TABLE tags;
                    """);
            assertFalse(MigrateStatus.run(options).history().hasProblems());
            MigrateRollback.run(options.withForce(true), 1);
            assertEquals(0, tables(f, "tags"));
            assertTrue(Files.exists(f.migrations.resolve(MasterChangelog.FILE_NAME)));
        }
    }
}
