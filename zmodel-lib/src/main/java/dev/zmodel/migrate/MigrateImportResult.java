package dev.zmodel.migrate;

import java.util.List;

/**
 * @param migrations   the imported migrations as they are now in the migrations directory, in order
 * @param written      the folders written by this run (empty when an earlier run imported them)
 * @param recorded     the migrations recorded as applied on the database by this run
 * @param applied      the migrations Prisma finished on the database (recorded now or earlier)
 * @param pending      the imported migrations that are not applied on the database: no finished row in
 *                     {@code _prisma_migrations}, failed or rolled back there, or the database has no such table
 * @param prismaHistory true when the database has {@code _prisma_migrations}
 * @param warnings     what was reported: failed and rolled-back migrations, checksum mismatches, rows without a folder
 */
public record MigrateImportResult(
        List<Migration> migrations,
        List<String> written,
        List<String> recorded,
        List<String> applied,
        List<String> pending,
        boolean prismaHistory,
        List<String> warnings) {
    public MigrateImportResult {
        migrations = List.copyOf(migrations);
        written = List.copyOf(written);
        recorded = List.copyOf(recorded);
        applied = List.copyOf(applied);
        pending = List.copyOf(pending);
        warnings = List.copyOf(warnings);
    }
}
