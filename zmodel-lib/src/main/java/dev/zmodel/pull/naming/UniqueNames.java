package dev.zmodel.pull.naming;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves duplicate names deterministically. Of the entries that want the same name, the first <em>preferred</em>
 * one (e.g. the one whose database name already equals the ZModel name, so it needs no {@code @map}) keeps it,
 * else the first in order; the others, in order, get the smallest suffix {@code 2}, {@code 3}, … that is free —
 * not taken, not assigned, and not wanted by any other entry (so a suffix never steals a later name). A name
 * that ends with a digit gets {@code _2}, {@code _3}, … instead ({@code Table1} → {@code Table1_2}).
 */
public final class UniqueNames {
    private UniqueNames() {}

    /** An entry: the name it wants, and whether it has priority in its group. */
    public record Wish(String name, boolean preferred) {
        public static Wish of(String name) {
            return new Wish(name, false);
        }
    }

    /**
     * @param wishes the names wanted, in order
     * @param taken  names already in use that no entry may get
     * @return the resolved names, index by index
     */
    public static List<String> resolve(List<Wish> wishes, Set<String> taken) {
        List<String> names = distinctNames(wishes, taken);
        if (names != null) {
            return names;
        }
        Set<String> wanted = new HashSet<>();
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < wishes.size(); i++) {
            wanted.add(wishes.get(i).name());
            groups.computeIfAbsent(wishes.get(i).name(), k -> new ArrayList<>()).add(i);
        }
        String[] result = new String[wishes.size()];
        Set<String> used = new HashSet<>(taken);
        for (Map.Entry<String, List<Integer>> group : groups.entrySet()) {
            if (taken.contains(group.getKey())) {
                continue;
            }
            int winner = group.getValue().get(0);
            for (int i : group.getValue()) {
                if (wishes.get(i).preferred()) {
                    winner = i;
                    break;
                }
            }
            result[winner] = group.getKey();
            used.add(group.getKey());
        }
        for (int i = 0; i < wishes.size(); i++) {
            if (result[i] != null) {
                continue;
            }
            String base = wishes.get(i).name();
            for (int n = 2; ; n++) {
                String candidate = withSuffix(base, n);
                if (!used.contains(candidate) && !wanted.contains(candidate)) {
                    result[i] = candidate;
                    used.add(candidate);
                    break;
                }
            }
        }
        return List.of(result);
    }

    /** The wished names when they are all distinct and free (the usual case, which needs no grouping), else null. */
    private static List<String> distinctNames(List<Wish> wishes, Set<String> taken) {
        Set<String> seen = new HashSet<>();
        String[] names = new String[wishes.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = wishes.get(i).name();
            if (taken.contains(names[i]) || !seen.add(names[i])) {
                return null;
            }
        }
        return List.of(names);
    }

    public static String withSuffix(String base, int n) {
        boolean digit = !base.isEmpty() && Character.isDigit(base.charAt(base.length() - 1));
        return base + (digit ? "_" : "") + n;
    }
}
