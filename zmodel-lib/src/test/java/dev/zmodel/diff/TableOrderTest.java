package dev.zmodel.diff;

import dev.zmodel.schema.QualifiedName;
import dev.zmodel.schema.Table;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The order of created and dropped tables: each step takes the first table, in input order, whose waits are all
 * done, and breaks a cycle at the first table not yet done. The library computes it in linear time; here it is
 * held to that definition, computed step by step, on random graphs with self-references, cycles and references to
 * tables outside the list.
 */
class TableOrderTest {

    @Test
    void ordersLikeTheDefinitionOnRandomGraphs() {
        Random random = new Random(15);
        for (int round = 0; round < 500; round++) {
            int n = 1 + random.nextInt(30);
            List<Table> tables = new ArrayList<>();
            Map<QualifiedName, Set<QualifiedName>> references = new HashMap<>();
            for (int i = 0; i < n; i++) {
                tables.add(Table.of("public", "t" + i, List.of(), null));
            }
            for (Table t : tables) {
                Set<QualifiedName> refs = new LinkedHashSet<>();
                for (int k = random.nextInt(4); k > 0; k--) {
                    refs.add(new QualifiedName("public", "t" + random.nextInt(n + 3))); // t{n..}: not in the list
                }
                references.put(t.qualifiedName(), refs);
            }
            List<Table> expected = byDefinition(tables, t -> references.get(t.qualifiedName()));
            List<Table> actual =
                    TableOrder.referencedFirst(tables, t -> references.get(t.qualifiedName()), Table::qualifiedName);
            assertEquals(names(expected), names(actual), "round " + round + ", references " + references);
        }
    }

    @Test
    void createsReferencedTablesFirstAndBreaksACycleAtTheFirstTable() {
        Table a = Table.of("public", "a", List.of(), null);
        Table b = Table.of("public", "b", List.of(), null);
        Table c = Table.of("public", "c", List.of(), null);
        Map<String, Set<QualifiedName>> refs = Map.of(
                "a", Set.of(b.qualifiedName()),
                "b", Set.of(a.qualifiedName()),
                "c", Set.of(a.qualifiedName(), c.qualifiedName()));
        List<Table> order = TableOrder.referencedFirst(List.of(c, a, b), t -> refs.get(t.name()), Table::qualifiedName);
        // c waits for a, a and b wait for each other: the cycle is broken at c (the first table not done), then
        // a waits for b still, so a (the first not done) again, then b
        assertEquals(List.of("c", "a", "b"), names(order));
    }

    /** The definition, one step at a time (quadratic). */
    private static List<Table> byDefinition(
            List<Table> tables, java.util.function.Function<Table, Set<QualifiedName>> references) {
        Map<QualifiedName, Set<QualifiedName>> waitsFor = new LinkedHashMap<>();
        Map<QualifiedName, Table> byKey = new LinkedHashMap<>();
        for (Table t : tables) {
            byKey.put(t.qualifiedName(), t);
        }
        for (Table t : tables) {
            Set<QualifiedName> deps = new LinkedHashSet<>();
            for (QualifiedName r : references.apply(t)) {
                if (byKey.containsKey(r) && !r.equals(t.qualifiedName())) {
                    deps.add(r);
                }
            }
            waitsFor.put(t.qualifiedName(), deps);
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
                for (QualifiedName k : waitsFor.keySet()) {
                    if (!done.contains(k)) {
                        next = k;
                        break;
                    }
                }
            }
            done.add(next);
            out.add(byKey.get(next));
        }
        return out;
    }

    private static List<String> names(List<Table> tables) {
        return tables.stream().map(Table::name).toList();
    }
}
