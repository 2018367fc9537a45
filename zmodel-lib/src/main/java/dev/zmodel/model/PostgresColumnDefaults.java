package dev.zmodel.model;

import dev.zmodel.ZModelException;
import dev.zmodel.dialect.JsonbText;
import dev.zmodel.dialect.PostgresDialect;
import dev.zmodel.schema.AutoIncrement;
import dev.zmodel.schema.ColumnType;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * PostgreSQL defaults as {@code pg_get_expr(adbin)} prints them (ruleutils' {@code get_const_expr}): non-negative
 * integers and decimals bare, negative ones quoted with a cast ({@code '-5'::integer}, {@code '-2.5'::numeric}),
 * integers beyond int4 as {@code '…'::bigint}, strings with the column type's cast ({@code 'x'::text},
 * {@code 'x'::character varying}, {@code 'A'::"Role"}), {@code jsonb} in its canonical text, dates and times in
 * ISO form, {@code now()} as {@code CURRENT_TIMESTAMP}, lists as {@code ARRAY[…]}.
 */
final class PostgresColumnDefaults implements ColumnDefaults {
    private static final BigInteger INT4_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger INT4_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
    private static final BigInteger INT8_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger INT8_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final Set<String> TEXT_TYPES = Set.of("text", "varchar", "bpchar");

    @Override
    public AutoIncrement autoIncrement() {
        return AutoIncrement.SEQUENCE;
    }

    @Override
    public String now(ColumnType type, String where) {
        return "CURRENT_TIMESTAMP";
    }

    @Override
    public String literal(DefaultLiteral value, ColumnType type, String where) {
        return switch (value.kind()) {
            case BOOLEAN -> value.text();
            case NUMBER -> number(value.text());
            case ENUM_VALUE -> quote(value.text()) + "::" + typeName(type);
            case STRING -> string(value.text(), type, where);
        };
    }

    private String string(String text, ColumnType type, String where) {
        String cast = "::" + typeName(type);
        return switch (type.name()) {
            case "jsonb" -> {
                String canonical = JsonbText.canonical(text);
                if (canonical == null) {
                    throw new ZModelException(where + ": the default is not valid JSON: " + text);
                }
                yield quote(canonical) + cast;
            }
            case "bytea" -> {
                byte[] bytes;
                try {
                    bytes = Base64.getDecoder().decode(text);
                } catch (IllegalArgumentException e) {
                    throw new ZModelException(where + ": a Bytes default is base64 text; \"" + text + "\" is not.");
                }
                yield quote("\\x" + HexFormat.of().formatHex(bytes)) + cast;
            }
            case "timestamp", "timestamptz", "date", "time", "timetz" -> {
                LocalDateTime t = Temporal.parse(text);
                if (t == null) {
                    throw new ZModelException(where + ": the default \"" + text + "\" is not an ISO-8601 date/time.");
                }
                String printed = switch (type.name()) {
                    case "date" -> Temporal.date(t);
                    case "time" -> Temporal.time(t, -1);
                    case "timetz" -> Temporal.time(t, -1) + "+00";
                    case "timestamptz" -> Temporal.date(t) + " " + Temporal.time(t, -1) + "+00";
                    default -> Temporal.date(t) + " " + Temporal.time(t, -1);
                };
                yield quote(printed) + cast;
            }
            default -> quote(text) + cast;
        };
    }

    @Override
    public String list(List<DefaultLiteral> values, ColumnType type, String where) {
        ColumnType element = type.withArrayDimensions(0);
        if (values.isEmpty()) {
            return "ARRAY[]::" + typeName(element) + "[]";
        }
        return values.stream().map(v -> element(v, element, where)).collect(Collectors.joining(", ", "ARRAY[", "]"));
    }

    /** Elements of {@code ARRAY['a', 'b']}: PostgreSQL types untyped string literals as {@code text}. */
    private String element(DefaultLiteral value, ColumnType element, String where) {
        if (value.kind() == DefaultLiteral.Kind.STRING && TEXT_TYPES.contains(element.name())) {
            return quote(value.text()) + "::text";
        }
        return literal(value, element, where);
    }

    /** {@code get_const_expr}'s rules for a number literal of ZModel ({@code [+-]?digits[.digits]}). */
    static String number(String text) {
        String t = text.startsWith("+") ? text.substring(1) : text;
        if (t.indexOf('.') < 0) {
            BigInteger v = new BigInteger(t);
            if (v.compareTo(INT4_MIN) >= 0 && v.compareTo(INT4_MAX) <= 0) {
                return v.signum() >= 0 ? v.toString() : "'" + v + "'::integer";
            }
            if (v.compareTo(INT8_MIN) >= 0 && v.compareTo(INT8_MAX) <= 0) {
                return "'" + v + "'::bigint";
            }
            return "'" + v + "'::numeric";
        }
        String plain = new BigDecimal(t).toPlainString();
        return plain.startsWith("-") ? "'" + plain + "'::numeric" : plain;
    }

    /** {@code format_type} of a constant's type: SQL names for builtins, quoted identifiers for enums. */
    static String typeName(ColumnType type) {
        String base = switch (type.kind()) {
            case ENUM, USER_DEFINED ->
                (type.schema() == null || type.schema().equals("public") ? "" : identifier(type.schema()) + ".")
                        + identifier(type.name());
            case BUILTIN ->
                switch (type.name()) {
                    case "int2" -> "smallint";
                    case "int4" -> "integer";
                    case "int8" -> "bigint";
                    case "float4" -> "real";
                    case "float8" -> "double precision";
                    case "bool" -> "boolean";
                    case "varchar" -> "character varying";
                    case "bit" -> "\"bit\"";
                    case "varbit" -> "bit varying";
                    case "timestamp" -> "timestamp without time zone";
                    case "timestamptz" -> "timestamp with time zone";
                    case "time" -> "time without time zone";
                    case "timetz" -> "time with time zone";
                    default -> type.name();
                };
        };
        return base + "[]".repeat(type.arrayDimensions());
    }

    /** {@code quote_ident}, as the catalog prints the type name of a cast. */
    static String identifier(String name) {
        return PostgresDialect.INSTANCE.quoteIfNeeded(name);
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
