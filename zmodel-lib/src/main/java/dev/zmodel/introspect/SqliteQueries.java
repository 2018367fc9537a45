package dev.zmodel.introspect;

/**
 * The SQLite catalog queries: {@code sqlite_schema} once, then each table-valued pragma joined with it in one
 * query, so the count does not depend on the number of tables. {@code sqlite_*} objects are internal.
 */
final class SqliteQueries {
    private SqliteQueries() {}

    private static final String USER_OBJECT = "s.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'";

    /**
     * Each object with {@code pragma_table_list}'s type of a table: {@code virtual}, {@code shadow} or {@code table}.
     * The pragma's list is read once ({@code MATERIALIZED}) and joined by name: joined directly, SQLite built the
     * list again for every object, with or without a name argument (2 s at 1,000 tables, 37 s at 10,000).
     */
    static final String SCHEMA = """
            WITH t AS MATERIALIZED (SELECT name, type FROM pragma_table_list WHERE schema = 'main')
            SELECT s.type, s.name, s.tbl_name, s.sql, t.type
            FROM sqlite_schema s LEFT JOIN t ON t.name = s.name
            WHERE s.type IN ('table', 'view', 'index', 'trigger') AND %s
            ORDER BY s.name
            """.formatted(USER_OBJECT);

    static final String COLUMNS = """
            SELECT s.name, c.name, c.type, c."notnull", c.dflt_value, c.pk, c.hidden
            FROM sqlite_schema s, pragma_table_xinfo(s.name) c
            WHERE s.type IN ('table', 'view') AND %s
            ORDER BY s.name, c.cid
            """.formatted(USER_OBJECT);

    /** Key columns of every index ({@code key = 1}; the rowid and other auxiliary columns are left out). */
    static final String INDEXES = """
            SELECT s.name, il.name, il."unique", il.origin, il.partial, x.cid, x.name, x."desc"
            FROM sqlite_schema s, pragma_index_list(s.name) il, pragma_index_xinfo(il.name) x
            WHERE s.type = 'table' AND %s AND x.key = 1
            ORDER BY s.name, il.name, x.seqno
            """.formatted(USER_OBJECT);

    /** Foreign keys; SQLite numbers them in reverse declaration order ({@code id} 0 is the last declared). */
    static final String FOREIGN_KEYS = """
            SELECT s.name, f.id, f."table", f."from", f."to", f.on_update, f.on_delete
            FROM sqlite_schema s, pragma_foreign_key_list(s.name) f
            WHERE s.type = 'table' AND %s
            ORDER BY s.name, f.id DESC, f.seq
            """.formatted(USER_OBJECT);
}
