package dev.zmodel.pull;

import dev.zmodel.lang.ast.DataModel;
import dev.zmodel.lang.ast.Field;

import java.util.ArrayList;
import java.util.Collections;
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
 * name; two list fields pointing at each other with the same name form a many-to-many relation.
 */
final class RelationSet {
    private final List<Relation> relations = new ArrayList<>();
    private final Map<Field, Relation> byField = new IdentityHashMap<>();

    /**
     * @param target the model a field points to (null for non-relation fields)
     * @param column the column of a scalar field of a model, by field name (null when unknown)
     */
    RelationSet(List<DataModel> models, Function<Field, DataModel> target, BiFunction<DataModel, String, String> column) {
        Set<Field> used = Collections.newSetFromMap(new IdentityHashMap<>());
        for (DataModel holder : models) {
            for (Field f : holder.fields()) {
                DataModel to = target.apply(f);
                List<String> fields = Ast.relationFields(f);
                if (to == null || fields.isEmpty()) {
                    continue;
                }
                String name = Ast.relationName(f);
                Field back = opposite(to, holder, f, name, false, target, used);
                List<String> columns = fields.stream().map(n -> Objects.requireNonNullElse(column.apply(holder, n), n)).toList();
                add(new Relation(holder, f, to, back, name, columns, Ast.relationMap(f), false), used);
            }
        }
        for (DataModel holder : models) {
            for (Field f : holder.fields()) {
                DataModel to = target.apply(f);
                if (to == null || used.contains(f) || !f.type().list() || !Ast.relationFields(f).isEmpty()) {
                    continue;
                }
                String name = Ast.relationName(f);
                Field other = opposite(to, holder, f, name, true, target, used);
                if (other != null) {
                    add(new Relation(holder, f, to, other, name, List.of(), null, true), used);
                }
            }
        }
    }

    private static Field opposite(DataModel in, DataModel pointingAt, Field self, String name, boolean list,
                                  Function<Field, DataModel> target, Set<Field> used) {
        for (Field g : in.fields()) {
            if (g != self && !used.contains(g) && target.apply(g) == pointingAt && Ast.relationFields(g).isEmpty()
                    && Objects.equals(Ast.relationName(g), name) && (!list || g.type().list())) {
                return g;
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
