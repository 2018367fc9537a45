package dev.zmodel.liquibase;

import dev.zmodel.testing.TestDatabase;

import java.util.ArrayList;
import java.util.List;

/**
 * A text picture of a database's schema taken with plain catalog queries — columns with their exact types,
 * nullability, defaults and identity; constraints; indexes; enum types; comments — sorted by name (column order
 * is not compared: a rolled-back drop re-adds a column at the end). Liquibase's own tables are left out. Two
 * databases with equal snapshots have the same schema for every purpose of these tests.
 */
final class CatalogSnapshot {
    private CatalogSnapshot() {}

    static String of(TestDatabase db) {
        List<String> queries = switch (db.provider()) {
            case POSTGRESQL ->
                List.of(
                        "SELECT n.nspname || '.' || c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,"
                                + " pg_get_expr(d.adbin, d.adrelid), a.attidentity, a.attgenerated,"
                                + " col_description(c.oid, a.attnum)"
                                + " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
                                + " JOIN pg_namespace n ON n.oid = c.relnamespace"
                                + " LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
                                + " WHERE c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped"
                                + " AND n.nspname NOT IN ('pg_catalog', 'information_schema')"
                                + " AND c.relname NOT LIKE 'databasechangelog%' ORDER BY 1, 2",
                        "SELECT n.nspname || '.' || c.relname, obj_description(c.oid, 'pg_class') FROM pg_class c"
                                + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'r'"
                                + " AND n.nspname NOT IN ('pg_catalog', 'information_schema')"
                                + " AND c.relname NOT LIKE 'databasechangelog%' ORDER BY 1",
                        "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint"
                                + " WHERE connamespace NOT IN ('pg_catalog'::regnamespace, 'information_schema'::regnamespace)"
                                + " AND contype <> 'n' AND conrelid::regclass::text NOT LIKE '%databasechangelog%'"
                                + " ORDER BY 1, 2",
                        "SELECT schemaname, tablename, indexname, indexdef FROM pg_indexes"
                                + " WHERE schemaname NOT IN ('pg_catalog', 'information_schema')"
                                + " AND tablename NOT LIKE 'databasechangelog%' ORDER BY 1, 2, 3",
                        "SELECT n.nspname || '.' || t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)"
                                + " FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid"
                                + " JOIN pg_namespace n ON n.oid = t.typnamespace GROUP BY 1 ORDER BY 1",
                        "SELECT schemaname || '.' || sequencename, data_type FROM pg_sequences ORDER BY 1",
                        "SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg_%'"
                                + " AND nspname <> 'information_schema' ORDER BY 1");
            case MYSQL ->
                List.of(
                        "SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA, COLUMN_COMMENT"
                                + " FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = database()"
                                + " AND TABLE_NAME NOT LIKE 'DATABASECHANGELOG%' ORDER BY BINARY TABLE_NAME, BINARY COLUMN_NAME",
                        "SELECT TABLE_NAME, TABLE_COMMENT FROM information_schema.TABLES WHERE TABLE_SCHEMA = database()"
                                + " AND TABLE_NAME NOT LIKE 'DATABASECHANGELOG%' ORDER BY BINARY TABLE_NAME",
                        "SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, SEQ_IN_INDEX, COLUMN_NAME, COLLATION, SUB_PART, INDEX_TYPE"
                                + " FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = database()"
                                + " AND TABLE_NAME NOT LIKE 'DATABASECHANGELOG%'"
                                + " ORDER BY BINARY TABLE_NAME, BINARY INDEX_NAME, SEQ_IN_INDEX",
                        "SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION, k.COLUMN_NAME, k.REFERENCED_TABLE_NAME,"
                                + " k.REFERENCED_COLUMN_NAME, r.UPDATE_RULE, r.DELETE_RULE"
                                + " FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r"
                                + " ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME"
                                + " WHERE k.TABLE_SCHEMA = database()"
                                + " ORDER BY BINARY k.TABLE_NAME, BINARY k.CONSTRAINT_NAME, k.ORDINAL_POSITION",
                        "SELECT TABLE_NAME, CONSTRAINT_NAME, CONSTRAINT_TYPE FROM information_schema.TABLE_CONSTRAINTS"
                                + " WHERE TABLE_SCHEMA = database() AND TABLE_NAME NOT LIKE 'DATABASECHANGELOG%'"
                                + " ORDER BY BINARY TABLE_NAME, BINARY CONSTRAINT_NAME");
            case SQLITE ->
                List.of(
                        "SELECT m.name, p.name, p.type, p.\"notnull\", p.dflt_value, p.pk FROM sqlite_master m"
                                + " JOIN pragma_table_info(m.name) p WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'"
                                + " AND m.name NOT LIKE 'DATABASECHANGELOG%' ORDER BY 1, 2",
                        "SELECT m.name, l.name, l.\"unique\", l.origin, l.partial, i.seqno, i.name, x.desc"
                                + " FROM sqlite_master m JOIN pragma_index_list(m.name) l JOIN pragma_index_info(l.name) i"
                                + " JOIN pragma_index_xinfo(l.name) x ON x.seqno = i.seqno"
                                + " WHERE m.type = 'table' AND m.name NOT LIKE 'DATABASECHANGELOG%' ORDER BY 1, 2, 6",
                        "SELECT m.name, f.seq, f.\"table\", f.\"from\", f.\"to\", f.on_update, f.on_delete"
                                + " FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f WHERE m.type = 'table'"
                                + " ORDER BY 1, 3, 4",
                        "SELECT m.name, (m.sql LIKE '%AUTOINCREMENT%') FROM sqlite_master m WHERE m.type = 'table'"
                                + " AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE 'DATABASECHANGELOG%' ORDER BY 1");
        };
        List<String> lines = new ArrayList<>();
        for (String q : queries) {
            for (List<String> row : db.query(q)) {
                lines.add(String.join(" | ", row.stream().map(String::valueOf).toList()));
            }
            lines.add("--");
        }
        return String.join("\n", lines);
    }
}
