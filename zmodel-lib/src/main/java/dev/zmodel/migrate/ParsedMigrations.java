package dev.zmodel.migrate;

import dev.zmodel.Listener;
import dev.zmodel.liquibase.ChangelogFiles;
import dev.zmodel.liquibase.ChangesetDigest;
import dev.zmodel.liquibase.DeclaredChangeset;

import java.io.IOException;
import java.io.ObjectInputFilter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What parsing each migration's changelog yields for the history check (its changesets' identities and checksums),
 * for {@link MigrationHistory#read}: with a directory (the replay cache's), kept in one file there, each migration
 * under a key of its changelog's path, a SHA-256 of every file in its folder and this library and Liquibase — the same
 * bytes parsed by the same Liquibase give the same checksums, and an edited migration has another key, so it is
 * parsed again. The file keeps the migrations of the last run; one that cannot be read is a miss (said at debug
 * level), one that cannot be written only costs the next run the parsing. Without a directory every migration is
 * parsed. Within one run a migration is parsed at most once.
 */
final class ParsedMigrations {
    /** Bumped when the stored form or its meaning changes, so that old files are never read as new ones. */
    static final int FORMAT = 1;

    static final String FILE = "migrations.parsed";

    /** The debug line of every history check with a cache: how many migrations came from it, and how many not. */
    static final String PARSED = "Replay cache: changesets and checksums of ";

    /** Only the digests, and the JDK's collections and strings, may be read back. */
    private static final ObjectInputFilter FILTER = ObjectInputFilter.Config.createFilter(
            "maxdepth=16;dev.zmodel.liquibase.ChangesetDigest;java.lang.*;java.util.*;!*");

    private final Path directory;
    private final Listener listener;
    private final FolderHashes hashes;
    private final Map<Path, List<DeclaredChangeset>> parsed = new HashMap<>();
    private final Map<String, List<ChangesetDigest>> used = new LinkedHashMap<>();
    private Map<String, List<ChangesetDigest>> stored;
    private boolean changed;
    private int hits;
    private int misses;
    private String library;

    private ParsedMigrations(Path directory, Listener listener, FolderHashes hashes) {
        this.directory = directory;
        this.listener = listener;
        this.hashes = hashes;
    }

    /** Parses every migration (within one run once). */
    static ParsedMigrations uncached() {
        return new ParsedMigrations(null, Listener.NONE, new FolderHashes());
    }

    /** Cached in {@code directory}, with the folder hashes of this run. */
    static ParsedMigrations cachedIn(Path directory, Listener listener, FolderHashes hashes) {
        return new ParsedMigrations(directory, listener, hashes);
    }

    /** The changesets {@code migration} declares, in file order: from the cache when its folder is unchanged. */
    List<ChangesetDigest> digests(MigrationsDirectory dir, Migration migration) {
        if (directory == null) {
            return parsed(dir, migration).stream()
                    .map(DeclaredChangeset::digest)
                    .toList();
        }
        String key = key(migration);
        List<ChangesetDigest> digests = stored().get(key);
        if (digests == null) {
            digests = parsed(dir, migration).stream()
                    .map(DeclaredChangeset::digest)
                    .toList();
            changed = true;
            misses++;
        } else {
            hits++;
        }
        used.put(key, digests);
        return digests;
    }

    /** Liquibase's parse of {@code migration}, for what a digest cannot decide (a checksum that differs). */
    List<DeclaredChangeset> parsed(MigrationsDirectory dir, Migration migration) {
        return parsed.computeIfAbsent(
                migration.file(), f -> ChangelogFiles.changesets(dir.path(), migration.relativeFile()));
    }

    /** Writes the digests of this run's migrations (atomically) when any of them was parsed. */
    void save() {
        if (directory == null) {
            return;
        }
        Path file = directory.resolve(FILE);
        listener.debug(PARSED + hits + " migration(s) taken from " + file + ", " + misses + " parsed.");
        hits = 0;
        misses = 0;
        if (!changed) {
            return;
        }
        try {
            SerializedFiles.write(file, new HashMap<>(used));
            stored = new HashMap<>(used);
            changed = false;
            listener.debug("Replay cache: stored the parsed migrations in " + file);
        } catch (IOException | RuntimeException e) {
            listener.debug("Replay cache: cannot write " + file + " (" + e + "); the next run parses the migrations.");
        }
    }

    private Map<String, List<ChangesetDigest>> stored() {
        if (stored == null) {
            stored = read(directory.resolve(FILE));
        }
        return stored;
    }

    @SuppressWarnings("unchecked")
    private Map<String, List<ChangesetDigest>> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            Object value = SerializedFiles.read(file, FILTER);
            if (!(value instanceof Map<?, ?> map) || !wellFormed(map)) {
                listener.debug("Replay cache: " + file + " does not hold parsed migrations; parsing them.");
                return Map.of();
            }
            return (Map<String, List<ChangesetDigest>>) map;
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            listener.debug("Replay cache: cannot read " + file + " (" + e + "); parsing the migrations.");
            return Map.of();
        }
    }

    /** Keys are strings, values lists of non-null digests: anything else was not written by {@link #save()}. */
    private static boolean wellFormed(Map<?, ?> map) {
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String) || !(e.getValue() instanceof List<?> list)) {
                return false;
            }
            for (Object d : list) {
                if (!(d instanceof ChangesetDigest digest)
                        || digest.id() == null
                        || digest.author() == null
                        || digest.path() == null
                        || digest.checksum() == null) {
                    return false;
                }
            }
        }
        return true;
    }

    /** SHA-256 over the format, this library and Liquibase, the changelog's path and its folder's files. */
    private String key(Migration migration) {
        if (library == null) {
            library = ReplayKey.thisLibrary();
        }
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        for (String part : List.of("format " + FORMAT, library, migration.relativeFile(), hashes.of(migration))) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            digest.update((bytes.length + ":").getBytes(StandardCharsets.UTF_8));
            digest.update(bytes);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
