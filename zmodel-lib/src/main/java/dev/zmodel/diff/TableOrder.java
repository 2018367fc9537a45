package dev.zmodel.diff;

import dev.zmodel.schema.QualifiedName;
import dev.zmodel.schema.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Orders tables so that a table comes after the tables it waits for — for creates, the tables its foreign keys
 * reference (Atlas's {@code sortMap}); for drops, the tables that reference it.
 * Self-references are ignored; a cycle is broken deterministically at the first table (in input order) that
 * still waits, which is fine because foreign keys are added after all tables exist (or, on SQLite, are not
 * checked when a table is created).
 */
final class TableOrder {
    private TableOrder() {}

    static List<Table> referencedFirst(
            List<Table> tables, Function<Table, Set<QualifiedName>> references, Function<Table, QualifiedName> key) {
        Map<QualifiedName, Table> byKey = new LinkedHashMap<>();
        for (Table t : tables) {
            byKey.put(key.apply(t), t);
        }
        Map<QualifiedName, Set<QualifiedName>> waitsFor = new LinkedHashMap<>();
        for (Table t : tables) {
            Set<QualifiedName> deps = new LinkedHashSet<>();
            for (QualifiedName r : references.apply(t)) {
                if (byKey.containsKey(r) && !r.equals(key.apply(t))) {
                    deps.add(r);
                }
            }
            waitsFor.put(key.apply(t), deps);
        }
        List<Table> out = new ArrayList<>();
        Set<QualifiedName> done = new LinkedHashSet<>();
        while (done.size() < byKey.size()) {
            QualifiedName next = null;
            for (var e : waitsFor.entrySet()) {
                if (!done.contains(e.getKey()) && done.containsAll(e.getValue())) {
                    next = e.getKey();
                    break;
                }
            }
            if (next == null) {
                // A cycle: take the first waiting table.
                next = waitsFor.keySet().stream()
                        .filter(k -> !done.contains(k))
                        .findFirst()
                        .orElseThrow();
            }
            done.add(next);
            out.add(byKey.get(next));
        }
        return out;
    }
}
