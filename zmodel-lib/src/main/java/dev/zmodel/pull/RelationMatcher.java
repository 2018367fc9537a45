package dev.zmodel.pull;

import dev.zmodel.lang.DatabaseNames;
import dev.zmodel.lang.ast.DataModel;
import dev.zmodel.lang.ast.Field;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Pairs the fresh relations of matched models with existing relations, so both relation field names and a
 * custom relation name survive: first by foreign key columns, then by foreign key constraint name
 * ({@code map:}), then by relation name; many-to-many relations by relation name, else when only one links
 * the two models. A fresh relation between a model and its {@code extends} base over the inherited id is the
 * delegate link, which ZModel keeps implicit: it is not written. Existing relations without a foreign key
 * are kept where the database cannot have one: to or from a view, with {@code relationMode = "prisma"}, or
 * to a model that was not introspected.
 */
final class RelationMatcher {
    private RelationMatcher() {}

    static void match(MergePlan plan) {
        Set<Relation> taken = MergePlan.identitySet();
        Map<DataModel, List<Relation>> byModel = new IdentityHashMap<>();
        for (Relation e : plan.existing.relations().all()) {
            byModel.computeIfAbsent(e.holder(), k -> new ArrayList<>()).add(e);
            if (e.target() != e.holder()) {
                byModel.computeIfAbsent(e.target(), k -> new ArrayList<>()).add(e);
            }
        }
        for (Relation r : plan.fresh.relations().all()) {
            DataModel holder = plan.models.get(r.holder());
            DataModel target = plan.models.get(r.target());
            if (holder == null || target == null) {
                continue;
            }
            if (isDelegateLink(plan, r, holder, target)) {
                plan.omitted.put(r.forward(), r.forward().name());
                if (r.back() != null) {
                    plan.omitted.put(r.back(), r.back().name());
                }
                continue;
            }
            Relation e = find(byModel.getOrDefault(holder, List.of()), r, holder, target, taken);
            if (e == null) {
                continue;
            }
            taken.add(e);
            plan.relations.put(r, e);
            boolean swapped = e.holder() != holder;
            put(plan, r.forward(), swapped ? e.back() : e.forward());
            put(plan, r.back(), swapped ? e.forward() : e.back());
        }
        keepRelationsWithoutForeignKey(plan, taken);
    }

    private static void put(MergePlan plan, Field fresh, Field existing) {
        if (fresh != null && existing != null) {
            plan.fields.put(fresh, existing);
        }
    }

    private static Relation find(
            List<Relation> related, Relation r, DataModel holder, DataModel target, Set<Relation> taken) {
        List<Relation> candidates = related.stream()
                .filter(e -> !taken.contains(e) && e.manyToMany() == r.manyToMany())
                .filter(e -> e.holder() == holder && e.target() == target
                        || r.manyToMany() && e.holder() == target && e.target() == holder)
                .toList();
        if (r.manyToMany()) {
            Relation byName = first(candidates, e -> Objects.equals(e.name(), r.name()));
            return byName != null ? byName : candidates.size() == 1 ? candidates.get(0) : null;
        }
        Relation e = first(candidates, c -> c.fkColumns().equals(r.fkColumns()));
        if (e == null) {
            e = first(candidates, c -> new HashSet<>(c.fkColumns()).equals(new HashSet<>(r.fkColumns())));
        }
        if (e == null && r.fkName() != null) {
            e = first(candidates, c -> r.fkName().equals(c.fkName()));
        }
        if (e == null && r.name() != null) {
            e = first(candidates, c -> r.name().equals(c.name()));
        }
        return e;
    }

    private static Relation first(List<Relation> candidates, Predicate<Relation> test) {
        return candidates.stream().filter(test).findFirst().orElse(null);
    }

    /** {@code model Video extends Asset}: the fresh FK from video.id to asset.id is implicit in ZModel. */
    private static boolean isDelegateLink(MergePlan plan, Relation r, DataModel holder, DataModel target) {
        if (r.manyToMany() || plan.existing.index().superModel(holder).orElse(null) != target) {
            return false;
        }
        Set<String> inheritedColumns = new HashSet<>();
        plan.existing.inherited(holder).stream()
                .filter(plan.existing::isColumn)
                .forEach(f -> inheritedColumns.add(DatabaseNames.column(f)));
        return !r.fkColumns().isEmpty() && inheritedColumns.containsAll(r.fkColumns());
    }

    private static void keepRelationsWithoutForeignKey(MergePlan plan, Set<Relation> taken) {
        Set<DataModel> matched = MergePlan.identitySet();
        matched.addAll(plan.models.values());
        Set<Field> matchedFields = MergePlan.identitySet();
        matchedFields.addAll(plan.fields.values());
        boolean emulated = plan.existing.emulatedRelations();
        Set<DataModel> views = MergePlan.identitySet();
        plan.existing.models().stream()
                .filter(m -> m.kind() == DataModel.Kind.VIEW)
                .forEach(views::add);
        plan.models.forEach((fresh, existing) -> {
            if (fresh.kind() == DataModel.Kind.VIEW) {
                views.add(existing);
            }
        });
        for (Relation e : plan.existing.relations().all()) {
            if (taken.contains(e)) {
                continue;
            }
            boolean holderAlive = matched.contains(e.holder()) || plan.untouchedModels.contains(e.holder());
            boolean targetAlive = matched.contains(e.target()) || plan.untouchedModels.contains(e.target());
            boolean noForeignKeyPossible = emulated
                    || views.contains(e.holder())
                    || views.contains(e.target())
                    || plan.untouchedModels.contains(e.holder())
                    || plan.untouchedModels.contains(e.target());
            boolean columnsLeft = Ast.relationFields(e.forward()).stream().allMatch(name -> {
                Field f = plan.existing.allFields(e.holder()).get(name);
                return f != null
                        && (matchedFields.contains(f)
                                || !e.holder().fields().contains(f)
                                || plan.untouchedModels.contains(e.holder()));
            });
            if (holderAlive && targetAlive && noForeignKeyPossible && columnsLeft) {
                plan.keptFields.add(e.forward());
                if (e.back() != null) {
                    plan.keptFields.add(e.back());
                }
            }
        }
    }
}
