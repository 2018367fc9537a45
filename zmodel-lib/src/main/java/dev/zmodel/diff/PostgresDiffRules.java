package dev.zmodel.diff;

import dev.zmodel.Provider;
import dev.zmodel.dialect.Dialect;
import dev.zmodel.schema.AutoIncrement;
import dev.zmodel.schema.Column;
import dev.zmodel.schema.ColumnType;
import dev.zmodel.schema.Table;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/** PostgreSQL: {@code pg_type.typname} names, schemas, enum types, temporal precision null meaning 6. */
final class PostgresDiffRules implements DiffRules {
    private static final Set<String> TEMPORAL = Set.of("time", "timetz", "timestamp", "timestamptz", "interval");

    @Override
    public Dialect dialect() {
        return Dialect.of(Provider.POSTGRESQL);
    }

    @Override
    public boolean sameType(ColumnType from, ColumnType to, String tableSchema) {
        if (from.domain() != null && to.domain() != null && !from.domain().equals(to.domain())) {
            return false; // a domain is compared only where both sides state one: ZModel states the base type
        }
        if (!sameKind(from, to)
                || !from.name().equals(to.name())
                || from.isArray() != to.isArray()
                || !Objects.equals(from.length(), to.length())
                || !Objects.equals(from.scale(), to.scale())) {
            return false;
        }
        if (from.kind() != ColumnType.Kind.BUILTIN || to.kind() != ColumnType.Kind.BUILTIN) {
            if ((from.schema() != null || from.isEnum())
                    && (to.schema() != null || to.isEnum())
                    && !Objects.equals(schemaOf(from.schema(), tableSchema), schemaOf(to.schema(), tableSchema))) {
                return false;
            }
        }
        if (TEMPORAL.contains(from.name())) {
            return Objects.equals(orDefault(from.precision()), orDefault(to.precision()));
        }
        return Objects.equals(from.precision(), to.precision());
    }

    /**
     * Enum and user-defined types of one name are the same kind of type: an enum ZModel cannot state (one without
     * values) is an {@code Unsupported("…")} field, which the model reads as a user-defined type.
     */
    private static boolean sameKind(ColumnType from, ColumnType to) {
        return from.isEnum() == to.isEnum()
                || from.kind() != ColumnType.Kind.BUILTIN && to.kind() != ColumnType.Kind.BUILTIN;
    }

    private static Integer orDefault(Integer precision) {
        return precision == null ? 6 : precision;
    }

    @Override
    public boolean sameDefault(Column from, Column to) {
        if (from.autoIncrement() == dev.zmodel.schema.AutoIncrement.SEQUENCE
                && to.autoIncrement() == dev.zmodel.schema.AutoIncrement.SEQUENCE) {
            return true;
        }
        return DiffRules.super.sameDefault(from, to);
    }

    /**
     * A sequence default ({@code serial}) and an identity column are one auto-increment: both number new rows, and
     * ZModel's {@code autoincrement()} states that, not which of the two mechanisms the table uses. Two identity
     * columns still differ by {@code ALWAYS} and {@code BY DEFAULT}.
     */
    @Override
    public boolean sameAutoIncrement(Column from, Column to, Table toTable) {
        AutoIncrement a = from.autoIncrement();
        AutoIncrement b = to.autoIncrement();
        return a == b || a.isAuto() && b.isAuto() && (a == AutoIncrement.SEQUENCE || b == AutoIncrement.SEQUENCE);
    }

    @Override
    public TypeFamily family(ColumnType type) {
        if (type.isEnum()) {
            return TypeFamily.ENUM;
        }
        return switch (type.name()) {
            case "bool" -> TypeFamily.BOOLEAN;
            case "int2", "int4", "int8" -> TypeFamily.INTEGER;
            case "numeric" -> TypeFamily.DECIMAL;
            case "float4", "float8" -> TypeFamily.FLOAT;
            case "text", "varchar", "bpchar", "citext", "name" -> TypeFamily.STRING;
            case "bytea" -> TypeFamily.BINARY;
            case "date" -> TypeFamily.DATE;
            case "time", "timetz" -> TypeFamily.TIME;
            case "timestamp", "timestamptz" -> TypeFamily.DATETIME;
            case "json", "jsonb" -> TypeFamily.JSON;
            case "uuid" -> TypeFamily.UUID;
            default -> TypeFamily.OTHER;
        };
    }

    @Override
    public Integer size(ColumnType type) {
        return switch (type.name()) {
            case "int2" -> 2;
            case "int4", "float4" -> 4;
            case "int8", "float8" -> 8;
            case "varchar", "bpchar" -> type.length();
            default -> null;
        };
    }

    /**
     * PostgreSQL converts with {@code USING ("c"::type)}: text is parsed by the target type's input function (the
     * patterns below are what PostgreSQL 15 accepts), numbers are rounded and must fit, and an explicit cast to
     * {@code varchar(n)} cuts longer values without an error.
     */
    @Override
    public List<ConversionCheck> conversionChecks(ColumnType from, ColumnType to, String column) {
        if (from.arrayDimensions() != 0 || to.arrayDimensions() != 0) {
            return List.of();
        }
        TypeFamily a = family(from);
        String text = column + "::text";
        String type = Names.type(to);
        switch (family(to)) {
            case INTEGER -> {
                int bytes = size(to);
                String range =
                        " NOT BETWEEN " + Conversions.min(bytes, false) + " AND " + Conversions.max(bytes, false);
                if (a == TypeFamily.STRING) {
                    return List.of(new ConversionCheck(
                            "CASE WHEN " + text + " ~ '" + Conversions.INTEGER_TEXT + "' THEN (" + text + ")::numeric"
                                    + range + " ELSE true END",
                            true,
                            "are not integers in the range of " + type));
                }
                if (a == TypeFamily.INTEGER || a == TypeFamily.DECIMAL || a == TypeFamily.FLOAT) {
                    return List.of(new ConversionCheck(
                            "round(" + column + "::numeric)" + range, true, "are outside the range of " + type));
                }
            }
            case DECIMAL -> {
                var limit = Conversions.decimalLimit(to);
                int scale = Conversions.scale(to);
                if (a == TypeFamily.STRING) {
                    return List.of(new ConversionCheck(
                            "CASE WHEN " + text + " ~ '" + Conversions.NUMBER_TEXT + "' THEN "
                                    + (limit == null
                                            ? "false"
                                            : "abs(round((" + text + ")::numeric, " + scale + ")) >= " + limit)
                                    + " ELSE true END",
                            true,
                            "are not numbers" + (limit == null ? "" : " that fit " + type)));
                }
                if (limit != null && (a == TypeFamily.INTEGER || a == TypeFamily.DECIMAL || a == TypeFamily.FLOAT)) {
                    return List.of(new ConversionCheck(
                            "abs(round(" + column + "::numeric, " + scale + ")) >= " + limit,
                            true,
                            "do not fit " + type));
                }
            }
            case FLOAT -> {
                if (a == TypeFamily.STRING) {
                    return List.of(new ConversionCheck(
                            "NOT (" + text + " ~ '" + Conversions.NUMBER_TEXT + "' OR " + text
                                    + " ~* '^[[:space:]]*[+-]?(nan|inf|infinity)[[:space:]]*$')",
                            true,
                            "are not numbers"));
                }
            }
            case BOOLEAN -> {
                if (a == TypeFamily.STRING) {
                    return List.of(new ConversionCheck(
                            "NOT (" + text
                                    + " ~* '^[[:space:]]*(t|tr|tru|true|y|ye|yes|on|of|off|f|fa|fal|fals|false|n|no|1|0)"
                                    + "[[:space:]]*$')",
                            true,
                            "are not booleans"));
                }
            }
            case UUID -> {
                if (a == TypeFamily.STRING) {
                    return List.of(new ConversionCheck(
                            "NOT (" + text + " ~ '^[{]?[0-9a-fA-F]{4}(-?[0-9a-fA-F]{4}){7}[}]?$')",
                            true,
                            "are not UUIDs"));
                }
            }
            case STRING -> {
                Integer length = size(to);
                if (length != null) {
                    return List.of(new ConversionCheck(
                            "char_length(" + text + ") > " + length,
                            false,
                            "are longer than " + length + " characters (the conversion cuts them)"));
                }
            }
            default -> {}
        }
        return List.of();
    }
}
