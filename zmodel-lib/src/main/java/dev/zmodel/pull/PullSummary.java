package dev.zmodel.pull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a pull did, for people: what was read, which models, views and enums were added, removed and changed,
 * and the warnings grouped by kind.
 *
 * @param tables          tables introspected
 * @param views           views introspected
 * @param enums           enums introspected
 * @param changes         declarations added, removed, changed
 * @param warningsByKind  warning messages per kind ({@code CHECK_CONSTRAINT}, {@code NAME_CONFLICT}, ...), in
 *                        the order they first occurred
 */
public record PullSummary(
        int tables, int views, int enums, List<DeclarationChange> changes, Map<String, List<String>> warningsByKind) {
    public PullSummary {
        changes = List.copyOf(changes);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        warningsByKind.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        warningsByKind = java.util.Collections.unmodifiableMap(copy);
    }

    public List<String> names(String kind, DeclarationChange.Change change) {
        return changes.stream()
                .filter(c -> c.kind().equals(kind) && c.change() == change)
                .map(DeclarationChange::name)
                .toList();
    }

    /** The summary as log lines (what changed, warnings by kind); the counts are reported while reading. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        for (String kind : List.of("model", "view", "enum")) {
            List<String> parts = new ArrayList<>();
            for (DeclarationChange.Change c : DeclarationChange.Change.values()) {
                List<String> names = names(kind, c);
                if (!names.isEmpty()) {
                    parts.add(names.size() + " " + c.name().toLowerCase(java.util.Locale.ROOT) + " ("
                            + abbreviate(names) + ")");
                }
            }
            if (!parts.isEmpty()) {
                out.add(capitalize(kind) + "s: " + String.join(", ", parts) + ".");
            }
        }
        if (changes.isEmpty()) {
            out.add("No model, view or enum changed.");
        }
        if (!warningsByKind.isEmpty()) {
            out.add("Warnings: "
                    + warningsByKind.entrySet().stream()
                            .map(e -> e.getValue().size() + " " + e.getKey())
                            .collect(Collectors.joining(", "))
                    + ".");
        }
        return out;
    }

    private static String abbreviate(List<String> names) {
        return names.size() <= 10
                ? String.join(", ", names)
                : String.join(", ", names.subList(0, 10)) + ", … " + (names.size() - 10) + " more";
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
