package dev.zmodel.pull.naming;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Prisma's identifier sanitization (docs/db-pull-mapping.md#sanitizing-both-presets): identifiers must match
 * {@code [A-Za-z][A-Za-z0-9_]*}; invalid characters before the first letter are dropped, invalid characters
 * after it are replaced by {@code _} (one per character, counted in code points). Latin letters outside ASCII are
 * first transliterated ({@code größe} → {@code grosse}, {@code Ünïcødé} → {@code Unicode}); other scripts are not, so
 * the result may be empty (e.g. {@code 42} or {@code 名前}).
 */
public final class Identifiers {
    private Identifiers() {}

    /** {@code [A-Za-z][A-Za-z0-9_]*}, as a loop: every pulled name passes here, mostly on a cold JVM. */
    public static boolean isValid(String name) {
        if (name.isEmpty() || !asciiLetter(name.charAt(0))) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!asciiLetter(c) && !(c >= '0' && c <= '9') && c != '_') {
                return false;
            }
        }
        return true;
    }

    private static boolean asciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    public static String sanitize(String name) {
        if (isValid(name)) {
            return name;
        }
        name = transliterate(name);
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

    /**
     * Latin letters with diacritics lose them ({@code ü} → {@code u}), and the letters that are not a base letter
     * plus marks are spelled out ({@code ß} → {@code ss}, {@code ø} → {@code o}, {@code æ} → {@code ae}); characters
     * of other scripts are left as they are.
     */
    static String transliterate(String name) {
        if (isAscii(name)) {
            return name; // nearly every database name: nothing to transliterate
        }
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128 || Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN) {
                out.appendCodePoint(cp);
                continue;
            }
            String special = SPECIAL.get(cp);
            if (special != null) {
                out.append(special);
                continue;
            }
            String base = MARKS.matcher(Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD))
                    .replaceAll("");
            out.append(
                    base.chars().allMatch(c -> c < 128) && !base.isEmpty() ? base : new String(Character.toChars(cp)));
        }
        return out.toString();
    }

    private static boolean isAscii(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private static final Map<Integer, String> SPECIAL = Map.ofEntries(
            Map.entry((int) 'ß', "ss"),
            Map.entry((int) 'ẞ', "SS"),
            Map.entry((int) 'ø', "o"),
            Map.entry((int) 'Ø', "O"),
            Map.entry((int) 'æ', "ae"),
            Map.entry((int) 'Æ', "AE"),
            Map.entry((int) 'œ', "oe"),
            Map.entry((int) 'Œ', "OE"),
            Map.entry((int) 'đ', "d"),
            Map.entry((int) 'Đ', "D"),
            Map.entry((int) 'ð', "d"),
            Map.entry((int) 'Ð', "D"),
            Map.entry((int) 'ł', "l"),
            Map.entry((int) 'Ł', "L"),
            Map.entry((int) 'þ', "th"),
            Map.entry((int) 'Þ', "TH"),
            Map.entry((int) 'ı', "i"),
            Map.entry((int) 'ħ', "h"),
            Map.entry((int) 'Ħ', "H"));
}
