package dev.zmodel.migrate;

import dev.zmodel.Provider;
import dev.zmodel.schema.DatabaseSchema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The catalog reads of {@code migrate-baseline} for what introspection does not carry into a {@link DatabaseSchema}
 * or the differ does not create — views, functions and routines, triggers, sequences, extensions, comments of other
 * objects — as the SQL that recreates them, taken from the database's own definitions ({@code pg_get_viewdef},
 * {@code pg_get_functiondef}, {@code pg_get_triggerdef}, {@code information_schema}, {@code sqlite_master.sql}), plus
 * the names of what it cannot carry. A few bulk queries per dialect, never one per object; one implementation per
 * dialect, picked only by {@link #forProvider}.
 */
interface BaselineCatalog {
    static BaselineCatalog forProvider(Provider provider) {
        return switch (provider) {
            case POSTGRESQL -> new PostgresBaselineCatalog();
            case MYSQL -> new MySqlBaselineCatalog();
            case SQLITE -> new SqliteBaselineCatalog();
        };
    }

    /**
     * @param schema the introspected database (its schemas bound the reads)
     */
    BaselineObjects read(Connection connection, DatabaseSchema schema) throws SQLException;

    /**
     * The items in an order where each comes after the ones it depends on (among the items), otherwise in the given
     * order; a dependency cycle keeps the given order for the items in it.
     */
    static <T> List<T> dependenciesFirst(List<T> items, Function<T, String> key, Function<T, Set<String>> dependsOn) {
        Map<String, T> byKey = new LinkedHashMap<>();
        items.forEach(i -> byKey.put(key.apply(i), i));
        Set<String> done = new LinkedHashSet<>();
        Set<String> visiting = new LinkedHashSet<>();
        List<T> out = new ArrayList<>();
        for (T item : items) {
            visit(item, byKey, key, dependsOn, done, visiting, out);
        }
        return out;
    }

    private static <T> void visit(
            T item,
            Map<String, T> byKey,
            Function<T, String> key,
            Function<T, Set<String>> dependsOn,
            Set<String> done,
            Set<String> visiting,
            List<T> out) {
        String k = key.apply(item);
        if (done.contains(k) || !visiting.add(k)) {
            return;
        }
        for (String d : dependsOn.apply(item)) {
            T dep = byKey.get(d);
            if (dep != null && !d.equals(k)) {
                visit(dep, byKey, key, dependsOn, done, visiting, out);
            }
        }
        visiting.remove(k);
        done.add(k);
        out.add(item);
    }
}
