package dev.zmodel.schema;

import java.io.Serializable;

/**
 * A database object ZModel cannot express, which db pull names (in a note on its table's model and a warning) and
 * migrations leave to the database: a trigger, a function, a procedure, a MySQL event, a PostgreSQL sequence no
 * column owns, an SQLite virtual table (its shadow tables are SQLite's and not read at all). Introspection reads only what names it; the objects themselves are the database's.
 *
 * @param kind   what it is
 * @param schema PostgreSQL schema; {@code null} on MySQL/MariaDB and SQLite
 * @param name   its name; functions and procedures on PostgreSQL with their argument types ({@code f(integer)})
 * @param table  the table of a trigger or an index, else {@code null}
 * @param detail a trigger's timing and events as SQL states them ({@code AFTER UPDATE}, {@code BEFORE INSERT OR
 *               DELETE}); a virtual table's {@code USING} clause ({@code USING fts5(title, body)}); an index's storage options
 *               ({@code WITH (fillfactor=70)}); else {@code null}
 */
public record StoredObject(Kind kind, String schema, String name, String table, String detail) implements Serializable {
    public enum Kind {
        TRIGGER,
        FUNCTION,
        PROCEDURE,
        EVENT,
        SEQUENCE,
        VIRTUAL_TABLE,
        FOREIGN_TABLE,
        COVERING_INDEX,
        INDEX_STORAGE,
        TABLE_STORAGE
    }
}
