package dev.zmodel.liquibase;

import dev.zmodel.diff.SchemaChange;

import java.util.List;
import java.util.Objects;

/**
 * One changeset of a migration: a {@link SchemaChange} of the differ, rendered for the dialect by
 * {@link ChangelogRenderer}, or SQL that is run exactly as written (a baseline carries the database's own
 * definitions of what ZModel cannot express this way: views, functions, triggers, …).
 */
public sealed interface ChangelogEntry {

    /** A change of the differ. */
    record Diff(SchemaChange change) implements ChangelogEntry {
        public Diff {
            Objects.requireNonNull(change, "change");
        }
    }

    /**
     * SQL as written: each statement is one {@code <sql splitStatements="false">} (a function or trigger body keeps
     * its semicolons), in one transaction where the database has transactional DDL.
     *
     * @param summary    the changeset comment ("Create view `active_users`")
     * @param statements the statements, without a trailing semicolon
     * @param rollback   the statements that undo them (written as the changeset's rollback)
     */
    record Sql(String summary, List<String> statements, List<String> rollback) implements ChangelogEntry {
        public Sql {
            Objects.requireNonNull(summary, "summary");
            statements = List.copyOf(statements);
            rollback = List.copyOf(rollback);
            if (statements.isEmpty()) {
                throw new IllegalArgumentException("an SQL changeset needs at least one statement: " + summary);
            }
        }
    }

    static List<ChangelogEntry> of(List<SchemaChange> changes) {
        return changes.stream().<ChangelogEntry>map(Diff::new).toList();
    }
}
