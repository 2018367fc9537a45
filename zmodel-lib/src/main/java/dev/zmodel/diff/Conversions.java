package dev.zmodel.diff;

import dev.zmodel.schema.ColumnType;

import java.math.BigInteger;

/** Value ranges and text patterns the dialects' conversion checks share ({@link ConversionCheck}). */
final class Conversions {
    private Conversions() {}

    /** An integer literal as PostgreSQL's and MySQL's integer input accept it (POSIX classes work in both). */
    static final String INTEGER_TEXT = "^[[:space:]]*[+-]?[0-9]+[[:space:]]*$";

    /** A decimal or scientific number literal. */
    static final String NUMBER_TEXT = "^[[:space:]]*[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][+-]?[0-9]+)?[[:space:]]*$";

    /** The smallest value of an integer type of {@code bytes} bytes. */
    static BigInteger min(int bytes, boolean unsigned) {
        return unsigned ? BigInteger.ZERO : BigInteger.TWO.pow(bytes * 8 - 1).negate();
    }

    /** The largest value of an integer type of {@code bytes} bytes. */
    static BigInteger max(int bytes, boolean unsigned) {
        return unsigned
                ? BigInteger.TWO.pow(bytes * 8).subtract(BigInteger.ONE)
                : BigInteger.TWO.pow(bytes * 8 - 1).subtract(BigInteger.ONE);
    }

    /** The first number a {@code decimal(p,s)} cannot hold: 10^(p-s); null when the type states no precision. */
    static BigInteger decimalLimit(ColumnType type) {
        if (type.precision() == null) {
            return null;
        }
        return BigInteger.TEN.pow(type.precision() - (type.scale() == null ? 0 : type.scale()));
    }

    static int scale(ColumnType type) {
        return type.scale() == null ? 0 : type.scale();
    }
}
