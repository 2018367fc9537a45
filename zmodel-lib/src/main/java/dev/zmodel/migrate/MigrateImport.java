package dev.zmodel.migrate;

import dev.zmodel.AtomicFiles;
import dev.zmodel.Listener;
import dev.zmodel.Provider;
import dev.zmodel.ZModelException;
import dev.zmodel.datasource.Connections;
import dev.zmodel.datasource.LiquibaseSettings;
import dev.zmodel.liquibase.AppliedChangeset;
import dev.zmodel.liquibase.ChangelogFormat;
import dev.zmodel.liquibase.ChangelogHistory;
import dev.zmodel.liquibase.LiquibaseRunner;
import dev.zmodel.liquibase.MasterChangelog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static dev.zmodel.PropertyNames.APPLIED;
import static dev.zmodel.PropertyNames.CHECK_DRIFT;
import static dev.zmodel.PropertyNames.FROM;
import static dev.zmodel.PropertyNames.flag;

/**
 * {@code migrate-import} (docs/migrations.md#coming-from-prisma--zenstack): takes over a Prisma or ZenStack
 * migrations directory ({@link PrismaMigrations}). Each {@code <timestamp>_<name>/migration.sql} becomes a migration
 * of ours with the same folder name, in the same order: a formatted-SQL changelog whose one changeset is the Prisma
 * SQL, byte for byte, after a two-line header. On the database, the migrations {@code _prisma_migrations} has
 * finished (and not rolled back) are recorded as applied without running them (Liquibase {@code changelogSync});
 * failed and rolled-back ones stay pending and are reported, and so are recorded checksums that do not match the
 * files and rows without a folder.
 *
 * <p>Everything is checked before anything is written: the lock file's provider, the folders, a migrations directory
 * that already holds a folder of the same name with other content, or migrations of ours that would sort between the
 * imported ones. Running it again writes nothing and records only what is missing, so it is also how another
 * database migrated by Prisma (staging, production) gets its history: {@code migrate-import} against that database.
 */
public final class MigrateImport {
    private static final String GOAL = "migrate-import";

    /** Lines formatted SQL would read as its own directives, which an imported script must not contain. */
    private static final Pattern DIRECTIVE = Pattern.compile(
            "(?im)^[ \\t]*--[ \\t]*(changeset|rollback|preconditions?|include|includeAll|property|ignoreLines|"
                    + "validCheckSum|liquibase formatted)\\b.*$");

    private MigrateImport() {}

    /**
     * @param from the Prisma migrations directory ({@code prisma/migrations}, ZenStack's {@code zenstack/migrations})
     */
    public static MigrateImportResult run(MigrateOptions options, Path from) {
        Listener listener = options.listener();
        Provider provider = options.provider();
        String db = options.database().displayUrl();
        MigrateDialect dialect = MigrateDialect.forProvider(provider);
        Path target = options.migrations().toAbsolutePath().normalize();
        if (from.toAbsolutePath().normalize().equals(target)) {
            throw new ZModelException("The Prisma migrations are in " + target + ", the migrations directory they "
                    + "are to be imported into (ZenStack's default, zenstack/migrations, is also ours). Nothing was "
                    + "written. Move them away first, e.g. mv " + target + " "
                    + target.resolveSibling("prisma-migrations")
                    + ", then run mvn zenstack:migrate-import "
                    + flag(FROM, target.resolveSibling("prisma-migrations").toString()) + ".");
        }
        PrismaMigrations source = PrismaMigrations.read(from, provider);
        MigrationsDirectory dir = MigrationsDirectory.read(options.migrations(), provider);
        Map<String, String> changelogs = source.scripts().stream()
                .collect(Collectors.toMap(
                        PrismaMigrations.Script::name,
                        s -> changelog(s, dialect),
                        (a, b) -> a,
                        java.util.LinkedHashMap::new));
        List<PrismaMigrations.Script> toWrite = checkTarget(source, dir, changelogs);
        dialect.requireExisting(options.database(), GOAL);
        try (Connection c = Connections.open(options.database(), GOAL);
                AutoCloseable lock = dialect.lock(c, options.lockTimeout(), listener)) {
            LiquibaseLock.awaitFree(c, options, false, GOAL);
            Optional<PrismaHistory> history = PrismaHistory.read(c, dialect, db);
            List<String> warnings = new ArrayList<>();
            List<PrismaMigrations.Script> applied = new ArrayList<>();
            List<String> pending = new ArrayList<>();
            for (PrismaMigrations.Script s : source.scripts()) {
                Optional<PrismaHistory.Row> row = history.flatMap(h -> h.applied(s.name()));
                if (row.isPresent()) {
                    applied.add(s);
                    if (!s.matches(row.get().checksum())) {
                        warnings.add(s.name() + " was edited after Prisma applied it on " + db + ": "
                                + PrismaHistory.TABLE + " has the checksum "
                                + row.get().checksum() + ", the file "
                                + s.file() + " has " + s.checksum() + ". It is recorded as applied (the database ran "
                                + "the recorded version); mvn zenstack:migrate-status " + flag(CHECK_DRIFT, "true")
                                + " shows whether the database differs from what the file creates.");
                    }
                } else {
                    pending.add(s.name());
                    history.ifPresent(h -> notApplied(s.name(), h, db).ifPresent(warnings::add));
                }
            }
            history.ifPresent(h -> withoutFolder(h, source, db).ifPresent(warnings::add));

            List<String> written = write(dir, toWrite, changelogs, provider);
            List<String> recorded = record(c, options.database().liquibase(), dir.path(), applied, listener, db);
            report(listener, source, dir, db, history.isPresent(), written, recorded, applied, pending, warnings);
            MigrationsDirectory after = MigrationsDirectory.read(options.migrations(), provider);
            List<Migration> imported = after.migrations().stream()
                    .filter(m -> changelogs.containsKey(m.id()))
                    .toList();
            return new MigrateImportResult(
                    imported,
                    written,
                    recorded,
                    applied.stream().map(PrismaMigrations.Script::name).toList(),
                    pending,
                    history.isPresent(),
                    warnings);
        } catch (ZModelException e) {
            throw e;
        } catch (Exception e) {
            throw Privileges.failure(GOAL, options.database(), e);
        }
    }

    /** The formatted-SQL changelog of an imported script: a header, then the script as Prisma wrote it. */
    static String changelog(PrismaMigrations.Script script, MigrateDialect dialect) {
        Matcher m = DIRECTIVE.matcher(script.sql());
        if (m.find()) {
            throw new ZModelException("Cannot import " + script.file() + ": its line '"
                    + m.group().strip() + "' is a "
                    + "Liquibase formatted-SQL directive, which Liquibase would obey instead of running it. Reword that "
                    + "comment (e.g. '-- note: " + m.group(1) + " …') and run migrate-import again. Nothing was "
                    + "written.");
        }
        String id = script.name();
        return "-- liquibase formatted sql\n\n"
                + "-- changeset zenstack:" + id + "-1 logicalFilePath:" + id + "/" + ChangelogFormat.SQL.fileName()
                + " " + dialect.importedScriptAttributes() + "\n"
                + "-- comment: Imported from Prisma's " + id + "/migration.sql (SHA-256 " + script.checksum() + ")\n"
                + script.sql();
    }

    /**
     * The scripts to write: those whose folder does not exist yet. A folder of the same name with other content, and
     * migrations of ours that sort before the last imported one, are refused.
     */
    private static List<PrismaMigrations.Script> checkTarget(
            PrismaMigrations source, MigrationsDirectory dir, Map<String, String> changelogs) {
        List<PrismaMigrations.Script> toWrite = new ArrayList<>();
        List<String> conflicts = new ArrayList<>();
        for (PrismaMigrations.Script s : source.scripts()) {
            Optional<Migration> existing = dir.migrations().stream()
                    .filter(m -> m.id().equals(s.name()))
                    .findFirst();
            if (existing.isEmpty()) {
                toWrite.add(s);
            } else if (!existing.get().format().equals(ChangelogFormat.SQL)
                    || !read(existing.get().file()).equals(changelogs.get(s.name()))) {
                conflicts.add(existing.get().file().toString());
            }
        }
        if (!conflicts.isEmpty()) {
            throw new ZModelException(GOAL + " would replace " + String.join(", ", conflicts) + ": the migrations "
                    + "directory " + dir.path() + " already has migration(s) of those names with other content. "
                    + "Nothing was written. Restore them from version control (an earlier import wrote them), or move "
                    + "them away and run migrate-import again.");
        }
        String last = source.scripts().get(source.scripts().size() - 1).name();
        List<String> between = dir.migrations().stream()
                .map(Migration::id)
                .filter(id -> !changelogs.containsKey(id) && id.compareTo(last) < 0)
                .toList();
        if (!between.isEmpty()) {
            throw new ZModelException(GOAL + " cannot add the Prisma migrations to " + dir.path()
                    + ": its migration(s) "
                    + String.join(", ", between) + " would run between or before them (folders run in name order, "
                    + "the last imported one is " + last + "). Nothing was written. Import into an empty migrations "
                    + "directory (" + flag(dev.zmodel.PropertyNames.MIGRATIONS, "<new dir>") + "), then add your own "
                    + "migrations after the imported ones with migrate-dev.");
        }
        return toWrite;
    }

    /** Why a migration without a finished row is not imported as applied, when Prisma has rows for it. */
    private static Optional<String> notApplied(String name, PrismaHistory history, String db) {
        List<PrismaHistory.Row> rows = history.of(name);
        Optional<PrismaHistory.Row> failed =
                rows.stream().filter(PrismaHistory.Row::failed).findFirst();
        if (failed.isPresent()) {
            String logs = failed.get().logs() == null
                    ? ""
                    : " (" + failed.get().logs().strip().lines().findFirst().orElse("") + ")";
            return Optional.of("Prisma recorded " + name + " as failed on " + db + logs + ": it is not recorded as "
                    + "applied and stays pending. Undo what it changed before it failed, then mvn "
                    + "zenstack:migrate-deploy runs it again; or finish it by hand and record it with mvn "
                    + "zenstack:migrate-resolve " + flag(APPLIED, name) + ".");
        }
        if (!rows.isEmpty()) {
            return Optional.of(name + " was rolled back in " + PrismaHistory.TABLE + " on " + db + " (prisma migrate "
                    + "resolve --rolled-back): it is not recorded as applied and stays pending; mvn "
                    + "zenstack:migrate-deploy runs it.");
        }
        return Optional.empty();
    }

    private static Optional<String> withoutFolder(PrismaHistory history, PrismaMigrations source, String db) {
        Set<String> names =
                source.scripts().stream().map(PrismaMigrations.Script::name).collect(Collectors.toSet());
        Set<String> missing = new LinkedHashSet<>();
        history.rows().stream()
                .filter(PrismaHistory.Row::applied)
                .map(PrismaHistory.Row::migrationName)
                .filter(n -> !names.contains(n))
                .forEach(missing::add);
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(PrismaHistory.TABLE + " on " + db + " has " + missing.size() + " applied migration(s) "
                + "that are not in " + source.dir() + ": " + String.join(", ", missing) + ". They cannot be imported "
                + "without their migration.sql. If they were squashed into others, nothing is missing; otherwise "
                + "restore their folders (another branch?) and run migrate-import again.");
    }

    private static List<String> write(
            MigrationsDirectory dir,
            List<PrismaMigrations.Script> scripts,
            Map<String, String> changelogs,
            Provider provider)
            throws IOException {
        if (scripts.isEmpty()) {
            return List.of();
        }
        List<String> written = new ArrayList<>();
        for (PrismaMigrations.Script s : scripts) {
            Path file = dir.path().resolve(s.name()).resolve(ChangelogFormat.SQL.fileName());
            Files.createDirectories(file.getParent());
            AtomicFiles.write(file, changelogs.get(s.name()));
            written.add(s.name());
        }
        dir.writeLock(provider);
        MasterChangelog.write(dir.path());
        return written;
    }

    /**
     * Records the applied migrations that have no row in {@code DATABASECHANGELOG} yet, in one Liquibase
     * {@code changelogSync} of a temporary changelog that includes just them (their changesets keep their own
     * logical paths, so the rows are those of the real files).
     */
    private static List<String> record(
            Connection c,
            LiquibaseSettings settings,
            Path dir,
            List<PrismaMigrations.Script> applied,
            Listener listener,
            String db) {
        Set<String> known = ChangelogHistory.read(c, settings).stream()
                .map(AppliedChangeset::fileName)
                .collect(Collectors.toSet());
        List<String> files = new ArrayList<>();
        List<String> recorded = new ArrayList<>();
        for (PrismaMigrations.Script s : applied) {
            String file = s.name() + "/" + ChangelogFormat.SQL.fileName();
            if (!known.contains(file)) {
                files.add(file);
                recorded.add(s.name());
            }
        }
        if (files.isEmpty()) {
            return List.of();
        }
        Path temp = dir.resolve(".migrate-import-"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()) + ".xml");
        try {
            AtomicFiles.write(temp, MasterChangelog.render(files));
            LiquibaseRunner.changelogSync(c, settings, dir, temp.getFileName().toString(), listener);
        } catch (IOException | ZModelException e) {
            throw new ZModelException(
                    "The Prisma migrations were imported into " + dir + ", but recording the applied ones on " + db
                            + " failed: " + e.getMessage() + "\nRun migrate-import again: it writes nothing twice and "
                            + "records what is missing.",
                    e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                listener.warn("Could not delete the temporary file " + temp + "; delete it by hand.");
            }
        }
        return recorded;
    }

    private static void report(
            Listener listener,
            PrismaMigrations source,
            MigrationsDirectory dir,
            String db,
            boolean hasHistory,
            List<String> written,
            List<String> recorded,
            List<PrismaMigrations.Script> applied,
            List<String> pending,
            List<String> warnings) {
        int total = source.scripts().size();
        if (written.isEmpty()) {
            listener.info("The " + total + " Prisma migration(s) of " + source.dir() + " are already in " + dir.path()
                    + "; nothing was written.");
        } else {
            listener.info("Imported " + written.size() + " Prisma migration(s) from " + source.dir() + " into "
                    + dir.path() + " (their SQL unchanged, as formatted-SQL changelogs):\n  - "
                    + String.join("\n  - ", written));
        }
        if (!hasHistory) {
            listener.info(db + " has no " + PrismaHistory.TABLE + " table, so nothing was recorded there; "
                    + "mvn zenstack:migrate-deploy applies the " + total + " migration(s) to it.");
        } else if (!recorded.isEmpty()) {
            listener.info("Recorded " + recorded.size() + " migration(s) as applied on " + db + " without running "
                    + "them, as Prisma finished them there (" + PrismaHistory.TABLE + "):\n  - "
                    + String.join("\n  - ", recorded));
        } else if (!applied.isEmpty()) {
            listener.info("The " + applied.size() + " migration(s) Prisma finished on " + db + " were already "
                    + "recorded as applied.");
        }
        warnings.forEach(listener::warn);
        if (hasHistory && !pending.isEmpty()) {
            listener.info(pending.size() + " imported migration(s) are not applied on " + db + ": "
                    + String.join(", ", pending) + "; mvn zenstack:migrate-deploy applies them.");
        }
        listener.info("Next: commit " + dir.path() + "; mvn zenstack:migrate-status lists the migrations, and "
                + "mvn zenstack:migrate-dev continues from them. " + PrismaHistory.TABLE + " is left as it was; "
                + "drop it once no Prisma deploy needs it.");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new ZModelException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
