package dev.zmodel.pull.defaults;

/**
 * The shapes of number the default mappings accept, checked by hand rather than by regular expressions: every
 * pulled column default passes here, and a matcher per default was the mapping's largest cost on a cold JVM.
 */
final class SqlNumbers {
    private SqlNumbers() {}

    /** {@code [+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?}: a SQL numeric literal, with a sign. */
    static boolean isNumber(String s) {
        int start = sign(s, 0);
        int end = digits(s, start);
        boolean whole = end > start;
        if (end < s.length() && s.charAt(end) == '.') {
            int fraction = digits(s, end + 1);
            if (!whole && fraction == end + 1) {
                return false; // "." alone
            }
            end = fraction;
        } else if (!whole) {
            return false;
        }
        if (end < s.length() && (s.charAt(end) == 'e' || s.charAt(end) == 'E')) {
            int exponent = sign(s, end + 1);
            end = digits(s, exponent);
            if (end == exponent) {
                return false;
            }
        }
        return end == s.length();
    }

    /** {@code [+-]?[0-9]+}. */
    static boolean isInteger(String s) {
        int start = sign(s, 0);
        int end = digits(s, start);
        return end > start && end == s.length();
    }

    /** {@code -?[0-9]+(\.[0-9]+)?}: a number ZModel writes as it is (no {@code +}, no exponent). */
    static boolean isPlainDecimal(String s) {
        int start = s.startsWith("-") ? 1 : 0;
        int end = digits(s, start);
        if (end == start) {
            return false;
        }
        if (end == s.length()) {
            return true;
        }
        if (s.charAt(end) != '.') {
            return false;
        }
        int fraction = digits(s, end + 1);
        return fraction > end + 1 && fraction == s.length();
    }

    private static int sign(String s, int i) {
        return i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-') ? i + 1 : i;
    }

    /** The index after the run of ASCII digits starting at {@code from}. */
    private static int digits(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }
}
