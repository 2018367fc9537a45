package dev.zmodel.pull.naming;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The relations of a schema, described by ZModel names only, for a {@link RelationNaming} to name: the relations from foreign keys ({@link #inline()}) and the implicit many-to-many relations
 * ({@link #manyToMany()}), both in generation order, and the scalar field names of each model (relation fields must
 * not take them).
 */
public final class RelationSet {
    private final List<Inline> inline;
    private final List<ManyToMany> manyToMany;
    private final Map<String, Set<String>> scalarFields;
    private final Map<Pair, Integer> pairCounts;

    public RelationSet(List<Inline> inline, List<ManyToMany> manyToMany, Map<String, Set<String>> scalarFields) {
        this.inline = List.copyOf(inline);
        this.manyToMany = List.copyOf(manyToMany);
        this.scalarFields = Map.copyOf(scalarFields);
        this.pairCounts = pairCounts();
    }

    public List<Inline> inline() {
        return inline;
    }

    public List<ManyToMany> manyToMany() {
        return manyToMany;
    }

    /**
     * A model: its final ZModel name, and its name before duplicate resolution ({@code base}; Prisma names
     * relation fields after it).
     */
    public record Model(String name, String base) {}

    /**
     * A relation from a foreign key: {@code from} holds the key ({@code fkFields}, the ZModel names of its
     * columns), {@code to} is referenced. {@code oneToOne}: the key columns cover a primary key or unique
     * constraint of {@code from}.
     */
    public record Inline(Model from, Model to, List<String> fkFields, boolean oneToOne) {
        public Inline {
            fkFields = List.copyOf(fkFields);
        }

        public boolean self() {
            return from.name().equals(to.name());
        }
    }

    /** An implicit many-to-many relation: column {@code A} references {@code a}, {@code B} references {@code b}. */
    public record ManyToMany(Model a, Model b, String joinTable) {
        public boolean self() {
            return a.name().equals(b.name());
        }
    }

    /** How many relations (inline and many-to-many, either direction) link the two models. */
    public int relationsBetween(String x, String y) {
        return pairCounts.getOrDefault(new Pair(x, y), 0);
    }

    private Map<Pair, Integer> pairCounts() {
        Map<Pair, Integer> counts = new HashMap<>();
        for (Inline r : inline) {
            counts.merge(new Pair(r.from().name(), r.to().name()), 1, Integer::sum);
        }
        for (ManyToMany r : manyToMany) {
            counts.merge(new Pair(r.a().name(), r.b().name()), 1, Integer::sum);
        }
        return counts;
    }

    public Set<String> scalarFields(String model) {
        return scalarFields.getOrDefault(model, Set.of());
    }

    /** An unordered pair of model names. */
    private record Pair(String first, String second) {
        Pair {
            if (first.compareTo(second) > 0) {
                String t = first;
                first = second;
                second = t;
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Pair p && p.first.equals(first) && p.second.equals(second);
        }

        @Override
        public int hashCode() {
            return Objects.hash(first, second);
        }
    }
}
