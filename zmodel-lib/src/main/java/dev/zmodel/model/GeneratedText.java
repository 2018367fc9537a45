package dev.zmodel.model;

import dev.zmodel.schema.Generated;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A generated column as db pull writes it: {@code Unsupported("<type> GENERATED ALWAYS AS (<expression>) STORED")}
 * (or {@code VIRTUAL}). The model reads it as the column's type and its generation expression, so migrations
 * create the column as a generated column again.
 *
 * @param type the column type's text before {@code GENERATED}
 */
record GeneratedText(String type, Generated generated) {
    private static final Pattern GENERATED =
            Pattern.compile("(?is)^\\s*(.+?)\\s+GENERATED\\s+ALWAYS\\s+AS\\s*\\((.*)\\)\\s*(STORED|VIRTUAL)?\\s*$");

    /** The parts of an {@code Unsupported} text with a {@code GENERATED ALWAYS AS} clause; null for any other text. */
    static GeneratedText of(String text) {
        Matcher m = GENERATED.matcher(text);
        if (!m.matches()) {
            return null;
        }
        boolean stored =
                m.group(3) != null && m.group(3).toUpperCase(Locale.ROOT).equals("STORED");
        return new GeneratedText(m.group(1).strip(), new Generated(m.group(2).strip(), stored));
    }
}
