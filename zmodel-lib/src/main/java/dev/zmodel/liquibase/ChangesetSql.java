package dev.zmodel.liquibase;

import dev.zmodel.Provider;
import liquibase.change.Change;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of declared changesets as Liquibase's generators write it for a dialect (the SQL {@code update} runs), and
 * of their rollbacks: what a failure message prints when the user has to undo changesets by hand.
 */
public final class ChangesetSql {
    private ChangesetSql() {}

    /** The statements the changeset runs. */
    public static List<String> statements(DeclaredChangeset changeset, Provider provider) {
        return generate(changeset, provider, false);
    }

    /**
     * The statements that undo the changeset: its {@code <rollback>}, else Liquibase's automatic rollback of its
     * changes (in reverse order); empty when it has neither (e.g. raw SQL without a rollback).
     */
    public static List<String> rollback(DeclaredChangeset changeset, Provider provider) {
        return generate(changeset, provider, true);
    }

    /**
     * The rollback of several changesets as one script, newest first, each preceded by a comment naming it; a
     * changeset without a rollback gets a comment saying so.
     */
    public static String rollbackScript(List<DeclaredChangeset> ranOldestFirst, Provider provider) {
        StringBuilder out = new StringBuilder();
        for (int i = ranOldestFirst.size() - 1; i >= 0; i--) {
            DeclaredChangeset c = ranOldestFirst.get(i);
            List<String> sql = rollback(c, provider);
            out.append("  -- undoes changeset ").append(c.id());
            out.append(sql.isEmpty() ? " (it has no rollback: undo it by hand)\n" : "\n");
            for (String statement : sql) {
                out.append("  ").append(statement.replace("\n", "\n  ")).append(";\n");
            }
        }
        return out.toString().stripTrailing();
    }

    private static List<String> generate(DeclaredChangeset changeset, Provider provider, boolean undo) {
        ChangeSet set = changeset.changeSet();
        return LiquibaseScope.run(() -> {
            Database database = FormattedSqlWriter.offline(provider);
            try {
                if (!undo) {
                    return FormattedSqlWriter.sql(set.getChanges(), database, false);
                }
                List<Change> rollback = set.getRollback().getChanges();
                if (!rollback.isEmpty()) {
                    return FormattedSqlWriter.sql(rollback, database, false);
                }
                try {
                    return FormattedSqlWriter.sql(set.getChanges(), database, true);
                } catch (liquibase.exception.RollbackImpossibleException e) {
                    return new ArrayList<>();
                }
            } finally {
                database.close();
            }
        });
    }
}
