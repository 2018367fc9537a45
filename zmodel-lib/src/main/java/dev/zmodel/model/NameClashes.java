package dev.zmodel.model;

import dev.zmodel.ZModelException;
import dev.zmodel.schema.ForeignKey;
import dev.zmodel.schema.Index;
import dev.zmodel.schema.Table;

import java.util.HashMap;
import java.util.Map;

/**
 * Two objects the database would have to give the same name (Prisma rejects such a schema too): two indexes of a
 * table (e.g. {@code @unique} and {@code @@unique([f])} both named {@code T_f_key}), two foreign keys of a table,
 * and on PostgreSQL two tables, indexes or primary keys of one schema (they share a namespace there).
 */
final class NameClashes {
    private NameClashes() {}

    static void check(java.util.List<Table> tables, boolean schemaWideNames) {
        Map<String, String> schemaWide = new HashMap<>();
        for (Table t : tables) {
            Map<String, String> indexes = new HashMap<>();
            for (Index i : t.indexes()) {
                clash(indexes, i.name(), "index " + i.name() + " " + i.columnNames(), t);
            }
            Map<String, String> foreignKeys = new HashMap<>();
            for (ForeignKey fk : t.foreignKeys()) {
                clash(foreignKeys, fk.name(), "foreign key " + fk.name() + " " + fk.columns(), t);
            }
            if (schemaWideNames) {
                String schema = t.schema() + ".";
                clash(schemaWide, schema + t.name(), "table " + t.name(), t);
                if (t.primaryKey() != null) {
                    clash(
                            schemaWide,
                            schema + t.primaryKey().name(),
                            "primary key " + t.primaryKey().name(),
                            t);
                }
                for (Index i : t.indexes()) {
                    clash(schemaWide, schema + i.name(), "index " + i.name(), t);
                }
            }
        }
    }

    private static void clash(Map<String, String> seen, String name, String what, Table table) {
        String where = what + " of table " + table.name();
        String before = seen.putIfAbsent(name, where);
        if (before != null) {
            throw new ZModelException("Two database objects would be named `" + name + "`: the " + before + " and the "
                    + where + ". Give one of them another name with map: \"…\" (or remove the duplicate "
                    + "@unique/@@unique/@@index).");
        }
    }
}
