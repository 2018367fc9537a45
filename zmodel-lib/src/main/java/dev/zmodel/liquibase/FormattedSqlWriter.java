package dev.zmodel.liquibase;

import dev.zmodel.Provider;
import liquibase.change.Change;
import liquibase.change.core.RawSQLChange;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.ObjectQuotingStrategy;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorFactory;
import liquibase.statement.SqlStatement;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a changelog as Liquibase formatted SQL. Liquibase's own serializer writes neither rollbacks nor
 * comments nor {@code runInTransaction}, so this writes the format itself: the SQL of each change is what
 * Liquibase's SQL generators produce for it on an offline database of the dialect (with every identifier
 * quoted) — the same SQL the XML and YAML changelogs run — and the rollback is written out as
 * {@code --rollback} lines (formatted SQL has no automatic rollbacks).
 */
final class FormattedSqlWriter {
    private FormattedSqlWriter() {}

    static String write(DatabaseChangeLog changelog, Provider provider) throws Exception {
        Database database = offline(provider);
        try {
            StringBuilder out = new StringBuilder("-- liquibase formatted sql\n");
            for (ChangeSet set : changelog.getChangeSets()) {
                out.append('\n');
                out.append("-- changeset ")
                        .append(set.getAuthor())
                        .append(':')
                        .append(set.getId())
                        .append(" logicalFilePath:")
                        .append(set.getLogicalFilePath());
                if (set.getDbmsSet() != null && !set.getDbmsSet().isEmpty()) {
                    out.append(" dbms:").append(String.join(",", new java.util.TreeSet<>(set.getDbmsSet())));
                }
                if (!set.isRunInTransaction()) {
                    out.append(" runInTransaction:false");
                }
                if (keepsSemicolons(set)) {
                    out.append(" splitStatements:false");
                }
                out.append('\n');
                if (set.getComments() != null) {
                    out.append("-- comment: ")
                            .append(set.getComments().replace('\n', ' '))
                            .append('\n');
                }
                for (String statement : sql(set.getChanges(), database, false)) {
                    out.append(statement).append(";\n");
                }
                List<Change> rollback = set.getRollback().getChanges();
                List<String> undo =
                        rollback.isEmpty() ? sql(set.getChanges(), database, true) : sql(rollback, database, false);
                for (String statement : undo) {
                    String[] lines = (statement + ";").split("\n", -1);
                    for (String line : lines) {
                        out.append("-- rollback ").append(line).append('\n');
                    }
                }
            }
            return out.toString();
        } finally {
            database.close();
        }
    }

    /** An offline database of the dialect that quotes every identifier, as the changesets do; close it after use. */
    static Database offline(Provider provider) throws Exception {
        Database database = DatabaseFactory.getInstance()
                .openDatabase(
                        LiquibaseChanges.forProvider(provider, RenderOptions.defaults())
                                .offlineUrl(),
                        null,
                        null,
                        null,
                        new ClassLoaderResourceAccessor());
        database.setObjectQuotingStrategy(ObjectQuotingStrategy.QUOTE_ALL_OBJECTS);
        return database;
    }

    /**
     * True for a changeset of SQL taken as written whose text has semicolons inside (a function or trigger body):
     * formatted SQL would split it at them, so it is sent to the database as one text. Such changesets hold one
     * statement, or (PostgreSQL) statements the driver itself separates.
     */
    private static boolean keepsSemicolons(ChangeSet set) {
        return set.getChanges().stream()
                .anyMatch(c -> c instanceof RawSQLChange raw
                        && Boolean.FALSE.equals(raw.isSplitStatements())
                        && raw.getSql() != null
                        && raw.getSql().contains(";"));
    }

    /** The SQL of changes, or of Liquibase's automatic rollback of them (in reverse order). */
    static List<String> sql(List<Change> changes, Database database, boolean inverse) throws Exception {
        List<String> out = new ArrayList<>();
        List<Change> ordered = new ArrayList<>(changes);
        if (inverse) {
            java.util.Collections.reverse(ordered);
        }
        for (Change change : ordered) {
            SqlStatement[] statements =
                    inverse ? change.generateRollbackStatements(database) : change.generateStatements(database);
            for (Sql sql : SqlGeneratorFactory.getInstance().generateSql(statements, database)) {
                String text = sql.toSql().trim();
                out.add(text.endsWith(";") ? text.substring(0, text.length() - 1) : text);
            }
        }
        return out;
    }
}
