package dev.zmodel.pull.naming;

import dev.zmodel.pull.Casing;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * ZenStack v3's casing functions ({@code packages/cli/src/actions/pull/casing.ts}), without the leading-digit
 * prefix (invalid names are sanitized afterwards by {@link Identifiers#sanitize}).
 *
 * <ul>
 *   <li>pascal/camel: a name without lower-case letters is kept as it is ({@code USER_NAME}, {@code ACTIVE});
 *       otherwise each run of {@code _}, {@code -} and spaces is dropped and the following word character
 *       upper-cased, then the first character is upper-cased (pascal) or lower-cased (camel).</li>
 *   <li>snake: runs of {@code -} and spaces become {@code _}, an {@code _} is put between a lower-case letter or
 *       digit and an upper-case letter, then everything is lower-cased.</li>
 *   <li>none: unchanged.</li>
 * </ul>
 */
public final class Casings {
    private static final Pattern SNAKE_SEPARATOR = Pattern.compile("[- ]+");
    private static final Pattern CAMEL_HUMP = Pattern.compile("([a-z0-9])([A-Z])");

    private Casings() {}

    public static String apply(Casing casing, String name) {
        return switch (casing) {
            case PASCAL -> pascal(name);
            case CAMEL -> camel(name);
            case SNAKE -> snake(name);
            case NONE -> name;
        };
    }

    public static String pascal(String name) {
        if (noLowerCase(name)) {
            return name;
        }
        return upperFirst(joinWords(name));
    }

    public static String camel(String name) {
        if (noLowerCase(name)) {
            return name;
        }
        return lowerFirst(joinWords(name));
    }

    public static String snake(String name) {
        String s = SNAKE_SEPARATOR.matcher(name).replaceAll("_");
        s = CAMEL_HUMP.matcher(s).replaceAll("$1_$2");
        return s.toLowerCase(Locale.ROOT);
    }

    public static String upperFirst(String s) {
        if (s.isEmpty()) {
            return s;
        }
        char c = s.charAt(0);
        if (!isAscii(c)) {
            return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
        }
        return isLower(c) ? withFirst(s, (char) (c - ('a' - 'A'))) : s; // no letter to change: no copy
    }

    public static String lowerFirst(String s) {
        if (s.isEmpty()) {
            return s;
        }
        char c = s.charAt(0);
        if (!isAscii(c)) {
            return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
        }
        return isUpper(c) ? withFirst(s, (char) (c + ('a' - 'A'))) : s; // no letter to change: no copy
    }

    /**
     * {@code s} with its first character replaced; ASCII letters change case without {@code toUpperCase}, whose
     * compiled form is large for a method every pulled name passes through.
     */
    private static String withFirst(String s, char first) {
        char[] chars = s.toCharArray();
        chars[0] = first;
        return String.valueOf(chars);
    }

    /** Whether upper-casing leaves {@code name} unchanged; checked without a copy while it is ASCII. */
    private static boolean noLowerCase(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isAscii(c)) {
                return name.equals(name.toUpperCase(Locale.ROOT)); // e.g. ß upper-cases to SS
            }
            if (isLower(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAscii(char c) {
        return c < 128;
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /**
     * Replaces each match of {@code [_\- ]+([A-Za-z0-9_])} by the upper-cased group, as a loop (every pulled name
     * passes here). {@code _} is both a separator and a word character: a run not followed by a word character
     * gives back its last {@code _} as the group, as the regex's backtracking does ({@code a__} → {@code a_}).
     */
    private static String joinWords(String name) {
        if (name.indexOf('_') < 0 && name.indexOf('-') < 0 && name.indexOf(' ') < 0) {
            return name; // nothing to join: no copy
        }
        StringBuilder out = new StringBuilder(name.length());
        int i = 0;
        while (i < name.length()) {
            char c = name.charAt(i);
            if (!separator(c)) {
                out.append(c);
                i++;
                continue;
            }
            int end = i;
            while (end < name.length() && separator(name.charAt(end))) {
                end++;
            }
            int group = end < name.length() && wordCharacter(name.charAt(end)) ? end : name.lastIndexOf('_', end - 1);
            if (group > i) {
                out.append(Character.toUpperCase(name.charAt(group)));
                i = group + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean separator(char c) {
        return c == '_' || c == '-' || c == ' ';
    }

    private static boolean wordCharacter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_';
    }
}
