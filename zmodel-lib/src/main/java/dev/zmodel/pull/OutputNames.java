package dev.zmodel.pull;

import dev.zmodel.lang.ast.DataModel;
import dev.zmodel.lang.ast.Declaration;
import dev.zmodel.lang.ast.EnumDecl;
import dev.zmodel.lang.ast.EnumValue;
import dev.zmodel.lang.ast.Field;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides the output names: a matched declaration, field, value or relation keeps the existing name; a new
 * one gets the generator's name unless that is taken by something the user kept, then a numeric suffix and a
 * warning (the database name stays in {@code @map}/{@code @@map}, so the next pull matches it again). A
 * relation gets a name only where the output needs one (self relations, several relations between the same
 * two models), preferring the user's name, then the generator's.
 */
final class OutputNames {
    private OutputNames() {}

    static void assign(MergePlan plan) {
        declarations(plan);
        Set<Field> surviving = MergePlan.identitySet();
        surviving.addAll(plan.fields.values());
        surviving.addAll(plan.keptFields);
        surviving.addAll(plan.duplicateFields);
        plan.fresh.models().forEach(m -> fields(plan, m, surviving));
        Set<EnumValue> survivingValues = MergePlan.identitySet();
        survivingValues.addAll(plan.values.values());
        plan.fresh.enums().forEach(e -> values(plan, e, survivingValues));
        relations(plan);
    }

    private static void declarations(MergePlan plan) {
        NameAllocator names = new NameAllocator();
        Set<Object> matched = MergePlan.identitySet();
        matched.addAll(plan.models.values());
        matched.addAll(plan.enums.values());
        for (var d : plan.existing.documents().stream()
                .flatMap(doc -> doc.declarations().stream())
                .toList()) {
            boolean kept = d instanceof DataModel m
                    ? m.kind() == DataModel.Kind.TYPE || matched.contains(m) || plan.untouchedModels.contains(m)
                    : d instanceof EnumDecl e ? matched.contains(e) || plan.untouchedEnums.contains(e) : false;
            if (kept) {
                names.reserve(d.name());
            }
        }
        for (Declaration d : plan.fresh.declarations()) {
            Declaration existing = d instanceof DataModel m ? plan.models.get(m) : plan.enums.get((EnumDecl) d);
            if (existing != null) {
                plan.typeNames.put(d.name(), existing.name());
                continue;
            }
            String name = names.allocate(d.name());
            plan.typeNames.put(d.name(), name);
            if (!name.equals(d.name())) {
                plan.warn(
                        MergeWarning.Kind.NAME_CONFLICT,
                        kind(d) + " " + d.name(),
                        "the name is taken by a" + " declaration of the existing schema; the new " + kind(d)
                                + " is called " + name + ".");
            }
        }
    }

    private static String kind(Declaration d) {
        return d instanceof DataModel m ? m.kind().keyword() : "enum";
    }

    /** @param surviving the existing fields that stay in the output (matched or kept) */
    private static void fields(MergePlan plan, DataModel fresh, Set<Field> surviving) {
        Map<String, String> out = new HashMap<>();
        plan.fieldNames.put(fresh, out);
        NameAllocator names = new NameAllocator();
        DataModel existing = plan.models.get(fresh);
        if (existing != null) {
            existing.fields().stream().filter(surviving::contains).forEach(f -> names.reserve(f.name()));
            plan.existing.inherited(existing).forEach(f -> names.reserve(f.name()));
        }
        for (Field f : fresh.fields()) {
            Field match = plan.fields.get(f);
            if (match != null) {
                out.put(f.name(), match.name());
            } else if (plan.omitted.containsKey(f)) {
                out.put(f.name(), plan.omitted.get(f));
            }
        }
        for (Field f : fresh.fields()) {
            if (out.containsKey(f.name())) {
                continue;
            }
            String name = names.allocate(f.name());
            out.put(f.name(), name);
            if (!name.equals(f.name())) {
                plan.warn(
                        MergeWarning.Kind.NAME_CONFLICT,
                        plan.typeName(fresh.name()) + "." + f.name(),
                        "the name is taken by a field of the existing model; the new field is called " + name + ".");
            }
        }
    }

    private static void values(MergePlan plan, EnumDecl fresh, Set<EnumValue> surviving) {
        Map<String, String> out = new HashMap<>();
        plan.valueNames.put(fresh, out);
        NameAllocator names = new NameAllocator();
        EnumDecl existing = plan.enums.get(fresh);
        if (existing != null) {
            existing.values().stream().filter(surviving::contains).forEach(v -> names.reserve(v.name()));
        }
        for (EnumValue v : fresh.values()) {
            EnumValue match = plan.values.get(v);
            if (match != null) {
                out.put(v.name(), match.name());
            }
        }
        for (EnumValue v : fresh.values()) {
            if (!out.containsKey(v.name())) {
                out.put(v.name(), names.allocate(v.name()));
            }
        }
    }

    /** Relation names: the user's where there was one, else one only where the output needs a name. */
    private static void relations(MergePlan plan) {
        Map<Set<String>, Integer> perPair = new HashMap<>();
        List<Relation> written = plan.fresh.relations().all().stream()
                .filter(r -> !plan.omitted.containsKey(r.forward()))
                .toList();
        for (Relation r : written) {
            perPair.merge(
                    pair(
                            plan.typeName(r.holder().name()),
                            plan.typeName(r.target().name())),
                    1,
                    Integer::sum);
        }
        for (Relation e : plan.existing.relations().all()) {
            if (plan.keptFields.contains(e.forward())) {
                perPair.merge(pair(e.holder().name(), e.target().name()), 1, Integer::sum);
            }
        }
        Map<Set<String>, Set<String>> usedPerPair = new HashMap<>();
        for (Relation e : plan.existing.relations().all()) {
            if (plan.keptFields.contains(e.forward()) && e.name() != null) {
                usedPerPair
                        .computeIfAbsent(pair(e.holder().name(), e.target().name()), k -> new HashSet<>())
                        .add(e.name());
            }
        }
        for (Relation r : written) {
            Set<String> key = pair(
                    plan.typeName(r.holder().name()), plan.typeName(r.target().name()));
            boolean needed = r.isSelf() || perPair.get(key) > 1;
            Relation e = plan.relations.get(r);
            String name;
            if (e != null && e.name() != null) {
                name = e.name();
            } else if (e == null && r.name() != null) {
                name = r.name();
            } else if (needed) {
                name = r.name() != null ? r.name() : synthesized(plan, r);
            } else {
                name = null;
            }
            if (name != null) {
                Set<String> used = usedPerPair.computeIfAbsent(key, k -> new HashSet<>());
                String unique = name;
                for (int i = 2; !used.add(unique); i++) {
                    unique = name + i;
                }
                name = unique;
            }
            plan.relationNames.put(r, name);
        }
    }

    private static Set<String> pair(String a, String b) {
        return a.equals(b) ? Set.of(a) : Set.of(a, b);
    }

    private static String synthesized(MergePlan plan, Relation r) {
        String holder = plan.typeName(r.holder().name());
        String target = plan.typeName(r.target().name());
        return r.manyToMany() ? holder + "To" + target : holder + "_" + String.join("_", r.fkColumns()) + "To" + target;
    }
}
