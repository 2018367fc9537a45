package dev.zmodel.pull;

import dev.zmodel.Provider;

import java.util.List;
import java.util.Random;

/**
 * MySQL/MariaDB spellings: AUTO_INCREMENT keys (signed, unsigned), inline ENUM, {@code CURRENT_TIMESTAMP} /
 * {@code current_timestamp()} / {@code NOW()} with and without precision and ON UPDATE, TINYINT(1) and BOOLEAN,
 * DECIMAL(p,s), JSON, BLOB/VARBINARY, CHAR(36) and MariaDB's UUID, NVARCHAR; backticks always or only where needed.
 */
final class RandomMySql extends RandomDialect {
    private final boolean alwaysQuote;
    private final String tableOptions;

    RandomMySql(Random random, RandomStyle style) {
        super(random, style);
        this.alwaysQuote = chance(0.6);
        this.tableOptions = pick(
                "",
                " ENGINE=InnoDB",
                " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4",
                " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci");
    }

    @Override
    Provider provider() {
        return Provider.MYSQL;
    }

    @Override
    String quote(String identifier) {
        return !alwaysQuote && identifier.matches("[A-Za-z_][A-Za-z0-9_]*") && plain(identifier.toLowerCase())
                ? identifier
                : "`" + identifier.replace("`", "``") + "`";
    }

    @Override
    RandomKey key() {
        return switch (random.nextInt(6)) {
            case 0 -> generated("INT NOT NULL AUTO_INCREMENT", "INT", "INTEGER", "INT(11)");
            case 1 -> generated("INT AUTO_INCREMENT", "INT");
            case 2 -> generated("BIGINT UNSIGNED NOT NULL AUTO_INCREMENT", "BIGINT UNSIGNED");
            case 3 -> generated("BIGINT NOT NULL AUTO_INCREMENT", "BIGINT");
            case 4 -> new RandomKey("INT NOT NULL", false, List.of("INT"), false, n -> String.valueOf(n));
            default ->
                new RandomKey(
                        pick("CHAR(36) NOT NULL", "VARCHAR(36) NOT NULL"),
                        false,
                        List.of("CHAR(36)"),
                        false,
                        RandomDialect::uuid);
        };
    }

    private static RandomKey generated(String sql, String... referenceTypes) {
        return new RandomKey(sql, false, List.of(referenceTypes), true, n -> String.valueOf(n));
    }

    @Override
    RandomType type(RandomKind kind, boolean indexed, RandomConcepts.Signature signature) {
        String w = word();
        return switch (kind) {
            case STRING -> string(w, indexed);
            case CHAR -> {
                int n = pick(2, 3, 10);
                String d = n == 2 ? "US" : "EUR";
                yield new RandomType("CHAR(" + n + ")", List.of(literal(d), "''"), i -> code(n, i));
            }
            case INT -> {
                String t = pick("INT", "INTEGER", "INT(11)", "SMALLINT", "MEDIUMINT", "INT UNSIGNED", "TINYINT");
                yield new RandomType(
                        t,
                        t.contains("UNSIGNED") ? List.of("0", "1", "'5'") : List.of("0", "1", "-1", "-10", "'5'"),
                        i -> String.valueOf(i * 10));
            }
            case BIGINT -> {
                String t = pick("BIGINT", "BIGINT UNSIGNED", "BIGINT(20)");
                yield new RandomType(
                        t,
                        t.contains("UNSIGNED") ? List.of("0", "1000000") : List.of("0", "-1", "1000000"),
                        i -> String.valueOf(i * 3_000_000_000L));
            }
            case MONEY ->
                new RandomType(
                        pick("DECIMAL(10,2)", "DECIMAL(12, 4)", "NUMERIC(8,2)", "DECIMAL", "DECIMAL(19,4)"),
                        List.of("0", "0.00", "-1.50", "9.99", "'0.00'"),
                        i -> "1" + i + ".50");
            case FLOAT ->
                new RandomType(
                        pick("FLOAT", "DOUBLE", "DOUBLE PRECISION", "REAL"),
                        List.of("0", "1.5", "-0.5"),
                        i -> i + ".25");
            case BOOL ->
                chance(0.15)
                        ? new RandomType("BIT(1)", List.of("b'0'", "b'1'"), i -> "b'" + i % 2 + "'")
                        : new RandomType(
                                pick("BOOLEAN", "BOOL", "TINYINT(1)"),
                                List.of("0", "1", "TRUE", "FALSE"),
                                i -> i % 2 == 1 ? "1" : "0");
            case TIMESTAMP -> timestamp();
            case DATE ->
                new RandomType("DATE", List.of("'2000-01-01'", "curdate()", "(CURRENT_DATE)"), RandomDialect::date);
            case TIME ->
                new RandomType(pick("TIME", "TIME(3)"), List.of("'09:00:00'"), i -> literal("10:0" + i + ":00"));
            case JSON, TEXT_ARRAY ->
                new RandomType(pick("JSON", "JSON", "LONGTEXT"), List.of("'{}'", "'[]'"), RandomDialect::json);
            case UUID ->
                switch (random.nextInt(3)) {
                    case 0 -> new RandomType("CHAR(36)", List.of("(uuid())", "uuid()"), RandomDialect::uuid);
                    case 1 -> new RandomType("UUID", List.of("uuid()"), RandomDialect::uuid);
                    default -> new RandomType("BINARY(16)", List.of(), i -> "X'0" + i + "'");
                };
            case BYTES ->
                new RandomType(
                        pick("BLOB", "VARBINARY(255)", "BINARY(16)", "LONGBLOB", "MEDIUMBLOB"),
                        List.of(),
                        i -> "X'0" + i + "'");
            case ENUM ->
                new RandomType(
                        "ENUM("
                                + String.join(
                                        ", ",
                                        signature.values().stream()
                                                .map(RandomDialect::literal)
                                                .toList()) + ")",
                        List.of(
                                literal(signature.values().get(0)),
                                literal(signature.values().get(1))),
                        i -> label(signature, i));
        };
    }

    private RandomType string(String w, boolean indexed) {
        int n = pick(40, 80, 120, 191, 255);
        List<String> defaults = List.of("''", "'unknown'", "'it''s'", "'O\\'Reilly'", "\"n/a\"");
        return switch (indexed ? random.nextInt(2) : random.nextInt(4)) {
            case 0 -> new RandomType("VARCHAR(" + n + ")", defaults, i -> text(w, n, i));
            case 1 ->
                new RandomType(
                        pick("NVARCHAR(" + n + ")", "VARCHAR(" + n + ") COLLATE utf8mb4_bin"),
                        defaults,
                        i -> text(w, n, i));
            case 2 -> new RandomType("TEXT", List.of("''", "'unknown'"), i -> text(w, null, i));
            default -> new RandomType(pick("MEDIUMTEXT", "LONGTEXT", "TINYTEXT"), List.of(), i -> text(w, 200, i));
        };
    }

    private RandomType timestamp() {
        String t = pick("DATETIME", "DATETIME(3)", "TIMESTAMP", "TIMESTAMP(6)", "DATETIME(6)");
        String p = t.contains("(") ? t.substring(t.indexOf('(')) : "";
        String now = pick("CURRENT_TIMESTAMP", "current_timestamp", "NOW", "now", "LOCALTIMESTAMP");
        String call = p.isEmpty()
                ? pick(now.equals("CURRENT_TIMESTAMP") || now.equals("LOCALTIMESTAMP") ? now : now + "()", now + "()")
                : now + p;
        return new RandomType(
                t, List.of(call, call, call + " ON UPDATE " + call, "'2024-01-01 00:00:00'"), RandomDialect::timestamp);
    }

    @Override
    List<String> touchTrigger(RandomTable t, String column) {
        return List.of("CREATE TRIGGER " + quote(t.name + "_touch") + " BEFORE UPDATE ON " + table(t)
                + " FOR EACH ROW SET NEW." + quote(column) + " = NOW()");
    }

    @Override
    boolean alterTableForeignKeys() {
        return true;
    }

    @Override
    boolean partialIndexes() {
        return false;
    }

    @Override
    String tableOptions(RandomTable table) {
        return tableOptions;
    }

    @Override
    CommentSyntax comments() {
        return CommentSyntax.INLINE;
    }

    @Override
    int identifierLimit() {
        return 64;
    }
}
