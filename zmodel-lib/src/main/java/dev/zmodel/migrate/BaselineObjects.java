package dev.zmodel.migrate;

import dev.zmodel.liquibase.ChangelogEntry;

import java.util.List;
import java.util.Map;

/**
 * What a baseline carries as SQL taken from the database's own definitions, besides the differ's changes, in the
 * slots that keep dependencies: {@code beforeTypes} after the schemas and extensions and before the enum
 * types (PostgreSQL collations), {@code beforeTables} before the tables (sequences, functions that need no table,
 * domains, composite and range types), {@code afterTables} after the tables and their foreign keys (partition
 * attachments, PostgreSQL inheritance, storage options, unlogged tables, covering indexes and shared-sequence
 * defaults, functions over tables, aggregates, foreign servers and tables, views in dependency order, extended
 * statistics, rules, triggers, event triggers, row-level security and policies, comments).
 *
 * @param notCarried what the database has that the baseline does not recreate, one entry per object, each naming
 *                   the object and what happens to it ("domain `public.email` (its columns are created with the base
 *                   type text)")
 * @param tableOptions MySQL/MariaDB: per table, the options its CREATE TABLE states after the columns (engine,
 *                     default collation, row format) where they differ from the database's defaults, and its
 *                     partition clause
 */
record BaselineObjects(
        List<ChangelogEntry.Sql> beforeTypes,
        List<ChangelogEntry.Sql> beforeTables,
        List<ChangelogEntry.Sql> afterTables,
        List<String> notCarried,
        Map<String, String> tableOptions) {
    BaselineObjects {
        beforeTypes = List.copyOf(beforeTypes);
        beforeTables = List.copyOf(beforeTables);
        afterTables = List.copyOf(afterTables);
        notCarried = List.copyOf(notCarried);
        tableOptions = Map.copyOf(tableOptions);
    }

    /** Objects whose tables are created with the default options. */
    BaselineObjects(
            List<ChangelogEntry.Sql> beforeTypes,
            List<ChangelogEntry.Sql> beforeTables,
            List<ChangelogEntry.Sql> afterTables,
            List<String> notCarried) {
        this(beforeTypes, beforeTables, afterTables, notCarried, Map.of());
    }

    /** Every SQL changeset, in slot order. */
    List<ChangelogEntry.Sql> all() {
        List<ChangelogEntry.Sql> out = new java.util.ArrayList<>(beforeTypes);
        out.addAll(beforeTables);
        out.addAll(afterTables);
        return out;
    }
}
