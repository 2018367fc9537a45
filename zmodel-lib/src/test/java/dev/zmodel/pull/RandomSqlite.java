package dev.zmodel.pull;

import dev.zmodel.Provider;

import java.util.List;
import java.util.Random;

/**
 * SQLite spellings: declared types as people write them ({@code NVARCHAR(40)}, {@code INT}, {@code DECIMAL(10,2)},
 * {@code DATETIME DEFAULT CURRENT_TIMESTAMP}, {@code BOOLEAN}), INTEGER PRIMARY KEY with and without AUTOINCREMENT
 * (BIGINT or INT foreign keys to it), enums as TEXT with a CHECK; identifiers bare where possible, in double quotes,
 * brackets or backticks.
 */
final class RandomSqlite extends RandomDialect {
    private final String quoteStyle;

    RandomSqlite(Random random, RandomStyle style) {
        super(random, style);
        this.quoteStyle = pick("needed", "needed", "double", "brackets", "backticks");
    }

    @Override
    Provider provider() {
        return Provider.SQLITE;
    }

    @Override
    String quote(String identifier) {
        return switch (quoteStyle) {
            case "brackets" -> "[" + identifier + "]";
            case "backticks" -> "`" + identifier.replace("`", "``") + "`";
            case "double" -> "\"" + identifier.replace("\"", "\"\"") + "\"";
            default ->
                identifier.matches("[A-Za-z_][A-Za-z0-9_]*") && plain(identifier.toLowerCase())
                        ? identifier
                        : "\"" + identifier.replace("\"", "\"\"") + "\"";
        };
    }

    @Override
    RandomKey key() {
        List<String> references = List.of("INTEGER", "BIGINT", "INT");
        return switch (random.nextInt(8)) {
            case 0, 1 -> generated("INTEGER PRIMARY KEY", true, references);
            case 2 -> generated("INTEGER PRIMARY KEY AUTOINCREMENT", true, references);
            case 3 -> generated("INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT", true, references);
            case 4 -> generated("INTEGER NOT NULL", false, references);
            case 5 ->
                new RandomKey(
                        pick("TEXT NOT NULL", "VARCHAR(36) NOT NULL"),
                        false,
                        List.of("TEXT"),
                        false,
                        RandomDialect::uuid);
            case 6 -> new RandomKey("BIGINT NOT NULL", false, List.of("BIGINT"), false, n -> String.valueOf(n));
            default -> new RandomKey("INT PRIMARY KEY", true, List.of("INT", "INTEGER"), false, n -> String.valueOf(n));
        };
    }

    private static RandomKey generated(String sql, boolean declaresKey, List<String> references) {
        return new RandomKey(sql, declaresKey, references, true, n -> String.valueOf(n));
    }

    @Override
    RandomType type(RandomKind kind, boolean indexed, RandomConcepts.Signature signature) {
        String w = word();
        return switch (kind) {
            case STRING -> {
                int n = pick(40, 80, 120, 255);
                String t = pick(
                                "TEXT",
                                "VARCHAR(" + n + ")",
                                "NVARCHAR(" + n + ")",
                                "VARCHAR",
                                "CHARACTER VARYING(" + n + ")")
                        + (chance(0.1) ? " COLLATE NOCASE" : "");
                yield new RandomType(t, List.of("''", "'unknown'", "'it''s'"), i -> text(w, null, i));
            }
            case CHAR -> {
                int n = pick(2, 3);
                yield new RandomType(
                        pick("CHAR(" + n + ")", "NCHAR(" + n + ")"),
                        List.of(n == 2 ? "'US'" : "'EUR'"),
                        i -> code(n, i));
            }
            case INT ->
                new RandomType(
                        pick("INT", "INTEGER", "SMALLINT", "TINYINT", "MEDIUMINT"),
                        List.of("0", "1", "-1", "(-10)", "'5'"),
                        i -> String.valueOf(i * 10));
            case BIGINT ->
                new RandomType(
                        pick("BIGINT", "UNSIGNED BIG INT", "INT8"),
                        List.of("0", "-1"),
                        i -> String.valueOf(i * 3_000_000_000L));
            case MONEY ->
                new RandomType(
                        pick("DECIMAL(10,2)", "NUMERIC(10,2)", "NUMERIC", "DECIMAL(8, 2)"),
                        List.of("0", "0.00", "-1.50", "9.99"),
                        i -> "1" + i + ".50");
            case FLOAT ->
                new RandomType(
                        pick("REAL", "DOUBLE", "FLOAT", "DOUBLE PRECISION"),
                        List.of("0", "1.5", "-0.5", "0.0"),
                        i -> i + ".25");
            case BOOL ->
                new RandomType(
                        pick("BOOLEAN", "BOOLEAN", "BOOL"),
                        List.of("0", "1", "TRUE", "FALSE"),
                        i -> i % 2 == 1 ? "1" : "0");
            case TIMESTAMP ->
                new RandomType(
                        pick("DATETIME", "DATETIME", "TIMESTAMP"),
                        List.of(
                                "CURRENT_TIMESTAMP",
                                "CURRENT_TIMESTAMP",
                                "(CURRENT_TIMESTAMP)",
                                "(datetime('now'))",
                                "'2024-01-01 00:00:00'"),
                        RandomDialect::timestamp);
            case DATE -> new RandomType("DATE", List.of("CURRENT_DATE", "'2000-01-01'"), RandomDialect::date);
            case TIME ->
                new RandomType("TIME", List.of("CURRENT_TIME", "'09:00:00'"), i -> literal("10:0" + i + ":00"));
            case JSON, TEXT_ARRAY ->
                new RandomType(pick("JSON", "TEXT", "JSONB"), List.of("'{}'", "'[]'"), RandomDialect::json);
            case UUID ->
                new RandomType(pick("TEXT", "CHAR(36)", "UUID", "VARCHAR(36)"), List.of(), RandomDialect::uuid);
            case BYTES -> new RandomType("BLOB", List.of("X''", "x'00'"), i -> "X'0" + i + "'");
            case ENUM ->
                new RandomType(
                        pick("TEXT", "VARCHAR(20)"),
                        List.of(literal(signature.values().get(0))),
                        i -> label(signature, i),
                        "%s IN ("
                                + String.join(
                                        ", ",
                                        signature.values().stream()
                                                .map(RandomDialect::literal)
                                                .toList()) + ")");
        };
    }

    /** Tables keyed by their parents' columns are sometimes WITHOUT ROWID, as SQLite recommends for them. */
    @Override
    String tableOptions(RandomTable table) {
        return table.key == null && !table.primaryKey.isEmpty() && chance(0.3) ? " WITHOUT ROWID" : "";
    }

    @Override
    List<String> touchTrigger(RandomTable t, String column) {
        String key = quote(t.keyColumn());
        return List.of("CREATE TRIGGER " + quote(t.name + "_touch") + " AFTER UPDATE ON " + table(t)
                + " FOR EACH ROW BEGIN\n    UPDATE " + table(t) + " SET " + quote(column)
                + " = CURRENT_TIMESTAMP WHERE " + key + " = OLD." + key + ";\nEND");
    }

    @Override
    boolean alterTableForeignKeys() {
        return false;
    }

    @Override
    boolean partialIndexes() {
        return true;
    }

    @Override
    CommentSyntax comments() {
        return CommentSyntax.NONE;
    }

    @Override
    int identifierLimit() {
        return 100;
    }
}
