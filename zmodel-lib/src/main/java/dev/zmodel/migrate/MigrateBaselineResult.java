package dev.zmodel.migrate;

import dev.zmodel.diff.SchemaChange;

import java.util.List;

/**
 * @param migration  the baseline migration written (and recorded as applied)
 * @param changes    the differ's changes from an empty database to the introspected one (tables, columns, keys,
 *                   indexes, foreign keys, checks, comments of tables and columns, enum types, schemas)
 * @param carried    the changesets of SQL taken from the database's own definitions, by their summary ("Create view
 *                   `public.active_users`", "Create trigger `users_touch` on `public.users`")
 * @param notCarried what the database has that the baseline does not recreate, each naming the object (also warned)
 * @param changesets the migration's changesets, all recorded as applied
 */
public record MigrateBaselineResult(
        Migration migration,
        List<SchemaChange> changes,
        List<String> carried,
        List<String> notCarried,
        int changesets) {
    public MigrateBaselineResult {
        changes = List.copyOf(changes);
        carried = List.copyOf(carried);
        notCarried = List.copyOf(notCarried);
    }
}
