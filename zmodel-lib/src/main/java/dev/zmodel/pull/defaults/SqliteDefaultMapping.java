package dev.zmodel.pull.defaults;

import dev.zmodel.schema.Column;
import dev.zmodel.schema.Table;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * SQLite defaults as {@code PRAGMA table_info.dflt_value} gives them (Prisma's {@code sqlite.rs}):
 * <ul>
 *   <li>a single-column primary key whose declared type is exactly {@code INTEGER} (the rowid alias, with or
 *       without {@code AUTOINCREMENT}) → {@code autoincrement()} (Prisma's rule; the field is required);</li>
 *   <li>{@code CURRENT_TIMESTAMP}, {@code datetime('now')} on DateTime → {@code now()}; so is
 *       {@code datetime('now', 'localtime')} by Prisma's rules, while the exact rules (zenstack preset) keep it as
 *       {@code dbgenerated} — local time is not the UTC time {@code now()} creates;</li>
 *   <li>literals: {@code 'x'} strings ({@code ''} escapes), numbers, {@code 0}/{@code 1}/{@code TRUE}/{@code FALSE}
 *       on Boolean;</li>
 *   <li>everything else → {@code dbgenerated("<expression>")} as written — also {@code datetime('now')} on a
 *       String column (Prisma writes it as a string literal, which would store the text, not the time).</li>
 * </ul>
 */
final class SqliteDefaultMapping implements DefaultMapping {
    private static final Pattern NOW = Pattern.compile("(?i)^(current_timestamp|datetime\\(\\s*'now'\\s*\\))$");
    private static final Pattern LOCAL_NOW = Pattern.compile("(?i)^datetime\\(\\s*'now'\\s*,\\s*'localtime'\\s*\\)$");
    private final boolean exact;

    SqliteDefaultMapping(boolean exact) {
        this.exact = exact;
    }

    @Override
    public DefaultValue map(Table table, Column column, DefaultTarget target) {
        if (column.autoIncrement().isAuto() || isIntegerPrimaryKey(table, column)) {
            return DefaultValue.AUTO_INCREMENT;
        }
        String raw = column.defaultValue();
        if (raw == null) {
            return DefaultValue.NONE;
        }
        String expr = unwrap(raw.strip());
        if (expr.equalsIgnoreCase("NULL")) {
            return DefaultValue.NONE;
        }
        if (target.unsupported()) {
            return new DefaultValue.DbGenerated(raw);
        }
        if (target.is("DateTime") && !target.list()) {
            return NOW.matcher(expr).matches()
                            || !exact && LOCAL_NOW.matcher(expr).matches()
                    ? DefaultValue.NOW
                    : new DefaultValue.DbGenerated(raw);
        }
        Optional<SqlValue> literal = literal(expr);
        if (literal.isEmpty()) {
            return new DefaultValue.DbGenerated(raw);
        }
        SqlValue value = literal.get();
        if (target.is("Boolean") && value instanceof SqlValue.Num n) {
            value = switch (n.text()) {
                case "1" -> new SqlValue.Bool(true);
                case "0" -> new SqlValue.Bool(false);
                default -> value;
            };
        }
        return Literals.convert(value, target)
                .<DefaultValue>map(DefaultValue.Literal::new)
                .orElse(new DefaultValue.DbGenerated(raw));
    }

    /** Prisma: a single-column primary key with declared type exactly INTEGER is auto-incrementing. */
    static boolean isIntegerPrimaryKey(Table table, Column column) {
        return table != null
                && table.primaryKey() != null
                && table.primaryKey().columns().size() == 1
                && table.primaryKey().columns().get(0).equals(column.name())
                && column.type().raw() != null
                && column.type().raw().strip().equalsIgnoreCase("INTEGER");
    }

    /** A parenthesised literal {@code (0)} is the literal. */
    private static String unwrap(String expr) {
        String e = expr;
        while (e.length() > 1
                && e.startsWith("(")
                && e.endsWith(")")
                && literal(e.substring(1, e.length() - 1).strip()).isPresent()) {
            e = e.substring(1, e.length() - 1).strip();
        }
        return e;
    }

    private static Optional<SqlValue> literal(String expr) {
        if (expr.startsWith("'")) {
            SqlStrings.Read read = SqlStrings.read(expr, 0, SqlStrings.Escapes.NONE);
            return read != null && read.end() == expr.length()
                    ? Optional.of(new SqlValue.Str(read.value()))
                    : Optional.empty();
        }
        if (SqlNumbers.isNumber(expr)) {
            return Optional.of(new SqlValue.Num(expr));
        }
        return switch (expr.toLowerCase(Locale.ROOT)) {
            case "true" -> Optional.of(new SqlValue.Bool(true));
            case "false" -> Optional.of(new SqlValue.Bool(false));
            default -> Optional.empty();
        };
    }
}
