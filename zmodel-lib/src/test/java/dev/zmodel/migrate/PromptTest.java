package dev.zmodel.migrate;

import dev.zmodel.Provider;
import dev.zmodel.ZModelException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The interactive path of the destructive steps, with the answers a person types fed to a {@link LinePrompter}:
 * db-push and migrate-dev ask before losing data, migrate-dev before a reset; "no" (or just Enter) changes nothing.
 * Batch mode (no prompter) stops with the flag instead — asserted here and by the invoker IT {@code prompt-batch-mode};
 * the IT {@code prompt-interactive} answers a real interactive Maven on a pseudo-terminal.
 */
class PromptTest {
    private static final String DROP_NAME = MigrateFixture.withoutName();

    /** A terminal that answers with {@code typed} and records what was shown. */
    private static final class Terminal {
        final StringWriter screen = new StringWriter();
        final LinePrompter prompter;

        Terminal(String typed) {
            prompter = new LinePrompter(new StringReader(typed), new PrintWriter(screen));
        }
    }

    @Test
    void onlyYesOrYMeansYes() {
        Terminal t = new Terminal("y\nYES\n  yes \n\nno\nsure\n");
        assertTrue(t.prompter.confirm("Q1?"));
        assertTrue(t.prompter.confirm("Q2?"));
        assertTrue(t.prompter.confirm("Q3?"));
        assertFalse(t.prompter.confirm("Q4?"), "Enter alone is the default, no");
        assertFalse(t.prompter.confirm("Q5?"));
        assertFalse(t.prompter.confirm("Q6?"));
        assertFalse(t.prompter.confirm("Q7?"), "end of input is no");
        assertEquals("Q1? [y/N] Q2? [y/N] Q3? [y/N] Q4? [y/N] Q5? [y/N] Q6? [y/N] Q7? [y/N] ", t.screen.toString());
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void dbPushAsksBeforeLosingDataAndNoChangesNothing(Provider provider) {
        try (MigrateFixture f = new MigrateFixture(provider)) {
            DbPush.run(f.options(MigrateFixture.v1()));
            f.db.execute("INSERT INTO users (id, email, name) VALUES (1, 'a@example.com', 'Ann')");
            String lost = "db-push would lose data in " + f.settings().displayUrl() + ":\n"
                    + "  - Drops column `users.name`, which holds 1 non-null value(s).";

            Terminal no = new Terminal("\n");
            var e = assertThrows(
                    ZModelException.class, () -> DbPush.run(f.options(DROP_NAME).withPrompter(no.prompter)));
            assertEquals(
                    "Declined: " + lost + "\nNothing was changed. To go ahead without being asked, run again "
                            + "with -Dzenstack.acceptDataLoss=true.",
                    e.getMessage());
            assertEquals(
                    "db-push would lose the data listed above. Do you want to continue? [y/N] ", no.screen.toString());
            assertTrue(f.warnings.contains(lost), f.allMessages());
            assertEquals("Ann", f.scalar("SELECT name FROM users"), "nothing changed");

            Terminal yes = new Terminal("y\n");
            DbPushResult r = DbPush.run(f.options(DROP_NAME).withPrompter(yes.prompter));
            assertFalse(r.changes().isEmpty());
            assertEquals("1", f.scalar("SELECT count(*) FROM users"), "the row is kept, the column is gone");
        }
    }

    @Test
    void batchModeNamesTheFlagAndAsksNothing() {
        try (MigrateFixture f = new MigrateFixture(Provider.SQLITE)) {
            DbPush.run(f.options(MigrateFixture.v1()));
            f.db.execute("INSERT INTO users (id, email, name) VALUES (1, 'a@example.com', 'Ann')");
            var e = assertThrows(
                    ZModelException.class,
                    () -> DbPush.run(f.options(DROP_NAME).withPrompter(Prompter.NON_INTERACTIVE)));
            assertTrue(
                    e.getMessage()
                            .endsWith("\nIf that is intended, run again with -Dzenstack.acceptDataLoss=true. "
                                    + "Nothing was changed."),
                    e.getMessage());
            assertEquals(List.of(), f.warnings);
        }
    }

    @Test
    void migrateDevAsksBeforeANewMigrationLosesData() {
        try (MigrateFixture f = new MigrateFixture(Provider.SQLITE)) {
            MigrateDev.run(f.options(MigrateFixture.v1()).withName("init"));
            f.db.execute("INSERT INTO users (id, email, name) VALUES (1, 'a@example.com', 'Ann')");

            Terminal no = new Terminal("n\n");
            var e = assertThrows(
                    ZModelException.class,
                    () -> MigrateDev.run(f.options(MigrateFixture.withoutName())
                            .withName("drop_name")
                            .withPrompter(no.prompter)));
            assertTrue(e.getMessage().startsWith("Declined: The new migration would lose data in "), e.getMessage());
            assertEquals(
                    "The new migration would lose the data listed above. Do you want to continue? [y/N] ",
                    no.screen.toString());
            assertEquals(1, f.folders().size(), "no migration written");

            Terminal yes = new Terminal("yes\n");
            MigrateDevResult r = MigrateDev.run(f.options(MigrateFixture.withoutName())
                    .withName("drop_name")
                    .withPrompter(yes.prompter));
            assertTrue(r.createdApplied());
            assertEquals(2, f.folders().size());
        }
    }

    @Test
    void migrateDevAsksBeforeTheResetOnTheTerminal() {
        try (MigrateFixture f = new MigrateFixture(Provider.SQLITE)) {
            MigrateDev.run(f.options(MigrateFixture.v1()).withName("init"));
            f.db.execute("DROP TABLE users");
            Terminal yes = new Terminal("y\n");
            MigrateDevResult r = MigrateDev.run(f.options(MigrateFixture.v1()).withPrompter(yes.prompter));
            assertTrue(r.reset());
            assertTrue(
                    yes.screen.toString().startsWith("We need to reset the database jdbc:sqlite:"),
                    yes.screen.toString());
            assertTrue(
                    yes.screen.toString().endsWith("All data will be lost. Do you want to continue? [y/N] "),
                    yes.screen.toString());
        }
    }
}
