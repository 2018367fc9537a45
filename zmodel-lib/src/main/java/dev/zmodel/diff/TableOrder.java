package dev.zmodel.diff;

import dev.zmodel.schema.QualifiedName;
import dev.zmodel.schema.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
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
        // Kahn's algorithm over the input order: each step takes the first table (in input order) whose waits are
        // all done, else (a cycle) the first table not done; linear in tables + references, not quadratic
        List<QualifiedName> keys = new ArrayList<>(waitsFor.keySet());
        Map<QualifiedName, Integer> index = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            index.put(keys.get(i), i);
        }
        int[] waiting = new int[keys.size()];
        List<List<Integer>> waiters = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            waiters.add(new ArrayList<>());
        }
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        for (int i = 0; i < keys.size(); i++) {
            for (QualifiedName dep : waitsFor.get(keys.get(i))) {
                waiters.get(index.get(dep)).add(i);
            }
            waiting[i] = waitsFor.get(keys.get(i)).size();
            if (waiting[i] == 0) {
                ready.add(i);
            }
        }
        boolean[] done = new boolean[keys.size()];
        int firstNotDone = 0;
        List<Table> out = new ArrayList<>();
        for (int n = 0; n < keys.size(); n++) {
            int next;
            if (!ready.isEmpty()) {
                next = ready.poll();
            } else {
                while (done[firstNotDone]) {
                    firstNotDone++;
                }
                next = firstNotDone;
            }
            done[next] = true;
            out.add(byKey.get(keys.get(next)));
            for (int w : waiters.get(next)) {
                if (--waiting[w] == 0 && !done[w]) {
                    ready.add(w);
                }
            }
        }
        return out;
    }
}
