package dev.zmodel.pull.defaults;

import dev.zmodel.schema.Column;
import dev.zmodel.schema.Table;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * MySQL/MariaDB defaults as the introspector normalises them (quoted string literals, bare numbers, expressions
 * as written; Prisma's {@code mysql.rs}):
 * <ul>
 *   <li>{@code AUTO_INCREMENT} → {@code autoincrement()};</li>
 *   <li>{@code current_timestamp}, {@code current_timestamp(n)}, {@code now()} on DateTime → {@code now()};</li>
 *   <li>literals: {@code 'x'} (with {@code ''} and backslash escapes) on String/Json, numbers on numeric fields,
 *       {@code 0}/{@code 1}/{@code b'0'}/{@code b'1'} on Boolean, enum members;</li>
 *   <li>temporal literals ({@code '2020-01-01 00:00:00'}) and literals of other types →
 *       {@code dbgenerated("'…'")};</li>
 *   <li>any other expression (MySQL 8 {@code DEFAULT_GENERATED}, MariaDB's unquoted expressions such as
 *       {@code uuid()}) → {@code dbgenerated("(expr)")}, parenthesised when it is not already.</li>
 * </ul>
 */
final class MySqlDefaultMapping implements DefaultMapping {
    private static final Pattern CURRENT_TIMESTAMP =
            Pattern.compile("(?i)^(current_timestamp|now|localtimestamp)(\\([0-9]*\\))?$");
    private static final Pattern BIT = Pattern.compile("(?i)^b'([01]+)'$");

    @Override
    public DefaultValue map(Table table, Column column, DefaultTarget target) {
        if (column.autoIncrement().isAuto()) {
            return DefaultValue.AUTO_INCREMENT;
        }
        String raw = column.defaultValue();
        if (raw == null) {
            return DefaultValue.NONE;
        }
        String expr = raw.strip();
        if (expr.equalsIgnoreCase("NULL")) {
            return DefaultValue.NONE;
        }
        Optional<SqlValue> literal = literal(expr);
        if (literal.isEmpty()) {
            if (target.is("DateTime") && CURRENT_TIMESTAMP.matcher(expr).matches()) {
                return DefaultValue.NOW;
            }
            return new DefaultValue.DbGenerated(expr.startsWith("(") && expr.endsWith(")") ? expr : "(" + expr + ")");
        }
        if (target.unsupported() || target.is("DateTime") || target.is("Bytes")) {
            return new DefaultValue.DbGenerated(expr);
        }
        SqlValue value = literal.get();
        if (target.is("Boolean")) {
            Optional<Boolean> bool = bool(expr, value);
            return bool.<DefaultValue>map(b -> new DefaultValue.Literal(dev.zmodel.lang.ast.Expr.BooleanLiteral.of(b)))
                    .orElse(new DefaultValue.DbGenerated(expr));
        }
        return Literals.convert(value, target)
                .<DefaultValue>map(DefaultValue.Literal::new)
                .orElse(new DefaultValue.DbGenerated(expr));
    }

    private static Optional<SqlValue> literal(String expr) {
        if (expr.startsWith("'")) {
            SqlStrings.Read read = SqlStrings.read(expr, 0, SqlStrings.Escapes.MYSQL);
            return read != null && read.end() == expr.length()
                    ? Optional.of(new SqlValue.Str(read.value()))
                    : Optional.empty();
        }
        if (SqlNumbers.isNumber(expr)) {
            return Optional.of(new SqlValue.Num(expr));
        }
        if (BIT.matcher(expr).matches()) {
            return Optional.of(new SqlValue.Num(expr));
        }
        return switch (expr.toLowerCase(Locale.ROOT)) {
            case "true" -> Optional.of(new SqlValue.Bool(true));
            case "false" -> Optional.of(new SqlValue.Bool(false));
            default -> Optional.empty();
        };
    }

    private static Optional<Boolean> bool(String expr, SqlValue value) {
        if (value instanceof SqlValue.Bool b) {
            return Optional.of(b.value());
        }
        String t = value instanceof SqlValue.Str s ? s.value() : expr;
        var bit = BIT.matcher(t);
        if (bit.matches()) {
            t = bit.group(1).replaceFirst("^0+(?=.)", "");
        }
        return switch (t.toLowerCase(Locale.ROOT)) {
            case "1", "true" -> Optional.of(true);
            case "0", "false" -> Optional.of(false);
            default -> Optional.empty();
        };
    }
}
