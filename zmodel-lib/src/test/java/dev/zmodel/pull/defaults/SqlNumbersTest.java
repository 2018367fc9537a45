package dev.zmodel.pull.defaults;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hand-written number checks accept exactly what the regular expressions they replaced accept. */
class SqlNumbersTest {
    private static final Pattern NUMBER = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    /** Every string of up to five characters over the characters a number is made of, and a few others. */
    private static List<String> candidates() {
        char[] alphabet = {'0', '7', '.', '+', '-', 'e', 'E', ' ', 'x'};
        List<String> out = new ArrayList<>(List.of(""));
        List<String> previous = List.of("");
        for (int length = 1; length <= 5; length++) {
            List<String> next = new ArrayList<>();
            for (String p : previous) {
                for (char c : alphabet) {
                    next.add(p + c);
                }
            }
            out.addAll(next);
            previous = next;
        }
        return out;
    }

    @Test
    void agreesWithTheRegularExpressionsOnEveryShortString() {
        List<String> all = candidates();
        int numbers = 0;
        for (String s : all) {
            assertEquals(NUMBER.matcher(s).matches(), SqlNumbers.isNumber(s), () -> "isNumber(\"" + s + "\")");
            assertEquals(INTEGER.matcher(s).matches(), SqlNumbers.isInteger(s), () -> "isInteger(\"" + s + "\")");
            assertEquals(
                    PLAIN_DECIMAL.matcher(s).matches(),
                    SqlNumbers.isPlainDecimal(s),
                    () -> "isPlainDecimal(\"" + s + "\")");
            if (SqlNumbers.isNumber(s)) {
                numbers++;
            }
        }
        assertTrue(numbers > 500, "the candidates include many numbers: " + numbers);
    }

    @Test
    void readsTheNumbersDefaultsHold() {
        assertTrue(SqlNumbers.isNumber("-12.50"));
        assertTrue(SqlNumbers.isNumber("1e-5"));
        assertTrue(SqlNumbers.isNumber(".5"));
        assertTrue(SqlNumbers.isNumber("5."));
        assertFalse(SqlNumbers.isNumber("."));
        assertFalse(SqlNumbers.isNumber("1e"));
        assertFalse(SqlNumbers.isNumber("١٢")); // digits of another script are not SQL digits
        assertTrue(SqlNumbers.isInteger("+42"));
        assertFalse(SqlNumbers.isInteger("4.2"));
        assertTrue(SqlNumbers.isPlainDecimal("-0.25"));
        assertFalse(SqlNumbers.isPlainDecimal("+1"));
        assertFalse(SqlNumbers.isPlainDecimal("1."));
    }
}
