package dev.zmodel.diff;

import dev.zmodel.schema.ColumnType;

/**
 * Classifies a column type change like Prisma's SafeCast/RiskyCast and Atlas's lint: widening is safe,
 * narrowing may fail on the data, rounding or truncating conversions lose data.
 */
final class TypeRisk {
    private TypeRisk() {}

    static DataLoss classify(DiffRules rules, ColumnType from, ColumnType to) {
        if (from.arrayDimensions() != to.arrayDimensions()) {
            return DataLoss.DATA_DEPENDENT;
        }
        TypeFamily a = rules.family(from);
        TypeFamily b = rules.family(to);
        if (a == b) {
            return sameFamily(rules, a, from, to);
        }
        if (b == TypeFamily.STRING) {
            Integer length = rules.size(to);
            return length == null ? DataLoss.SAFE : DataLoss.DATA_DEPENDENT;
        }
        return switch (a) {
            case INTEGER ->
                b == TypeFamily.FLOAT || b == TypeFamily.DECIMAL && digitsFit(from, to, rules)
                        ? DataLoss.SAFE
                        : DataLoss.DATA_DEPENDENT;
            case BOOLEAN -> b == TypeFamily.INTEGER ? DataLoss.SAFE : DataLoss.DATA_DEPENDENT;
            case FLOAT ->
                b == TypeFamily.INTEGER || b == TypeFamily.DECIMAL ? DataLoss.DESTRUCTIVE : DataLoss.DATA_DEPENDENT;
            case DECIMAL ->
                b == TypeFamily.INTEGER && scale(from) > 0 || b == TypeFamily.FLOAT
                        ? DataLoss.DESTRUCTIVE
                        : DataLoss.DATA_DEPENDENT;
            case DATETIME ->
                b == TypeFamily.DATE || b == TypeFamily.TIME ? DataLoss.DESTRUCTIVE : DataLoss.DATA_DEPENDENT;
            case DATE -> b == TypeFamily.DATETIME ? DataLoss.SAFE : DataLoss.DATA_DEPENDENT;
            default -> DataLoss.DATA_DEPENDENT;
        };
    }

    private static DataLoss sameFamily(DiffRules rules, TypeFamily family, ColumnType from, ColumnType to) {
        switch (family) {
            case INTEGER, FLOAT -> {
                Integer a = rules.size(from);
                Integer b = rules.size(to);
                if (from.unsigned() != to.unsigned()) {
                    return from.unsigned() && a != null && b != null && b > a ? DataLoss.SAFE : DataLoss.DATA_DEPENDENT;
                }
                return a != null && b != null && b < a ? DataLoss.DATA_DEPENDENT : DataLoss.SAFE;
            }
            case STRING, BINARY -> {
                Integer a = rules.size(from);
                Integer b = rules.size(to);
                return b == null || a != null && b >= a ? DataLoss.SAFE : DataLoss.DATA_DEPENDENT;
            }
            case DECIMAL -> {
                if (scale(to) < scale(from)) {
                    return DataLoss.DESTRUCTIVE;
                }
                return digitsFit(from, to, rules) ? DataLoss.SAFE : DataLoss.DATA_DEPENDENT;
            }
            case TIME, DATETIME -> {
                int a = from.precision() == null ? 6 : from.precision();
                int b = to.precision() == null ? 6 : to.precision();
                return b < a ? DataLoss.DESTRUCTIVE : DataLoss.SAFE;
            }
            case ENUM -> {
                if (!from.values().isEmpty() || !to.values().isEmpty()) {
                    return to.values().containsAll(from.values()) ? DataLoss.SAFE : DataLoss.DATA_DEPENDENT;
                }
                return from.name().equals(to.name()) ? DataLoss.SAFE : DataLoss.DATA_DEPENDENT;
            }
            default -> {
                return from.name().equalsIgnoreCase(to.name()) ? DataLoss.SAFE : DataLoss.DATA_DEPENDENT;
            }
        }
    }

    private static int scale(ColumnType type) {
        return type.scale() == null ? 0 : type.scale();
    }

    /** True when every value of {@code from} has room in the integer digits of the decimal {@code to}. */
    private static boolean digitsFit(ColumnType from, ColumnType to, DiffRules rules) {
        if (to.precision() == null) {
            return true;
        }
        int toDigits = to.precision() - scale(to);
        if (rules.family(from) == TypeFamily.INTEGER) {
            Integer bytes = rules.size(from);
            int needed = bytes == null
                    ? 19
                    : switch (bytes) {
                        case 1 -> 3;
                        case 2 -> 5;
                        case 3 -> 8;
                        case 4 -> 10;
                        default -> 19;
                    };
            return toDigits >= needed;
        }
        if (from.precision() == null) {
            return false;
        }
        return toDigits >= from.precision() - scale(from);
    }
}
