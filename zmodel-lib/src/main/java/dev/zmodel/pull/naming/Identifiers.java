package dev.zmodel.pull.naming;

import java.util.regex.Pattern;

/**
 * Prisma's identifier sanitization (docs/db-pull-mapping.md#sanitizing-both-presets): identifiers must match
 * {@code [A-Za-z][A-Za-z0-9_]*}; invalid characters before the first letter are dropped, invalid characters
 * after it are replaced by {@code _} (one per character, counted in code points). The result may be empty
 * (e.g. {@code 42} or {@code 名前}).
 */
public final class Identifiers {
    private static final Pattern VALID = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private Identifiers() {}

    public static boolean isValid(String name) {
        return VALID.matcher(name).matches();
    }

    public static String sanitize(String name) {
        if (isValid(name)) {
            return name;
        }
        StringBuilder out = new StringBuilder();
        boolean started = false;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            boolean letter = cp < 128 && Character.isLetter(cp);
            if (!started) {
                if (letter) {
                    started = true;
                    out.appendCodePoint(cp);
                }
                continue;
            }
            boolean valid = letter || cp >= '0' && cp <= '9' || cp == '_';
            out.append(valid ? (char) cp : '_');
        }
        return out.toString();
    }
}
