package dev.zmodel.pull.defaults;

import dev.zmodel.lang.ast.Expr;
import dev.zmodel.schema.Column;
import dev.zmodel.schema.Table;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * PostgreSQL defaults as {@code pg_get_expr} prints them (Prisma's {@code postgres/default.rs}):
 * <ul>
 *   <li>{@code serial}/{@code nextval(…)} (any sequence) and identity columns → {@code autoincrement()};</li>
 *   <li>{@code now()}, {@code CURRENT_TIMESTAMP} on DateTime → {@code now()};</li>
 *   <li>literals with any casts eaten ({@code 'x'::text}, {@code 'x'::character varying}, {@code 'abc'::bpchar},
 *       {@code '{}'::jsonb}, {@code '-5'::integer}): strings ({@code ''} and {@code E'…'} escapes decoded),
 *       numbers, booleans, enum members by their ZModel name, arrays ({@code ARRAY[…]} and {@code '{…}'}),
 *       {@code bytea} {@code '\x…'} as base64 (Prisma's form);</li>
 *   <li>{@code NULL::type} → no default;</li>
 *   <li>everything else → {@code dbgenerated("<expression>")}, e.g. {@code gen_random_uuid()},
 *       {@code CURRENT_DATE}, {@code (now() + '14 days'::interval)}, and literals of {@code uuid}, temporal and
 *       Unsupported columns ({@code '2020-01-01'::date}).</li>
 * </ul>
 */
final class PostgresDefaultMapping implements DefaultMapping {
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
        Optional<SqlValue> parsed = new Parser(expr).parseAll();
        if (parsed.isPresent() && parsed.get() instanceof SqlValue.Null) {
            return DefaultValue.NONE;
        }
        if (target.unsupported()) {
            return new DefaultValue.DbGenerated(raw);
        }
        if (target.is("DateTime") && !target.list()) {
            String upper = expr.toUpperCase(Locale.ROOT);
            return upper.equals("NOW()") || upper.equals("CURRENT_TIMESTAMP")
                    ? DefaultValue.NOW
                    : new DefaultValue.DbGenerated(raw);
        }
        if (column.type().name().equals("uuid") && !column.type().isEnum()) {
            return new DefaultValue.DbGenerated(raw);
        }
        if (parsed.isEmpty()) {
            return new DefaultValue.DbGenerated(raw);
        }
        SqlValue value = parsed.get();
        if (target.is("Bytes") && !target.list()) {
            return bytea(value).<DefaultValue>map(DefaultValue.Literal::new).orElse(new DefaultValue.DbGenerated(raw));
        }
        if (target.list() && value instanceof SqlValue.Str s) {
            Optional<SqlValue> array = ArrayText.parse(s.value());
            if (array.isEmpty()) {
                return new DefaultValue.DbGenerated(raw);
            }
            value = array.get();
        }
        return Literals.convert(value, target)
                .<DefaultValue>map(DefaultValue.Literal::new)
                .orElse(new DefaultValue.DbGenerated(raw));
    }

    /** {@code '\xdeadbeef'::bytea} → base64, as Prisma writes Bytes defaults. */
    private static Optional<Expr> bytea(SqlValue value) {
        if (value instanceof SqlValue.Str s && s.value().startsWith("\\x")) {
            try {
                byte[] bytes = HexFormat.of().parseHex(s.value().substring(2));
                return Optional.of(Expr.StringLiteral.of(Base64.getEncoder().encodeToString(bytes)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * {@code value ('::' type)*} where value is a string ({@code '…'}, {@code E'…'}), a number, {@code true},
     * {@code false}, {@code NULL}, {@code ARRAY[value, …]} or a parenthesised value; anything left over makes it
     * an expression.
     */
    private static final class Parser {
        private final String text;
        private int pos;

        Parser(String text) {
            this.text = text;
        }

        Optional<SqlValue> parseAll() {
            SqlValue v = value();
            skipSpaces();
            return v != null && pos == text.length() ? Optional.of(v) : Optional.empty();
        }

        private SqlValue value() {
            skipSpaces();
            if (pos >= text.length()) {
                return null;
            }
            SqlValue v = primary();
            if (v == null) {
                return null;
            }
            while (true) {
                skipSpaces();
                if (!text.startsWith("::", pos)) {
                    return v;
                }
                pos += 2;
                if (!typeName()) {
                    return null;
                }
            }
        }

        private SqlValue primary() {
            char c = text.charAt(pos);
            if (c == '\'') {
                return string(SqlStrings.Escapes.NONE, pos);
            }
            if ((c == 'E' || c == 'e') && pos + 1 < text.length() && text.charAt(pos + 1) == '\'') {
                return string(SqlStrings.Escapes.POSTGRES, pos + 1);
            }
            if (c == '(') {
                pos++;
                SqlValue inner = value();
                skipSpaces();
                if (inner == null || pos >= text.length() || text.charAt(pos) != ')') {
                    return null;
                }
                pos++;
                return inner;
            }
            if (c == '-' || c == '+' || c == '.' || Character.isDigit(c)) {
                int start = pos;
                pos++;
                while (pos < text.length()
                        && (Character.isDigit(text.charAt(pos))
                                || text.charAt(pos) == '.'
                                || text.charAt(pos) == 'e'
                                || text.charAt(pos) == 'E'
                                || (text.charAt(pos) == '-' || text.charAt(pos) == '+')
                                        && (text.charAt(pos - 1) == 'e' || text.charAt(pos - 1) == 'E'))) {
                    pos++;
                }
                String number = text.substring(start, pos);
                return SqlNumbers.isNumber(number) ? new SqlValue.Num(number) : null;
            }
            String word = word();
            return switch (word.toLowerCase(Locale.ROOT)) {
                case "true" -> new SqlValue.Bool(true);
                case "false" -> new SqlValue.Bool(false);
                case "null" -> new SqlValue.Null();
                case "array" -> array();
                default -> null;
            };
        }

        private SqlValue string(SqlStrings.Escapes escapes, int quote) {
            SqlStrings.Read read = SqlStrings.read(text, quote, escapes);
            if (read == null) {
                return null;
            }
            pos = read.end();
            return new SqlValue.Str(read.value());
        }

        private SqlValue array() {
            skipSpaces();
            if (pos >= text.length() || text.charAt(pos) != '[') {
                return null;
            }
            pos++;
            List<SqlValue> items = new ArrayList<>();
            skipSpaces();
            if (pos < text.length() && text.charAt(pos) == ']') {
                pos++;
                return new SqlValue.Array(items);
            }
            while (true) {
                SqlValue item = value();
                if (item == null) {
                    return null;
                }
                items.add(item);
                skipSpaces();
                if (pos >= text.length()) {
                    return null;
                }
                char c = text.charAt(pos++);
                if (c == ']') {
                    return new SqlValue.Array(items);
                }
                if (c != ',') {
                    return null;
                }
            }
        }

        /** A type name after {@code ::}: words, quoted identifiers, dots, {@code (n, m)} and {@code []}. */
        private boolean typeName() {
            skipSpaces();
            int start = pos;
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c == '"') {
                    int close = text.indexOf('"', pos + 1);
                    if (close < 0) {
                        return false;
                    }
                    pos = close + 1;
                } else if (Character.isLetterOrDigit(c) || c == '_' || c == '.') {
                    pos++;
                } else if (c == '[' && pos + 1 < text.length() && text.charAt(pos + 1) == ']') {
                    pos += 2;
                } else if (c == ' '
                        && pos + 1 < text.length()
                        && (Character.isLetter(text.charAt(pos + 1)) || text.charAt(pos + 1) == '(')) {
                    pos++;
                } else if (c == '(') {
                    int close = text.indexOf(')', pos);
                    if (close < 0 || !text.substring(pos + 1, close).matches("[0-9 ,]*")) {
                        return false;
                    }
                    pos = close + 1;
                } else {
                    break;
                }
            }
            return pos > start;
        }

        private String word() {
            int start = pos;
            while (pos < text.length() && Character.isLetter(text.charAt(pos))) {
                pos++;
            }
            return text.substring(start, pos);
        }

        private void skipSpaces() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }
    }
}
