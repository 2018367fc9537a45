package dev.zmodel.pull;

import dev.zmodel.Provider;

import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * What differs per database when a random schema is written: quoting, the spellings of each column kind with
 * their defaults, primary key declarations, and which DDL forms exist. One instance per schema: it remembers the
 * choices made once per schema (quoting style, enum types, table options).
 */
abstract class RandomDialect {
    /** Words that are quoted when the style quotes only what needs it (reserved in PostgreSQL, MySQL or SQLite). */
    private static final Set<String> RESERVED = Set.of(
            "user",
            "order",
            "group",
            "key",
            "read",
            "table",
            "select",
            "from",
            "where",
            "default",
            "check",
            "primary",
            "references",
            "limit",
            "offset",
            "end",
            "column",
            "constraint",
            "to",
            "when",
            "case",
            "all",
            "and",
            "any",
            "array",
            "as",
            "asc",
            "desc",
            "both",
            "cast",
            "collate",
            "create",
            "distinct",
            "do",
            "else",
            "except",
            "false",
            "fetch",
            "for",
            "foreign",
            "in",
            "index",
            "into",
            "not",
            "null",
            "on",
            "only",
            "or",
            "returning",
            "some",
            "then",
            "true",
            "union",
            "unique",
            "using",
            "with",
            "values",
            "range",
            "interval");

    final Random random;
    final RandomStyle style;

    RandomDialect(Random random, RandomStyle style) {
        this.random = random;
        this.style = style;
    }

    static RandomDialect of(Provider provider, Random random, RandomStyle style, boolean appSchema) {
        return switch (provider) {
            case POSTGRESQL -> new RandomPostgres(random, style, appSchema);
            case MYSQL -> new RandomMySql(random, style);
            case SQLITE -> new RandomSqlite(random, style);
        };
    }

    abstract Provider provider();

    abstract String quote(String identifier);

    /** The table's name as DDL refers to it (schema-qualified where the dialect has schemas). */
    String table(RandomTable t) {
        return quote(t.name);
    }

    /**
     * A spelling of {@code kind}; {@code indexed} asks for one a B-tree index can hold (MySQL: no TEXT/BLOB);
     * {@code signature} names the enum type and labels of an ENUM column.
     */
    abstract RandomType type(RandomKind kind, boolean indexed, RandomConcepts.Signature signature);

    abstract RandomKey key();

    /** Statements before the tables (schemas, enum types, domains). */
    List<String> preamble() {
        return List.of();
    }

    /** Foreign keys may be added after the tables with ALTER TABLE (SQLite: no). */
    abstract boolean alterTableForeignKeys();

    /** Partial and expression indexes exist (MariaDB: no). */
    abstract boolean partialIndexes();

    /** Text after the closing parenthesis of CREATE TABLE (MySQL engine and charset, SQLite WITHOUT ROWID). */
    String tableOptions(RandomTable table) {
        return "";
    }

    /** Comments as column/table options (MySQL) rather than COMMENT ON statements (PostgreSQL); SQLite: none. */
    abstract CommentSyntax comments();

    enum CommentSyntax {
        NONE,
        INLINE,
        COMMENT_ON
    }

    /** A trigger that sets {@code column} to the current time whenever a row of {@code t} is updated. */
    abstract List<String> touchTrigger(RandomTable t, String column);

    /** The longest identifier the dialect keeps. */
    int identifierLimit() {
        return 63;
    }

    /** A string literal. */
    static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    static boolean plain(String identifier) {
        return identifier.matches("[a-z_][a-z0-9_]*") && !RESERVED.contains(identifier);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    @SafeVarargs
    final <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    /** A string literal for row n that fits a column of {@code length} characters (null: unbounded). */
    static String text(String word, Integer length, int n) {
        String s = word + " " + n;
        if (length != null && s.length() > length) {
            s = s.substring(0, length - 1) + n;
        }
        return literal(s);
    }

    /** A fixed-length code for row n ({@code CHAR(length)}). */
    static String code(int length, int n) {
        return literal("ABCDEFGHIJKLMNOP".substring(0, Math.max(0, length - 1)) + n);
    }

    static String uuid(int n) {
        return literal("00000000-0000-4000-8000-" + String.format("%012d", n));
    }

    static String timestamp(int n) {
        return literal("2024-01-0" + n + " 10:30:00");
    }

    static String date(int n) {
        return literal("2024-02-0" + n);
    }

    static String json(int n) {
        return literal("{\"n\": " + n + "}");
    }

    /** The labels of an enum, for row n. */
    static String label(RandomConcepts.Signature signature, int n) {
        return literal(signature.values().get((n - 1) % signature.values().size()));
    }

    /** A word a string value starts with, to make data look like data. */
    String word() {
        return pick("alpha", "north", "blue", "acme", "delta", "rose", "river", "ok");
    }
}
