package dev.zmodel.pull;

import dev.zmodel.lang.ast.DataModel;
import dev.zmodel.lang.ast.Field;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The relations of a set of models, each field paired with its opposite: a field with
 * {@code @relation(fields: ...)} with the field of the other model that points back with the same relation
 * name; two list fields pointing at each other with the same name form a many-to-many relation. Linear in the
 * number of fields: the candidate opposites are indexed once by (model, model pointed at, relation name).
 */
final class SchemaRelations {
    private final List<Relation> relations = new ArrayList<>();
    private final Map<Field, Relation> byField = new IdentityHashMap<>();

    /** Where a field without {@code fields:} lives, what it points at, and its relation name. */
    private record Side(DataModel in, DataModel pointingAt, String name) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Side s && s.in == in && s.pointingAt == pointingAt && Objects.equals(s.name, name);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(in) * 31 + System.identityHashCode(pointingAt) * 17 + Objects.hashCode(name);
        }
    }

    private record RelationField(DataModel model, Field field, DataModel target, List<String> fields, String name) {}

    /**
     * @param target the model a field points to (null for non-relation fields)
     * @param column the column of a scalar field of a model, by field name (null when unknown)
     */
    SchemaRelations(
            List<DataModel> models, Function<Field, DataModel> target, BiFunction<DataModel, String, String> column) {
        List<RelationField> all = new ArrayList<>();
        Map<Side, Deque<RelationField>> backSides = new HashMap<>();
        for (DataModel model : models) {
            for (Field f : model.fields()) {
                DataModel to = target.apply(f);
                if (to == null) {
                    continue;
                }
                RelationField rf = new RelationField(model, f, to, Ast.relationFields(f), Ast.relationName(f));
                all.add(rf);
                if (rf.fields().isEmpty()) {
                    backSides
                            .computeIfAbsent(new Side(model, to, rf.name()), k -> new ArrayDeque<>())
                            .add(rf);
                }
            }
        }
        Set<Field> used = Collections.newSetFromMap(new IdentityHashMap<>());
        for (RelationField rf : all) {
            if (rf.fields().isEmpty()) {
                continue;
            }
            Field back = take(backSides.get(new Side(rf.target(), rf.model(), rf.name())), rf.field(), false, used);
            DataModel holder = rf.model();
            List<String> columns = new ArrayList<>(rf.fields().size());
            for (String n : rf.fields()) {
                columns.add(Objects.requireNonNullElse(column.apply(holder, n), n));
            }
            add(
                    new Relation(
                            holder,
                            rf.field(),
                            rf.target(),
                            back,
                            rf.name(),
                            columns,
                            Ast.relationMap(rf.field()),
                            false),
                    used);
        }
        for (RelationField rf : all) {
            if (used.contains(rf.field())
                    || !rf.field().type().list()
                    || !rf.fields().isEmpty()) {
                continue;
            }
            Field other = take(backSides.get(new Side(rf.target(), rf.model(), rf.name())), rf.field(), true, used);
            if (other != null) {
                add(new Relation(rf.model(), rf.field(), rf.target(), other, rf.name(), List.of(), null, true), used);
            }
        }
    }

    /** The first unused candidate that is not {@code self} (and a list, for many-to-many). */
    private static Field take(Deque<RelationField> candidates, Field self, boolean list, Set<Field> used) {
        if (candidates == null) {
            return null;
        }
        for (RelationField c : candidates) {
            if (c.field() != self
                    && !used.contains(c.field())
                    && (!list || c.field().type().list())) {
                return c.field();
            }
        }
        return null;
    }

    private void add(Relation r, Set<Field> used) {
        relations.add(r);
        used.add(r.forward());
        byField.put(r.forward(), r);
        if (r.back() != null) {
            used.add(r.back());
            byField.put(r.back(), r);
        }
    }

    List<Relation> all() {
        return relations;
    }

    /** The relation a field belongs to (either side), or null. */
    Relation of(Field field) {
        return byField.get(field);
    }
}
