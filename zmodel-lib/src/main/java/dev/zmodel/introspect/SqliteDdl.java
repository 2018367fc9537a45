package dev.zmodel.introspect;

import dev.zmodel.introspect.SqliteTokens.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What SQLite's pragmas do not tell, parsed from the DDL in {@code sqlite_schema.sql}: the {@code AUTOINCREMENT}
 * keyword, generated-column expressions, {@code PRIMARY KEY DESC} on a column, a column's collation, foreign-key
 * constraint names and
 * deferrability (in declaration order), CHECK constraints, {@code WITHOUT ROWID}, index expressions and
 * predicates, and view bodies.
 */
final class SqliteDdl {
    private static final Set<String> COLUMN_CONSTRAINT_START = Set.of(
            "CONSTRAINT",
            "PRIMARY",
            "NOT",
            "NULL",
            "UNIQUE",
            "CHECK",
            "DEFAULT",
            "COLLATE",
            "REFERENCES",
            "GENERATED",
            "AS");
    private static final Set<String> PRIMARY_KEY_TAIL =
            Set.of("ASC", "DESC", "ON", "CONFLICT", "ROLLBACK", "ABORT", "FAIL", "IGNORE", "REPLACE", "AUTOINCREMENT");
    private static final Set<String> TABLE_CONSTRAINT_START =
            Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN");

    /** The column constraint keywords that end a column's {@code REFERENCES} clause. */
    private static final Set<String> REFERENCES_CLAUSE_END =
            Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "DEFAULT", "COLLATE", "REFERENCES", "GENERATED", "AS");

    private SqliteDdl() {}

    /** A foreign key as declared: {@code name} null without {@code CONSTRAINT name}. */
    record ForeignKeyDdl(
            String name, List<String> columns, String table, boolean deferrable, boolean initiallyDeferred) {}

    /** A CHECK constraint as declared: {@code name} null without {@code CONSTRAINT name}. */
    record CheckDdl(String name, String expression) {}

    /**
     * Column facts: generated expression, AUTOINCREMENT, PRIMARY KEY DESC and the collation ({@code NOCASE},
     * {@code RTRIM}, an application's own; null for none or {@code BINARY}, SQLite's default).
     */
    record ColumnDdl(String generatedExpression, boolean autoincrement, boolean primaryKeyDesc, String collation) {
        static final ColumnDdl NONE = new ColumnDdl(null, false, false, null);
    }

    record TableDdl(
            Map<String, ColumnDdl> columns,
            List<ForeignKeyDdl> foreignKeys,
            List<CheckDdl> checks,
            boolean withoutRowid) {
        static final TableDdl EMPTY = new TableDdl(Map.of(), List.of(), List.of(), false);

        ColumnDdl column(String name) {
            ColumnDdl c = columns.get(name.toLowerCase(Locale.ROOT));
            return c == null ? ColumnDdl.NONE : c;
        }
    }

    /** Key parts as written (expression text without ASC/DESC/COLLATE) and the WHERE predicate. */
    record IndexDdl(List<String> parts, String predicate) {
        static final IndexDdl EMPTY = new IndexDdl(List.of(), null);
    }

    static TableDdl parseTable(String sql) {
        if (sql == null) {
            return TableDdl.EMPTY;
        }
        List<Token> tokens = SqliteTokens.tokenize(sql);
        int open = indexOfPunct(tokens, '(', 0);
        if (open < 0) {
            return TableDdl.EMPTY; // CREATE TABLE ... AS SELECT
        }
        int close = SqliteTokens.matching(tokens, open);
        Map<String, ColumnDdl> columns = new HashMap<>();
        List<ForeignKeyDdl> fks = new ArrayList<>();
        List<CheckDdl> checks = new ArrayList<>();
        for (int[] part : SqliteTokens.splitTopLevel(tokens, open + 1, close)) {
            Token first = tokens.get(part[0]);
            if (first.isAny(TABLE_CONSTRAINT_START)) {
                tableConstraint(sql, tokens, part[0], part[1], fks, checks);
            } else {
                String name = first.identifier();
                columns.put(
                        name.toLowerCase(Locale.ROOT), column(sql, tokens, part[0] + 1, part[1], name, fks, checks));
            }
        }
        boolean withoutRowid = false;
        for (int i = close + 1; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).is("WITHOUT") && tokens.get(i + 1).is("ROWID")) {
                withoutRowid = true;
            }
        }
        return new TableDdl(columns, fks, checks, withoutRowid);
    }

    private static ColumnDdl column(
            String sql,
            List<Token> tokens,
            int from,
            int to,
            String name,
            List<ForeignKeyDdl> fks,
            List<CheckDdl> checks) {
        String generated = null;
        boolean autoincrement = false;
        boolean pkDesc = false;
        String collation = null;
        String constraintName = null;
        int i = from;
        while (i < to && !isColumnConstraintStart(tokens.get(i))) {
            i = tokens.get(i).isPunct('(') ? SqliteTokens.matching(tokens, i) + 1 : i + 1; // the declared type
        }
        while (i < to) {
            Token t = tokens.get(i);
            if (t.is("CONSTRAINT") && i + 1 < to) {
                constraintName = tokens.get(i + 1).identifier();
                i += 2;
                continue;
            }
            if (t.is("PRIMARY")) {
                // PRIMARY KEY [ASC|DESC] [ON CONFLICT x] [AUTOINCREMENT]
                int j = i + 2;
                pkDesc = j < to && tokens.get(j).is("DESC");
                while (j < to && tokens.get(j).isAny(PRIMARY_KEY_TAIL)) {
                    autoincrement |= tokens.get(j).is("AUTOINCREMENT");
                    j++;
                }
                constraintName = null;
                i = j;
            } else if (t.is("REFERENCES")) {
                int end = clauseEnd(tokens, i + 1, to);
                fks.add(references(tokens, i, end, constraintName, List.of(name)));
                constraintName = null;
                i = end;
            } else if (t.is("CHECK")) {
                int open = i + 1;
                int close = SqliteTokens.matching(tokens, open);
                checks.add(new CheckDdl(constraintName, inner(sql, tokens, open, close)));
                constraintName = null;
                i = close + 1;
            } else if (t.is("AS")) {
                int open = i + 1;
                int close = SqliteTokens.matching(tokens, open);
                generated = inner(sql, tokens, open, close);
                constraintName = null;
                i = close + 1;
            } else if (t.is("DEFAULT") && i + 1 < to && tokens.get(i + 1).isPunct('(')) {
                i = SqliteTokens.matching(tokens, i + 1) + 1;
            } else if (t.is("COLLATE") && i + 1 < to) {
                String declared = tokens.get(i + 1).identifier();
                collation = declared.equalsIgnoreCase("BINARY") ? null : declared;
                constraintName = null;
                i += 2;
            } else {
                i++;
            }
        }
        return new ColumnDdl(generated, autoincrement, pkDesc, collation);
    }

    private static void tableConstraint(
            String sql, List<Token> tokens, int from, int to, List<ForeignKeyDdl> fks, List<CheckDdl> checks) {
        String name = null;
        int i = from;
        if (tokens.get(i).is("CONSTRAINT") && i + 1 < to) {
            name = tokens.get(i + 1).identifier();
            i += 2;
        }
        if (i >= to) {
            return;
        }
        Token t = tokens.get(i);
        if (t.is("CHECK")) {
            int close = SqliteTokens.matching(tokens, i + 1);
            checks.add(new CheckDdl(name, inner(sql, tokens, i + 1, close)));
        } else if (t.is("FOREIGN")) {
            int open = indexOfPunct(tokens, '(', i);
            int close = SqliteTokens.matching(tokens, open);
            List<String> columns = identifiers(tokens, open + 1, close);
            int ref = close + 1;
            while (ref < to && !tokens.get(ref).is("REFERENCES")) {
                ref++;
            }
            fks.add(references(tokens, ref, to, name, columns));
        }
    }

    /** {@code REFERENCES table [(cols)] [ON ...] [[NOT] DEFERRABLE [INITIALLY DEFERRED|IMMEDIATE]]}. */
    private static ForeignKeyDdl references(List<Token> tokens, int at, int end, String name, List<String> columns) {
        String table = at + 1 < end ? tokens.get(at + 1).identifier() : null;
        boolean deferrable = false;
        boolean initiallyDeferred = false;
        for (int i = at + 2; i < end; i++) {
            Token t = tokens.get(i);
            if (t.is("DEFERRABLE")) {
                deferrable = !(i > 0 && tokens.get(i - 1).is("NOT"));
            } else if (t.is("INITIALLY") && i + 1 < end) {
                initiallyDeferred = tokens.get(i + 1).is("DEFERRED");
            }
        }
        return new ForeignKeyDdl(name, columns, table, deferrable, initiallyDeferred && deferrable);
    }

    /** End of a REFERENCES clause inside a column definition: the next column constraint keyword. */
    private static int clauseEnd(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.isPunct('(')) {
                i = SqliteTokens.matching(tokens, i);
                continue;
            }
            if (t.isAny(REFERENCES_CLAUSE_END)) {
                return i;
            }
            if (t.is("NOT") && i + 1 < to && tokens.get(i + 1).is("NULL")) {
                return i;
            }
        }
        return to;
    }

    static IndexDdl parseIndex(String sql) {
        if (sql == null) {
            return IndexDdl.EMPTY;
        }
        List<Token> tokens = SqliteTokens.tokenize(sql);
        int on = 0;
        while (on < tokens.size() && !tokens.get(on).is("ON")) {
            on++;
        }
        int open = indexOfPunct(tokens, '(', on);
        if (open < 0) {
            return IndexDdl.EMPTY;
        }
        int close = SqliteTokens.matching(tokens, open);
        List<String> parts = new ArrayList<>();
        for (int[] part : SqliteTokens.splitTopLevel(tokens, open + 1, close)) {
            int end = part[1];
            while (end - 1 > part[0]
                    && (tokens.get(end - 1).is("ASC") || tokens.get(end - 1).is("DESC"))) {
                end--;
            }
            if (end - 2 > part[0] && tokens.get(end - 2).is("COLLATE")) {
                end -= 2;
            }
            parts.add(sql.substring(
                    tokens.get(part[0]).start(), tokens.get(end - 1).end()));
        }
        String predicate = null;
        if (close + 1 < tokens.size() && tokens.get(close + 1).is("WHERE") && close + 2 < tokens.size()) {
            predicate = stripSemicolon(sql.substring(tokens.get(close + 2).start()));
        }
        return new IndexDdl(parts, predicate);
    }

    /**
     * The timing and event of {@code CREATE TRIGGER name [BEFORE|AFTER|INSTEAD OF] DELETE|INSERT|UPDATE [OF …] ON
     * table} as SQL states them ({@code AFTER UPDATE}); SQLite's default timing is {@code BEFORE}.
     */
    static String triggerTiming(String sql) {
        if (sql == null) {
            return null;
        }
        List<Token> tokens = SqliteTokens.tokenize(sql);
        int start = 0;
        while (start < tokens.size() && !tokens.get(start).is("TRIGGER")) {
            start++;
        }
        for (int i = start + 2; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.is("DELETE") || t.is("INSERT") || t.is("UPDATE")) {
                String event = t.text().toUpperCase(java.util.Locale.ROOT);
                Token before = tokens.get(i - 1);
                String timing = before.is("AFTER") ? "AFTER" : before.is("OF") ? "INSTEAD OF" : "BEFORE";
                return timing + " " + event;
            }
        }
        return null;
    }

    /** A virtual table's {@code USING module(arguments)} clause as written, or null. */
    static String virtualTableModule(String sql) {
        if (sql == null) {
            return null;
        }
        for (Token t : SqliteTokens.tokenize(sql)) {
            if (t.is("USING")) {
                return stripSemicolon(sql.substring(t.start())).strip();
            }
        }
        return null;
    }

    /** The query of {@code CREATE VIEW name [(columns)] AS query}. */
    static String viewBody(String sql) {
        if (sql == null) {
            return null;
        }
        List<Token> tokens = SqliteTokens.tokenize(sql);
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).isPunct('(')) {
                i = SqliteTokens.matching(tokens, i);
            } else if (tokens.get(i).is("AS") && i + 1 < tokens.size()) {
                return stripSemicolon(sql.substring(tokens.get(i + 1).start()));
            }
        }
        return null;
    }

    private static boolean isColumnConstraintStart(Token t) {
        return t.isAny(COLUMN_CONSTRAINT_START);
    }

    private static List<String> identifiers(List<Token> tokens, int from, int to) {
        List<String> names = new ArrayList<>();
        for (int[] part : SqliteTokens.splitTopLevel(tokens, from, to)) {
            names.add(tokens.get(part[0]).identifier());
        }
        return names;
    }

    private static String inner(String sql, List<Token> tokens, int open, int close) {
        if (close <= open + 1) {
            return "";
        }
        return sql.substring(tokens.get(open + 1).start(), tokens.get(close - 1).end());
    }

    private static int indexOfPunct(List<Token> tokens, char c, int from) {
        for (int i = from; i < tokens.size(); i++) {
            if (tokens.get(i).isPunct(c)) {
                return i;
            }
        }
        return -1;
    }

    private static String stripSemicolon(String s) {
        String t = s.strip();
        return t.endsWith(";") ? t.substring(0, t.length() - 1).stripTrailing() : t;
    }
}
