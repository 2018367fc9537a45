package dev.zmodel.pull.naming;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * English plural of the last word of an identifier, for back-reference field names ({@code posts},
 * {@code categories}, {@code boxes}, {@code people}). The last word is what follows the last {@code _} or the
 * last upper-case hump ({@code orderItem} → {@code orderItems}, {@code order_item} → {@code order_items}).
 *
 * <ol>
 *   <li>irregular nouns ({@code person} → {@code people}, {@code child} → {@code children}, …) and nouns
 *       without a plural ({@code news}, {@code information}, {@code series}, …);</li>
 *   <li>words that already look plural stay as they are: ending in {@code s} but not in {@code ss},
 *       {@code us}, {@code is} and not one of a few singular {@code -s} nouns ({@code alias}, {@code bus},
 *       {@code gas}, …): {@code users} stays {@code users};</li>
 *   <li>{@code -s}, {@code -x}, {@code -z}, {@code -ch}, {@code -sh} → {@code +es} ({@code box} → {@code boxes},
 *       {@code status} → {@code statuses}); {@code -is} → {@code -es} ({@code analysis} → {@code analyses});</li>
 *   <li>consonant + {@code y} → {@code -ies} ({@code category} → {@code categories}); vowel + {@code y} →
 *       {@code +s} ({@code day} → {@code days});</li>
 *   <li>{@code -f}/{@code -fe} → {@code -ves} for the usual nouns ({@code leaf}, {@code knife}, {@code half}, …);
 *       consonant + {@code o} → {@code +es} for the usual nouns ({@code hero}, {@code potato}, …);</li>
 *   <li>otherwise {@code +s}.</li>
 * </ol>
 * An all-upper-case word gets an upper-case ending ({@code USER} → {@code USERS}).
 */
public final class Plurals {
    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("person", "people"),
            Map.entry("man", "men"),
            Map.entry("woman", "women"),
            Map.entry("child", "children"),
            Map.entry("mouse", "mice"),
            Map.entry("goose", "geese"),
            Map.entry("foot", "feet"),
            Map.entry("tooth", "teeth"),
            Map.entry("ox", "oxen"),
            Map.entry("quiz", "quizzes"),
            Map.entry("datum", "data"),
            Map.entry("medium", "media"),
            Map.entry("criterion", "criteria"),
            Map.entry("phenomenon", "phenomena"),
            Map.entry("index", "indexes"),
            Map.entry("matrix", "matrices"),
            Map.entry("vertex", "vertices"),
            Map.entry("appendix", "appendices"),
            Map.entry("alias", "aliases"),
            Map.entry("atlas", "atlases"),
            Map.entry("bias", "biases"),
            Map.entry("canvas", "canvases"),
            Map.entry("gas", "gases"),
            Map.entry("lens", "lenses"),
            Map.entry("bus", "buses"),
            Map.entry("plus", "pluses"),
            Map.entry("iris", "irises"));
    private static final Set<String> UNCOUNTABLE = Set.of(
            "news",
            "information",
            "equipment",
            "series",
            "species",
            "sheep",
            "fish",
            "deer",
            "data",
            "metadata",
            "feedback",
            "software",
            "hardware",
            "staff",
            "media",
            "people",
            "children",
            "men",
            "women",
            "police",
            "rice",
            "money",
            "music",
            "advice",
            "furniture",
            "luggage",
            "traffic",
            "knowledge",
            "evidence",
            "progress",
            "research",
            "weather",
            "content",
            "audio",
            "analytics");
    private static final Set<String> PLURAL_US = Set.of("menus", "emus", "gnus", "tutus");
    private static final Set<String> VES = Set.of(
            "leaf", "loaf", "half", "calf", "shelf", "self", "elf", "wolf", "thief", "sheaf", "knife", "life", "wife");
    private static final Set<String> OES = Set.of(
            "hero", "potato", "tomato", "echo", "veto", "torpedo", "embargo", "domino", "mosquito", "volcano", "cargo");

    private Plurals() {}

    public static String plural(String identifier) {
        if (identifier.isEmpty()) {
            return identifier;
        }
        int start = lastWordStart(identifier);
        String head = identifier.substring(0, start);
        String word = identifier.substring(start);
        if (word.isEmpty()) {
            return identifier + "s";
        }
        boolean upper = word.length() > 1
                && word.equals(word.toUpperCase(Locale.ROOT))
                && !word.equals(word.toLowerCase(Locale.ROOT));
        String lower = word.toLowerCase(Locale.ROOT);
        String plural = pluralOfLowerCaseWord(lower);
        String result;
        if (plural.startsWith(lower)) {
            String ending = plural.substring(lower.length());
            result = word + (upper ? ending.toUpperCase(Locale.ROOT) : ending);
        } else {
            // irregular stem change: keep the case of the first letter
            String p = upper ? plural.toUpperCase(Locale.ROOT) : plural;
            result = Character.isUpperCase(word.charAt(0)) ? Casings.upperFirst(p) : p;
        }
        return head + result;
    }

    private static int lastWordStart(String s) {
        int underscore = s.lastIndexOf('_');
        int start = underscore >= 0 && underscore < s.length() - 1 ? underscore + 1 : 0;
        for (int i = s.length() - 1; i > start; i--) {
            if (Character.isUpperCase(s.charAt(i)) && Character.isLowerCase(s.charAt(i - 1))) {
                return i;
            }
        }
        return start;
    }

    private static String pluralOfLowerCaseWord(String w) {
        if (UNCOUNTABLE.contains(w) || PLURAL_US.contains(w)) {
            return w;
        }
        String irregular = IRREGULAR.get(w);
        if (irregular != null) {
            return irregular;
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w; // already plural: users, posts
        }
        if (w.endsWith("is")) {
            return w.substring(0, w.length() - 2) + "es";
        }
        if (w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("ch") || w.endsWith("sh")) {
            return w + "es";
        }
        if (w.endsWith("y") && w.length() > 1 && !isVowel(w.charAt(w.length() - 2))) {
            return w.substring(0, w.length() - 1) + "ies";
        }
        if (VES.contains(w)) {
            return w.endsWith("fe") ? w.substring(0, w.length() - 2) + "ves" : w.substring(0, w.length() - 1) + "ves";
        }
        if (OES.contains(w)) {
            return w + "es";
        }
        return w + "s";
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
