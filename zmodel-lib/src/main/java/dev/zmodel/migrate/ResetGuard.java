package dev.zmodel.migrate;

import dev.zmodel.ZModelException;
import dev.zmodel.datasource.ConnectionSettings;
import dev.zmodel.dialect.Dialect;

import static dev.zmodel.PropertyNames.EXCLUDE;
import static dev.zmodel.PropertyNames.FORCE;
import static dev.zmodel.PropertyNames.INCLUDE;
import static dev.zmodel.PropertyNames.flag;

/**
 * The confirmation before {@code migrate-reset} and {@code db-push -Dzenstack.forceReset} drop every object of a
 * database, as Prisma's {@code migrate reset} asks and needs {@code --force} when it cannot ask: with
 * {@link MigrateOptions#force()} nothing is asked; in an interactive session the {@link Prompter} asks {@code [y/N]}
 * (no: nothing dropped); when nobody can answer (batch mode) the run stops with the command to pass. Runs after
 * {@link LocalDatabases#requireLocal} (a database that is not local also needs {@code allowRemote}, forced or not)
 * and before anything is dropped. The reset of {@code migrate-dev} has its own question and flag ({@code reset}).
 */
final class ResetGuard {
    private ResetGuard() {}

    /**
     * Returns when the reset may go ahead, otherwise throws with one message that says nothing was dropped.
     *
     * @param goal    "migrate-reset", "db-push with forceReset"
     * @param then    what follows the drop: "then applies every migration again"
     * @param command the command that resets without asking, without {@code -Dzenstack.force=true}
     */
    static void confirm(MigrateOptions options, String goal, String then, String command) {
        ConnectionSettings database = options.database();
        String db = database.displayUrl();
        String again = "Run " + command + " " + flag(FORCE, "true") + " to reset without being asked.";
        ask(
                options,
                goal + " did not reset " + db + ": it drops " + lost(options, "the database")
                        + ", and in batch mode (mvn -B, CI, no terminal) nobody can confirm that. Nothing was dropped. "
                        + again,
                goal + " drops " + lost(options, db) + ", " + then + ". Do you want to " + "continue?",
                "Declined: " + goal + " did not reset " + db + "; nothing was dropped. " + again);
    }

    /**
     * The confirmation of any goal that destroys something: with {@code force} nothing is asked; when nobody can
     * answer, throws {@code refusal}; otherwise asks {@code question} and throws {@code declined} on no.
     */
    static void ask(MigrateOptions options, String refusal, String question, String declined) {
        if (options.force()) {
            return;
        }
        if (!options.prompter().isInteractive()) {
            throw new ZModelException(refusal);
        }
        if (!options.prompter().confirm(question)) {
            throw new ZModelException(declined);
        }
    }

    /** "every table, view and type of schema(s) public of {@code where} and all their data". */
    private static String lost(MigrateOptions options, String where) {
        ConnectionSettings database = options.database();
        boolean schemas = Dialect.of(database.provider()).facts().schemas()
                && !database.schemas().isEmpty();
        return "every table, view and type "
                + (schemas ? "of schema(s) " + String.join(", ", database.schemas()) + " in " : "of ") + where
                + (OwnedTables.of(options).everything()
                        ? ""
                        : " that the project owns (the tables excluded by " + INCLUDE + "/" + EXCLUDE + " are kept)")
                + " and all their data";
    }
}
