package dev.zmodel.diff;

import dev.zmodel.schema.Column;
import dev.zmodel.schema.Table;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Spots drops and adds that look like renames — a table with the same columns or a similar name and most
 * columns shared; a column with the same type and nullability and a similar name (or the only such pair in its
 * table) — and words the hint that would make them renames. It never changes the diff.
 */
final class RenameDetector {
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

    private final DiffRules rules;

    RenameDetector(DiffRules rules) {
        this.rules = rules;
    }

    List<RenameSuggestion> tables(List<Table> dropped, List<Table> added) {
        List<RenameSuggestion> out = new ArrayList<>();
        Set<Table> used = new HashSet<>();
        for (Table d : dropped) {
            Set<String> dCols = names(d);
            Table best = null;
            double bestScore = 0;
            for (Table a : added) {
                if (used.contains(a)
                        || !java.util.Objects.equals(
                                rules.schemaOf(d.schema(), null), rules.schemaOf(a.schema(), null))) {
                    continue;
                }
                Set<String> aCols = names(a);
                Set<String> shared = new HashSet<>(dCols);
                shared.retainAll(aCols);
                double similarity = JARO_WINKLER.apply(d.name(), a.name());
                boolean sameColumns = dCols.equals(aCols);
                boolean similar = similarity >= 0.85 && shared.size() * 2 >= Math.max(dCols.size(), aCols.size());
                double score = (sameColumns ? 1 : 0) + similarity;
                if ((sameColumns || similar) && score > bestScore) {
                    best = a;
                    bestScore = score;
                }
            }
            if (best != null) {
                used.add(best);
                boolean sameColumns = dCols.equals(names(best));
                String schema =
                        rules.usesSchemas() && d.schema() != null && !d.schema().equals(rules.defaultSchema())
                                ? d.schema() + "."
                                : "";
                String hint = schema + d.name() + "=" + best.name();
                out.add(new RenameSuggestion(
                        RenameSuggestion.Kind.TABLE,
                        d.name(),
                        best.name(),
                        hint,
                        "Table `" + d.name() + "` is dropped and `" + best.name() + "` is added with "
                                + (sameColumns ? "the same columns" : "a similar name and columns")
                                + "; if this is a rename, pass the rename hint `" + hint + "` to keep its rows."));
            }
        }
        return withoutImpliedJoinTables(out, dropped);
    }

    /**
     * A join table of a table that looks renamed follows that rename by itself once its hint is given
     * ({@link RenameResolver}), so only the table's hint is suggested.
     */
    private static List<RenameSuggestion> withoutImpliedJoinTables(List<RenameSuggestion> found, List<Table> dropped) {
        Set<String> renamed = found.stream()
                .filter(s -> !s.from().startsWith("_"))
                .map(RenameSuggestion::from)
                .collect(Collectors.toSet());
        return found.stream()
                .filter(s -> dropped.stream()
                        .noneMatch(t -> t.name().equals(s.from())
                                && JoinTables.isJoinTable(t)
                                && t.foreignKeys().stream().anyMatch(fk -> renamed.contains(fk.referencedTable()))))
                .toList();
    }

    List<RenameSuggestion> columns(Table table, List<Column> dropped, List<Column> added) {
        List<RenameSuggestion> out = new ArrayList<>();
        Set<Column> used = new HashSet<>();
        for (Column d : dropped) {
            List<Column> compatible = added.stream()
                    .filter(a -> !used.contains(a)
                            && a.nullable() == d.nullable()
                            && rules.sameType(d.type(), a.type(), table.schema()))
                    .toList();
            long droppedOfType = dropped.stream()
                    .filter(x -> x.nullable() == d.nullable() && rules.sameType(x.type(), d.type(), table.schema()))
                    .count();
            Column best = null;
            double bestScore = -1;
            for (Column a : compatible) {
                double similarity =
                        JARO_WINKLER.apply(d.name().toLowerCase(), a.name().toLowerCase());
                int distance =
                        LEVENSHTEIN.apply(d.name().toLowerCase(), a.name().toLowerCase());
                boolean similar = similarity >= 0.8
                        || distance
                                <= Math.max(
                                        2, Math.min(d.name().length(), a.name().length()) / 3);
                boolean onlyPair = compatible.size() == 1 && droppedOfType == 1;
                if ((similar || onlyPair) && similarity > bestScore) {
                    best = a;
                    bestScore = similarity;
                }
            }
            if (best != null) {
                used.add(best);
                String prefix = (rules.usesSchemas()
                                        && table.schema() != null
                                        && !table.schema().equals(rules.defaultSchema())
                                ? table.schema() + "."
                                : "")
                        + table.name();
                String hint = prefix + "." + d.name() + "=" + prefix + "." + best.name();
                out.add(new RenameSuggestion(
                        RenameSuggestion.Kind.COLUMN,
                        table.name() + "." + d.name(),
                        table.name() + "." + best.name(),
                        hint,
                        "Column `" + table.name() + "." + d.name() + "` is dropped and `" + table.name() + "."
                                + best.name() + "` is added with the same type; if this is a rename, pass the rename "
                                + "hint `" + hint + "` to keep its values."));
            }
        }
        return out;
    }

    private static Set<String> names(Table t) {
        return t.columns().stream().map(Column::name).collect(Collectors.toSet());
    }
}
