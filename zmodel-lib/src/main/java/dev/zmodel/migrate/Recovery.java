package dev.zmodel.migrate;

import dev.zmodel.Provider;
import dev.zmodel.datasource.LiquibaseSettings;
import dev.zmodel.dialect.Dialect;
import dev.zmodel.liquibase.AppliedChangeset;
import dev.zmodel.liquibase.ChangelogFiles;
import dev.zmodel.liquibase.ChangelogHistory;
import dev.zmodel.liquibase.ChangesetSql;
import dev.zmodel.liquibase.DeclaredChangeset;

import java.sql.Connection;
import java.util.Collection;
import java.util.List;

import static dev.zmodel.PropertyNames.ROLLED_BACK;
import static dev.zmodel.PropertyNames.flag;

/**
 * What already ran of a migration and how to undo it, for the failure messages of migrate-dev, migrate-deploy and
 * migrate-resolve: every such message names the changesets that ran, and where the user must undo them by hand it
 * prints their rollback SQL.
 */
final class Recovery {
    private Recovery() {}

    /** The changesets of a migration that have a history row in the database, in file order. */
    static List<DeclaredChangeset> ran(
            Connection connection, LiquibaseSettings settings, MigrationsDirectory dir, Migration m) {
        List<AppliedChangeset> rows = ChangelogHistory.read(connection, settings);
        return ChangelogFiles.changesets(dir.path(), m.relativeFile()).stream()
                .filter(d -> rows.stream().anyMatch(d::identifies))
                .toList();
    }

    /**
     * The changesets that ran when a run failed without a usable connection: the first {@code ranBefore} of the file
     * (Liquibase runs a file's changesets in order) and those reported as run since.
     */
    static List<DeclaredChangeset> ran(List<DeclaredChangeset> declared, int ranBefore, Collection<String> ranNow) {
        return declared.stream()
                .filter(d -> declared.indexOf(d) < ranBefore || ranNow.contains(d.id()))
                .toList();
    }

    static String ids(List<DeclaredChangeset> changesets) {
        return String.join(", ", changesets.stream().map(DeclaredChangeset::id).toList());
    }

    /** "Changesets … of M ran and are recorded." or "None of M's changesets ran before …". */
    static String ranSentence(String migration, List<DeclaredChangeset> ran, String failed) {
        if (ran.isEmpty()) {
            return "None of " + migration + "'s changesets ran before " + failed + ".";
        }
        return "Already ran and recorded: " + (ran.size() == 1 ? "changeset " : "changesets ") + ids(ran) + ".";
    }

    /** The rollback SQL of changesets that ran, newest first, indented, one statement per line. */
    static String undoSql(List<DeclaredChangeset> ran, Provider provider) {
        return ChangesetSql.rollbackScript(ran, provider);
    }

    /**
     * The undo instructions for changesets that ran: their rollback SQL, then the migrate-resolve command that
     * forgets them; empty when none ran.
     */
    static String undo(String migration, List<DeclaredChangeset> ran, Provider provider, String after) {
        if (ran.isEmpty()) {
            return "";
        }
        return "\nTo undo " + migration + " instead: run this SQL, the rollback of the changesets that ran (newest "
                + "first), then mvn zenstack:migrate-resolve " + flag(ROLLED_BACK, migration) + after + ":\n"
                + undoSql(ran, provider);
    }

    /**
     * What the failed changeset itself left behind when the database keeps part of it (MySQL/MariaDB, or a changeset
     * outside a transaction): nothing when it is one statement, else its rollback to run for the statements that
     * finished. Empty where a failed changeset is rolled back as a whole.
     */
    static String leftByFailed(DeclaredChangeset failed, Provider provider) {
        if (failed == null || (Dialect.of(provider).facts().transactionalDdl() && failed.runsInTransaction())) {
            return "";
        }
        if (ChangesetSql.statements(failed, provider).size() <= 1) {
            return "\nChangeset " + failed.id() + " is one statement, which failed: nothing of it stayed.";
        }
        return "\nUndo the statements of changeset " + failed.id() + " that finished before the failure before running "
                + "again (its rollback; run the statements whose objects exist):\n"
                + undoSql(List.of(failed), provider);
    }
}
