package dev.zmodel.pull;

import java.util.List;
import java.util.function.IntFunction;

/**
 * One spelling of a column kind in a dialect: the SQL type, the DEFAULT clauses that fit it (the text after
 * {@code DEFAULT}, which may carry a MySQL {@code ON UPDATE} clause), a literal for row {@code n} of an INSERT, and
 * an optional CHECK that goes with it ({@code %s} is the quoted column).
 */
record RandomType(String sql, List<String> defaults, IntFunction<String> value, String check) {
    RandomType(String sql, List<String> defaults, IntFunction<String> value) {
        this(sql, defaults, value, null);
    }
}
