package dev.zmodel.diff;

import dev.zmodel.Provider;
import dev.zmodel.dialect.Dialect;
import dev.zmodel.schema.Column;
import dev.zmodel.schema.ColumnType;
import dev.zmodel.schema.Index;
import dev.zmodel.schema.Table;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * MySQL 8 and MariaDB: {@code DATA_TYPE} names, integer display widths ignored (except {@code tinyint(1)}),
 * temporal precision null meaning 0, inline enums, implicit foreign-key indexes, MariaDB/MySQL spellings of
 * {@code CURRENT_TIMESTAMP} defaults.
 */
final class MySqlDiffRules implements DiffRules {
    private static final Set<String> INTEGERS = Set.of("tinyint", "smallint", "mediumint", "int", "integer", "bigint");
    private static final Set<String> TEMPORAL = Set.of("time", "datetime", "timestamp");

    @Override
    public Dialect dialect() {
        return Dialect.of(Provider.MYSQL);
    }

    @Override
    public boolean sameType(ColumnType from, ColumnType to, String tableSchema) {
        String a = from.name().toLowerCase(Locale.ROOT);
        String b = to.name().toLowerCase(Locale.ROOT);
        // ZModel states UNSIGNED only for integers (@db.Unsigned*); an unsigned DECIMAL, FLOAT or DOUBLE is the
        // database's
        if (!canonical(a).equals(canonical(b))
                || INTEGERS.contains(a) && from.unsigned() != to.unsigned()
                || !from.values().equals(to.values())) {
            return false;
        }
        if (INTEGERS.contains(a)) {
            return !a.equals("tinyint") || isBoolean(from) == isBoolean(to);
        }
        if (a.equals("decimal") || a.equals("numeric")) {
            return Objects.equals(or(from.precision(), 10), or(to.precision(), 10))
                    && Objects.equals(or(from.scale(), 0), or(to.scale(), 0));
        }
        if (TEMPORAL.contains(a)) {
            return Objects.equals(or(from.precision(), 0), or(to.precision(), 0));
        }
        return Objects.equals(from.length(), to.length())
                && Objects.equals(from.precision(), to.precision())
                && Objects.equals(from.scale(), to.scale());
    }

    /** ZModel cannot state UNSIGNED for a DECIMAL, FLOAT or DOUBLE: a column of the same type keeps it. */
    @Override
    public ColumnType effectiveType(ColumnType before, ColumnType target) {
        String a = before.name().toLowerCase(Locale.ROOT);
        if (!before.unsigned()
                || target.unsigned()
                || INTEGERS.contains(a)
                || !canonical(a).equals(canonical(target.name().toLowerCase(Locale.ROOT)))) {
            return target;
        }
        return new ColumnType(
                target.kind(),
                target.schema(),
                target.name(),
                target.length(),
                target.precision(),
                target.scale(),
                target.arrayDimensions(),
                true,
                target.values(),
                target.raw() + " unsigned",
                target.domain());
    }

    private static String canonical(String name) {
        return switch (name) {
            case "integer" -> "int";
            case "numeric" -> "decimal";
            default -> name;
        };
    }

    private static boolean isBoolean(ColumnType type) {
        return type.name().equalsIgnoreCase("tinyint") && Objects.equals(type.length(), 1);
    }

    private static Integer or(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    @Override
    public boolean sameOnUpdate(String from, String to) {
        return Objects.equals(dialect().canonicalDefault(from), dialect().canonicalDefault(to));
    }

    @Override
    public boolean sameAutoIncrement(Column from, Column to, Table toTable) {
        return from.autoIncrement() == to.autoIncrement();
    }

    /**
     * MySQL creates an index named after the constraint for a foreign key whose columns do not start an existing
     * index (or the primary key); the model gets it explicitly, so the migration creates (and its rollback drops)
     * what MySQL would otherwise create behind its back.
     */
    @Override
    public dev.zmodel.schema.DatabaseSchema normalize(dev.zmodel.schema.DatabaseSchema schema) {
        java.util.List<Table> tables = new java.util.ArrayList<>();
        boolean changed = false;
        for (Table t : schema.tables()) {
            java.util.List<Index> indexes = new java.util.ArrayList<>(t.indexes());
            for (var fk : t.foreignKeys()) {
                boolean covered = indexes.stream().anyMatch(i -> startsWith(i.columnNames(), fk.columns()))
                        || t.primaryKey() != null && startsWith(t.primaryKey().columns(), fk.columns());
                if (!covered && fk.name() != null) {
                    indexes.add(Index.of(fk.name(), false, fk.columns()));
                }
            }
            if (indexes.size() != t.indexes().size()) {
                indexes.sort(java.util.Comparator.comparing(Index::name));
                tables.add(t.withIndexes(indexes));
                changed = true;
            } else {
                tables.add(t);
            }
        }
        return changed ? schema.withTables(tables) : schema;
    }

    private static boolean startsWith(java.util.List<String> columns, java.util.List<String> prefix) {
        return columns.size() >= prefix.size()
                && columns.subList(0, prefix.size()).equals(prefix);
    }

    @Override
    public boolean isImplicitIndex(Index index, Table toTable) {
        if (index.unique()) {
            return false;
        }
        return toTable.foreignKeys().stream()
                .anyMatch(fk ->
                        index.name().equals(fk.name()) || index.columnNames().equals(fk.columns()));
    }

    @Override
    public TypeFamily family(ColumnType type) {
        return switch (type.name().toLowerCase(Locale.ROOT)) {
            case "tinyint" -> isBoolean(type) ? TypeFamily.BOOLEAN : TypeFamily.INTEGER;
            case "bool", "boolean" -> TypeFamily.BOOLEAN;
            case "smallint", "mediumint", "int", "integer", "bigint", "year" -> TypeFamily.INTEGER;
            case "decimal", "numeric" -> TypeFamily.DECIMAL;
            case "float", "double", "real" -> TypeFamily.FLOAT;
            case "char", "varchar", "tinytext", "text", "mediumtext", "longtext" -> TypeFamily.STRING;
            case "binary", "varbinary", "tinyblob", "blob", "mediumblob", "longblob" -> TypeFamily.BINARY;
            case "date" -> TypeFamily.DATE;
            case "time" -> TypeFamily.TIME;
            case "datetime", "timestamp" -> TypeFamily.DATETIME;
            case "json" -> TypeFamily.JSON;
            case "enum", "set" -> TypeFamily.ENUM;
            default -> TypeFamily.OTHER;
        };
    }

    @Override
    public Integer size(ColumnType type) {
        return switch (type.name().toLowerCase(Locale.ROOT)) {
            case "tinyint", "year" -> 1;
            case "smallint" -> 2;
            case "mediumint" -> 3;
            case "int", "integer", "float" -> 4;
            case "bigint", "double", "real" -> 8;
            case "char", "varchar", "binary", "varbinary" -> type.length();
            case "tinytext", "tinyblob" -> 255;
            case "text", "blob" -> 65_535;
            case "mediumtext", "mediumblob" -> 16_777_215;
            default -> null;
        };
    }

    /**
     * MySQL and MariaDB convert with {@code MODIFY} under strict mode (their default): a value that is not a number
     * of the target's range, a string longer than the new length or a value outside the new enum stops the
     * statement. Patterns: what their string-to-number conversion accepts without a warning.
     */
    @Override
    public List<ConversionCheck> conversionChecks(ColumnType from, ColumnType to, String column) {
        TypeFamily a = family(from);
        String type = Names.type(to);
        boolean numeric =
                a == TypeFamily.INTEGER || a == TypeFamily.DECIMAL || a == TypeFamily.FLOAT || a == TypeFamily.BOOLEAN;
        switch (family(to)) {
            case INTEGER, BOOLEAN -> {
                Integer bytes = size(to) == null && family(to) == TypeFamily.BOOLEAN ? Integer.valueOf(1) : size(to);
                if (bytes == null || to.name().equalsIgnoreCase("year")) {
                    return List.of();
                }
                String range = " NOT BETWEEN " + Conversions.min(bytes, to.unsigned()) + " AND "
                        + Conversions.max(bytes, to.unsigned());
                if (a == TypeFamily.STRING) {
                    return List.of(new ConversionCheck(
                            "CASE WHEN " + column + " REGEXP '" + Conversions.INTEGER_TEXT + "' THEN CAST(" + column
                                    + " AS DECIMAL(65,0))" + range + " ELSE 1 END",
                            true,
                            "are not integers in the range of " + type));
                }
                if (numeric) {
                    return List.of(new ConversionCheck(
                            "ROUND(" + column + ")" + range, true, "are outside the range of " + type));
                }
            }
            case DECIMAL -> {
                var limit = Conversions.decimalLimit(to);
                int scale = Conversions.scale(to);
                if (a == TypeFamily.STRING) {
                    return List.of(new ConversionCheck(
                            "CASE WHEN " + column + " REGEXP '" + Conversions.NUMBER_TEXT + "' THEN "
                                    + (limit == null
                                            ? "0"
                                            : "ABS(ROUND(" + column + " + 0e0, " + scale + ")) >= " + limit)
                                    + " ELSE 1 END",
                            true,
                            "are not numbers" + (limit == null ? "" : " that fit " + type)));
                }
                if (limit != null && numeric) {
                    return List.of(new ConversionCheck(
                            "ABS(ROUND(" + column + ", " + scale + ")) >= " + limit, true, "do not fit " + type));
                }
            }
            case FLOAT -> {
                if (a == TypeFamily.STRING) {
                    return List.of(new ConversionCheck(
                            "NOT (" + column + " REGEXP '" + Conversions.NUMBER_TEXT + "')", true, "are not numbers"));
                }
            }
            case STRING -> {
                Integer length = size(to);
                if (length != null) {
                    boolean characters =
                            to.name().equalsIgnoreCase("char") || to.name().equalsIgnoreCase("varchar");
                    return List.of(new ConversionCheck(
                            (characters ? "CHAR_LENGTH(" : "LENGTH(") + column + ") > " + length,
                            true,
                            "are longer than " + length + (characters ? " characters" : " bytes")));
                }
            }
            case ENUM -> {
                if (to.values().isEmpty()) {
                    return List.of();
                }
                if (a == TypeFamily.ENUM) {
                    List<String> removed = from.values().stream()
                            .filter(v -> !to.values().contains(v))
                            .toList();
                    return removed.isEmpty()
                            ? List.of()
                            : List.of(new ConversionCheck(
                                    column + " IN (" + literals(removed) + ")",
                                    true,
                                    "hold the removed " + (removed.size() == 1 ? "value " : "values ")
                                            + Names.list(removed)));
                }
                return List.of(new ConversionCheck(
                        column + " NOT IN (" + literals(to.values()) + ")", true, "are not values of " + type));
            }
            default -> {}
        }
        return List.of();
    }

    private String literals(List<String> values) {
        return String.join(
                ", ",
                values.stream()
                        .map(v -> "'" + v.replace("\\", "\\\\").replace("'", "''") + "'")
                        .toList());
    }
}
