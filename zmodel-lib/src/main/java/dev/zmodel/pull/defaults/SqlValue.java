package dev.zmodel.pull.defaults;

import java.util.List;

/** A literal read from a SQL default expression, before it is matched against the field's type. */
sealed interface SqlValue {
    /** A quoted string, unescaped. */
    record Str(String value) implements SqlValue {}

    /** A number as written (sign included), e.g. {@code -5}, {@code 1.50}, {@code 1e+10}. */
    record Num(String text) implements SqlValue {}

    record Bool(boolean value) implements SqlValue {}

    record Null() implements SqlValue {}

    /** {@code ARRAY[...]} items. */
    record Array(List<SqlValue> items) implements SqlValue {
        public Array {
            items = List.copyOf(items);
        }
    }
}
