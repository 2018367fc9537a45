package dev.zmodel.migrate;

import dev.zmodel.Provider;
import dev.zmodel.ZModelException;
import dev.zmodel.schema.DatabaseSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * migrate-dev with a warm replay cache on real databases (docs/migrations.md#the-replay-cache): a no-op run takes the
 * replay from the cache and opens no shadow database, and every change the replay exists to catch is still caught —
 * an edited, added, removed or reordered migration, a changed schema, a drifted database, a corrupt cache file.
 */
class MigrateDevReplayCacheTest {
    private static final String FROM_CACHE = "taken from the replay cache";

    /** (a), (j): init records its replay; the next run is in sync from the cache, without a shadow database. */
    @ParameterizedTest
    @EnumSource(Provider.class)
    void aNoOpRunTakesTheReplayFromTheCacheAndOpensNoShadowDatabase(Provider provider) throws Exception {
        try (MigrateFixture f = new MigrateFixture(provider)) {
            Path cache = f.replayCache();
            assertTrue(MigrateDev.run(
                            f.options(MigrateFixture.v1()).withName("init").withReplayCache(cache))
                    .createdApplied());
            assertEquals(1, entries(cache).size(), "the replay of init (the empty one is not replayed)");

            clear(f);
            MigrateDevResult again =
                    MigrateDev.run(f.options(MigrateFixture.v1()).withReplayCache(cache));
            assertTrue(again.inSync(), f.allMessages());
            assertTrue(
                    f.info.stream()
                            .anyMatch(m -> m.equals("Shadow replay of 1 migration(s) " + FROM_CACHE + " (" + cache
                                    + "); -Dzenstack.replayCache=false replays them.")),
                    f.allMessages());
            assertFalse(f.shadowOpened(), String.join("\n", f.debug));

            // (j) a migration created by migrate-dev is recorded too: the next no-op run hits again
            assertTrue(MigrateDev.run(
                            f.options(MigrateFixture.v2()).withName("posts").withReplayCache(cache))
                    .createdApplied());
            clear(f);
            assertTrue(MigrateDev.run(f.options(MigrateFixture.v2()).withReplayCache(cache))
                    .inSync());
            assertTrue(
                    f.info.stream().anyMatch(m -> m.startsWith("Shadow replay of 2 migration(s) " + FROM_CACHE)),
                    f.allMessages());
            assertFalse(f.shadowOpened(), String.join("\n", f.debug));
        }
    }

    /**
     * An init (no migrations) on an empty database replays nothing: no shadow database is created, cache or not,
     * and the migration it writes is the one a shadow database gives (the next run is in sync from a real replay).
     */
    @ParameterizedTest
    @EnumSource(Provider.class)
    void anInitWithNoMigrationsOnAnEmptyDatabaseOpensNoShadowDatabase(Provider provider) throws Exception {
        try (MigrateFixture f = new MigrateFixture(provider)) {
            MigrateDevResult init =
                    MigrateDev.run(f.options(MigrateFixture.v1()).withName("init"));
            assertTrue(init.createdApplied(), f.allMessages());
            assertFalse(f.shadowOpened(), String.join("\n", f.debug));

            clear(f);
            assertTrue(MigrateDev.run(f.options(MigrateFixture.v1())).inSync(), f.allMessages());
            assertTrue(f.shadowOpened(), "without a cache the init migration is replayed for real");
        }
    }

    /**
     * With no migrations, a table made by hand in the development database is still drift, found on a real shadow
     * database, and nothing is written.
     */
    @ParameterizedTest
    @EnumSource(Provider.class)
    void aDriftedDatabaseWithNoMigrationsIsStillReported(Provider provider) throws Exception {
        try (MigrateFixture f = new MigrateFixture(provider)) {
            Path cache = f.replayCache();
            f.db.execute("CREATE TABLE by_hand (id INTEGER NOT NULL, PRIMARY KEY (id))");

            var e = assertThrows(
                    ZModelException.class,
                    () -> MigrateDev.run(
                            f.options(MigrateFixture.v1()).withName("init").withReplayCache(cache)));
            assertTrue(e.getMessage().startsWith("Drift detected: the schema of "), e.getMessage());
            assertTrue(e.getMessage().contains("by_hand"), e.getMessage());
            assertTrue(f.shadowOpened(), "drift is decided on a real replay");
            assertTrue(!Files.exists(f.migrations) || f.folders().isEmpty(), "nothing written");
        }
    }

    /** (b) */
    @ParameterizedTest
    @EnumSource(Provider.class)
    void anEditedMigrationIsCaught(Provider provider) throws Exception {
        try (MigrateFixture f = new MigrateFixture(provider)) {
            Path cache = f.replayCache();
            Migration init = MigrateDev.run(
                            f.options(MigrateFixture.v1()).withName("init").withReplayCache(cache))
                    .created();
            Files.writeString(init.file(), Files.readString(init.file()).replace("(100)", "(120)"));

            var e = assertThrows(
                    ZModelException.class,
                    () -> MigrateDev.run(f.options(MigrateFixture.v1()).withReplayCache(cache)));
            assertTrue(e.getMessage().contains("changed after it was applied (checksum mismatch)"), e.getMessage());
        }
    }

    /** (c) a migration from another branch is applied, and the replay that includes it really runs. */
    @ParameterizedTest
    @EnumSource(Provider.class)
    void anAddedMigrationIsAppliedAndReplayedForReal(Provider provider) throws Exception {
        try (MigrateFixture f = new MigrateFixture(provider)) {
            Path cache = f.replayCache();
            MigrateDev.run(f.options(MigrateFixture.v1()).withName("init").withReplayCache(cache));
            String extra = "CREATE TABLE extra (id INTEGER NOT NULL, PRIMARY KEY (id))";
            Path folder = Files.createDirectories(f.migrations.resolve("20261122100000_extra"));
            Files.writeString(
                    folder.resolve("migration.sql"),
                    "--liquibase formatted sql\n--changeset other:20261122100000_extra-1\n" + extra + ";\n");

            clear(f);
            MigrateDevResult r =
                    MigrateDev.run(f.options(MigrateFixture.v1() + ";" + extra).withReplayCache(cache));
            assertEquals(
                    List.of("20261122100000_extra"),
                    r.applied().stream().map(Migration::id).toList());
            assertTrue(r.inSync(), f.allMessages());
            assertTrue(f.shadowOpened(), "the replay of init + extra is not in the cache: it runs");
            assertTrue(f.debug.stream().anyMatch(m -> m.startsWith("Replay cache: no entry for these 2 migration(s)")));

            clear(f);
            assertTrue(
                    MigrateDev.run(f.options(MigrateFixture.v1() + ";" + extra).withReplayCache(cache))
                            .inSync());
            assertFalse(f.shadowOpened(), "and is stored: " + String.join("\n", f.debug));
        }
    }

    /** (d) */
    @ParameterizedTest
    @EnumSource(Provider.class)
    void aRemovedMigrationIsCaught(Provider provider) throws Exception {
        try (MigrateFixture f = new MigrateFixture(provider)) {
            Path cache = f.replayCache();
            MigrateDev.run(f.options(MigrateFixture.v1()).withName("init").withReplayCache(cache));
            Migration posts = MigrateDev.run(
                            f.options(MigrateFixture.v2()).withName("posts").withReplayCache(cache))
                    .created();
            deleteTree(posts.file().getParent());

            var e = assertThrows(
                    ZModelException.class,
                    () -> MigrateDev.run(f.options(MigrateFixture.v1()).withReplayCache(cache)));
            assertTrue(
                    e.getMessage().contains("Migration " + posts.id() + " is not in " + f.migrations), e.getMessage());
        }
    }

    /** (e) the second migration renamed so that it sorts first */
    @ParameterizedTest
    @EnumSource(Provider.class)
    void reorderedMigrationsAreCaught(Provider provider) throws Exception {
        try (MigrateFixture f = new MigrateFixture(provider)) {
            Path cache = f.replayCache();
            MigrateDev.run(f.options(MigrateFixture.v1()).withName("init").withReplayCache(cache));
            Migration posts = MigrateDev.run(
                            f.options(MigrateFixture.v2()).withName("posts").withReplayCache(cache))
                    .created();
            Files.move(posts.file().getParent(), f.migrations.resolve("20261122090000_posts"));

            var e = assertThrows(
                    ZModelException.class,
                    () -> MigrateDev.run(f.options(MigrateFixture.v2()).withReplayCache(cache)));
            // caught as without the cache: the history names the old id, the renamed folder runs first and fails
            assertTrue(e.getMessage().contains("20261122090000_posts"), e.getMessage());
            assertEquals(List.of("20261122090000_posts", "20261122093100_init"), f.folders(), "nothing written");
        }
    }

    /**
     * The history check with the parsed migrations from the cache (warm): an edited migration has another folder
     * hash, so it is parsed again and its changed checksum is caught.
     */
    @ParameterizedTest
    @EnumSource(
            value = Provider.class,
            names = {"POSTGRESQL", "MYSQL"})
    void withTheParsedMigrationsCachedAnEditedMigrationIsCaught(Provider provider) throws Exception {
        try (MigrateFixture f = new MigrateFixture(provider)) {
            Path cache = f.replayCache();
            List<Migration> created = warmParses(f, cache);
            Migration init = created.get(0);
            Files.writeString(init.file(), Files.readString(init.file()).replace("(100)", "(120)"));

            clear(f);
            var e = assertThrows(
                    ZModelException.class,
                    () -> MigrateDev.run(f.options(MigrateFixture.v2()).withReplayCache(cache)));
            assertTrue(e.getMessage().contains("changed after it was applied (checksum mismatch)"), e.getMessage());
            assertTrue(e.getMessage().contains(init.id()), e.getMessage());
            assertTrue(f.debug.contains(parsedLine(cache, 1, 1)), "posts from the cache, init parsed: " + f.debug);
        }
    }

    /** A migration added next to warm parsed ones is parsed (only it) and applied. */
    @ParameterizedTest
    @EnumSource(
            value = Provider.class,
            names = {"POSTGRESQL", "MYSQL"})
    void withTheParsedMigrationsCachedAnAddedMigrationIsApplied(Provider provider) throws Exception {
        try (MigrateFixture f = new MigrateFixture(provider)) {
            Path cache = f.replayCache();
            warmParses(f, cache);
            String extra = "CREATE TABLE extra (id INTEGER NOT NULL, PRIMARY KEY (id))";
            Path folder = Files.createDirectories(f.migrations.resolve("20261122100000_extra"));
            Files.writeString(
                    folder.resolve("migration.sql"),
                    "--liquibase formatted sql\n--changeset other:20261122100000_extra-1\n" + extra + ";\n");

            clear(f);
            MigrateDevResult r =
                    MigrateDev.run(f.options(MigrateFixture.v2() + ";" + extra).withReplayCache(cache));
            assertEquals(
                    List.of("20261122100000_extra"),
                    r.applied().stream().map(Migration::id).toList());
            assertTrue(r.inSync(), f.allMessages());
            assertTrue(f.debug.contains(parsedLine(cache, 2, 1)), f.debug.toString());
        }
    }

    /** A removed migration's history rows are caught with the others' parses from the cache. */
    @ParameterizedTest
    @EnumSource(
            value = Provider.class,
            names = {"POSTGRESQL", "MYSQL"})
    void withTheParsedMigrationsCachedARemovedMigrationIsCaught(Provider provider) throws Exception {
        try (MigrateFixture f = new MigrateFixture(provider)) {
            Path cache = f.replayCache();
            Migration posts = warmParses(f, cache).get(1);
            deleteTree(posts.file().getParent());

            clear(f);
            var e = assertThrows(
                    ZModelException.class,
                    () -> MigrateDev.run(f.options(MigrateFixture.v2()).withReplayCache(cache)));
            assertTrue(
                    e.getMessage().contains("Migration " + posts.id() + " is not in " + f.migrations), e.getMessage());
            assertTrue(f.debug.contains(parsedLine(cache, 1, 0)), f.debug.toString());
        }
    }

    /** A reordered (renamed) migration is another changelog path: parsed again, and caught as without the cache. */
    @ParameterizedTest
    @EnumSource(
            value = Provider.class,
            names = {"POSTGRESQL", "MYSQL"})
    void withTheParsedMigrationsCachedReorderedMigrationsAreCaught(Provider provider) throws Exception {
        try (MigrateFixture f = new MigrateFixture(provider)) {
            Path cache = f.replayCache();
            Migration posts = warmParses(f, cache).get(1);
            Files.move(posts.file().getParent(), f.migrations.resolve("20261122090000_posts"));

            clear(f);
            var e = assertThrows(
                    ZModelException.class,
                    () -> MigrateDev.run(f.options(MigrateFixture.v2()).withReplayCache(cache)));
            // caught as without the cache: the history names the old id, the renamed folder runs first and fails
            assertTrue(e.getMessage().contains("20261122090000_posts"), e.getMessage());
            assertTrue(f.debug.contains(parsedLine(cache, 1, 1)), f.debug.toString());
        }
    }

    /**
     * A digest whose checksum is not the stored one never decides "edited" alone: Liquibase's rule on the parsed
     * file does (here the cache file is rewritten with a wrong checksum under the right key).
     */
    @Test
    void aCachedChecksumThatDiffersIsDecidedOnTheParsedFile() throws Exception {
        try (MigrateFixture f = new MigrateFixture(Provider.POSTGRESQL)) {
            Path cache = f.replayCache();
            warmParses(f, cache);
            Path file = cache.resolve(ParsedMigrations.FILE);
            java.util.Map<String, List<dev.zmodel.liquibase.ChangesetDigest>> wrong = new java.util.HashMap<>();
            try (var in = new java.io.ObjectInputStream(Files.newInputStream(file))) {
                @SuppressWarnings("unchecked")
                var stored = (java.util.Map<String, List<dev.zmodel.liquibase.ChangesetDigest>>) in.readObject();
                stored.forEach((k, v) -> wrong.put(
                        k,
                        v.stream()
                                .map(d -> new dev.zmodel.liquibase.ChangesetDigest(
                                        d.id(), d.author(), d.path(), "9:00000000000000000000000000000000"))
                                .toList()));
            }
            try (var out = new java.io.ObjectOutputStream(Files.newOutputStream(file))) {
                out.writeObject(wrong);
            }

            clear(f);
            assertTrue(
                    MigrateDev.run(f.options(MigrateFixture.v2()).withReplayCache(cache))
                            .inSync(),
                    f.allMessages());
            assertTrue(f.debug.contains(parsedLine(cache, 2, 0)), f.debug.toString());
        }
    }

    /** A truncated file of parsed migrations is a miss: they are parsed (and stored again), never a failure. */
    @ParameterizedTest
    @EnumSource(
            value = Provider.class,
            names = {"POSTGRESQL", "SQLITE"})
    void aCorruptFileOfParsedMigrationsIsAMiss(Provider provider) throws Exception {
        try (MigrateFixture f = new MigrateFixture(provider)) {
            Path cache = f.replayCache();
            warmParses(f, cache);
            Path file = cache.resolve(ParsedMigrations.FILE);
            byte[] bytes = Files.readAllBytes(file);
            Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));

            clear(f);
            assertTrue(MigrateDev.run(f.options(MigrateFixture.v2()).withReplayCache(cache))
                    .inSync());
            assertTrue(
                    f.debug.stream().anyMatch(m -> m.startsWith("Replay cache: cannot read " + file)),
                    f.debug.toString());
            assertTrue(f.debug.contains(parsedLine(cache, 0, 2)), f.debug.toString());
            assertTrue(f.warnings.isEmpty(), f.warnings.toString());

            clear(f);
            assertTrue(MigrateDev.run(f.options(MigrateFixture.v2()).withReplayCache(cache))
                    .inSync());
            assertTrue(f.debug.contains(parsedLine(cache, 2, 0)), "stored again: " + f.debug);
        }
    }

    /**
     * init and posts, then no-op runs until the history check takes both migrations' changesets and checksums from
     * the cache; returns the two migrations.
     */
    private static List<Migration> warmParses(MigrateFixture f, Path cache) {
        Migration init = MigrateDev.run(
                        f.options(MigrateFixture.v1()).withName("init").withReplayCache(cache))
                .created();
        Migration posts = MigrateDev.run(
                        f.options(MigrateFixture.v2()).withName("posts").withReplayCache(cache))
                .created();
        assertTrue(MigrateDev.run(f.options(MigrateFixture.v2()).withReplayCache(cache))
                .inSync());
        clear(f);
        assertTrue(MigrateDev.run(f.options(MigrateFixture.v2()).withReplayCache(cache))
                .inSync());
        assertTrue(f.debug.contains(parsedLine(cache, 2, 0)), "a warm no-op parses nothing: " + f.debug);
        return List.of(init, posts);
    }

    private static String parsedLine(Path cache, int fromCache, int parsed) {
        return ParsedMigrations.PARSED + fromCache + " migration(s) taken from " + cache.resolve(ParsedMigrations.FILE)
                + ", " + parsed + " parsed.";
    }

    /** (f) the same inputs on another server version are another key: a lookup misses. */
    @Test
    void anotherServerVersionIsAnotherKey(@TempDir Path dir) {
        ReplayKey.Replayed init = new ReplayKey.Replayed("20261122093100_init/migration.xml", "abc", -1);
        ReplayKey v15 = key("PostgreSQL 15.19", List.of(init));
        ReplayKey v16 = key("PostgreSQL 16.4", List.of(init));
        assertNotEquals(v15.sha256(), v16.sha256());
        assertEquals(v15.sha256(), key("PostgreSQL 15.19", List.of(init)).sha256(), "the key is stable");

        ReplayCache cache = new ReplayCache(dir, dev.zmodel.Listener.NONE);
        cache.store(v15, DatabaseSchema.empty(Provider.POSTGRESQL));
        assertTrue(cache.lookup(v15).isPresent());
        assertTrue(cache.lookup(v16).isEmpty(), "another server version misses");

        // every other input is part of the key too
        assertNotEquals(v15.sha256(), key("PostgreSQL 15.19", List.of()).sha256());
        assertNotEquals(
                v15.sha256(),
                key("PostgreSQL 15.19", List.of(new ReplayKey.Replayed(init.file(), "abd", -1)))
                        .sha256());
        assertNotEquals(
                v15.sha256(),
                key("PostgreSQL 15.19", List.of(new ReplayKey.Replayed(init.file(), "abc", 2)))
                        .sha256());
        assertNotEquals(
                v15.sha256(),
                new ReplayKey(
                                "lib",
                                Provider.POSTGRESQL,
                                "PostgreSQL 15.19",
                                "pgjdbc 42.7",
                                List.of("public"),
                                "default",
                                List.of("app_*"),
                                List.of(),
                                List.of(init))
                        .sha256());
    }

    /** Only the most recently used entries stay. */
    @Test
    void theCacheKeepsTheMostRecentEntries(@TempDir Path dir) throws IOException {
        ReplayCache cache = new ReplayCache(dir, dev.zmodel.Listener.NONE);
        for (int i = 0; i < ReplayCache.KEEP + 3; i++) {
            cache.store(key("PostgreSQL 15." + i, List.of()), DatabaseSchema.empty(Provider.POSTGRESQL));
            Files.setLastModifiedTime(
                    dir.resolve(key("PostgreSQL 15." + i, List.of()).sha256() + ".replay"),
                    java.nio.file.attribute.FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        assertEquals(ReplayCache.KEEP, entries(dir).size());
        assertTrue(cache.lookup(key("PostgreSQL 15." + (ReplayCache.KEEP + 2), List.of()))
                .isPresent());
        assertTrue(cache.lookup(key("PostgreSQL 15.0", List.of())).isEmpty());
    }

    /** (g) the new migration is diffed against the cached replay, and it is right: a real replay agrees. */
    @ParameterizedTest
    @EnumSource(Provider.class)
    void aChangedSchemaGetsTheRightMigrationFromTheCachedReplay(Provider provider) throws Exception {
        try (MigrateFixture f = new MigrateFixture(provider)) {
            Path cache = f.replayCache();
            MigrateDev.run(f.options(MigrateFixture.v1()).withName("init").withReplayCache(cache));

            clear(f);
            MigrateDevResult posts = MigrateDev.run(
                    f.options(MigrateFixture.v2()).withName("posts").withReplayCache(cache));
            assertTrue(f.info.stream().anyMatch(m -> m.contains(FROM_CACHE)), f.allMessages());
            assertFalse(f.shadowOpened());
            assertTrue(posts.createdApplied());
            List<String> changes =
                    posts.changes().stream().map(c -> c.summary()).toList();
            assertTrue(
                    changes.containsAll(List.of("Create table `posts`", "Add column `users.bio`")), changes.toString());
            assertEquals("0", f.scalar("SELECT count(*) FROM posts"));

            clear(f);
            assertTrue(MigrateDev.run(f.options(MigrateFixture.v2())).inSync(), "a real replay agrees");
            assertTrue(f.shadowOpened());
        }
    }

    /** (h) drift is reported exactly as without the cache. */
    @ParameterizedTest
    @EnumSource(Provider.class)
    void driftIsReportedExactlyAsWithoutTheCache(Provider provider) throws Exception {
        try (MigrateFixture f = new MigrateFixture(provider)) {
            Path cache = f.replayCache();
            MigrateDev.run(f.options(MigrateFixture.v1()).withName("init").withReplayCache(cache));
            f.db.execute("ALTER TABLE users ADD COLUMN nickname VARCHAR(20)");

            clear(f);
            var cached = assertThrows(
                    ZModelException.class,
                    () -> MigrateDev.run(f.options(MigrateFixture.v1()).withReplayCache(cache)));
            assertFalse(f.shadowOpened());
            var replayed = assertThrows(ZModelException.class, () -> MigrateDev.run(f.options(MigrateFixture.v1())));
            assertTrue(cached.getMessage().startsWith("Drift detected: the schema of "), cached.getMessage());
            assertTrue(cached.getMessage().contains("[+] Added column `nickname`"), cached.getMessage());
            assertEquals(replayed.getMessage(), cached.getMessage());
        }
    }

    /** (i) a truncated cache file is a miss (replayed, then stored again), never a failure. */
    @ParameterizedTest
    @EnumSource(
            value = Provider.class,
            names = {"POSTGRESQL", "SQLITE"})
    void aCorruptCacheFileIsAMiss(Provider provider) throws Exception {
        try (MigrateFixture f = new MigrateFixture(provider)) {
            Path cache = f.replayCache();
            MigrateDev.run(f.options(MigrateFixture.v1()).withName("init").withReplayCache(cache));
            for (Path entry : entries(cache)) {
                byte[] bytes = Files.readAllBytes(entry);
                Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length / 2));
            }

            clear(f);
            assertTrue(MigrateDev.run(f.options(MigrateFixture.v1()).withReplayCache(cache))
                    .inSync());
            assertTrue(f.shadowOpened());
            assertTrue(f.debug.stream().anyMatch(m -> m.startsWith("Replay cache: cannot read ")), f.debug.toString());
            assertTrue(f.warnings.isEmpty(), f.warnings.toString());

            clear(f);
            assertTrue(MigrateDev.run(f.options(MigrateFixture.v1()).withReplayCache(cache))
                    .inSync());
            assertFalse(f.shadowOpened(), "stored again");
        }
    }

    /** A file that is not a serialized schema (here: another class) is refused by the filter: a miss. */
    @Test
    void aFileOfAnotherClassIsAMiss(@TempDir Path dir) throws IOException {
        ReplayKey k = key("PostgreSQL 15.19", List.of());
        var bytes = new java.io.ByteArrayOutputStream();
        try (var out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(new java.io.File("x"));
        }
        Files.write(dir.resolve(k.sha256() + ".replay"), bytes.toByteArray());
        List<String> debug = new java.util.ArrayList<>();
        ReplayCache cache = new ReplayCache(dir, new dev.zmodel.Listener() {
            @Override
            public void debug(String message) {
                debug.add(message);
            }
        });
        assertTrue(cache.lookup(k).isEmpty());
        assertTrue(
                debug.get(0).contains("REJECTED") || debug.get(0).contains("InvalidClassException"), debug.toString());
    }

    private static ReplayKey key(String server, List<ReplayKey.Replayed> migrations) {
        return new ReplayKey(
                "lib",
                Provider.POSTGRESQL,
                server,
                "pgjdbc 42.7",
                List.of("public"),
                "default",
                List.of(),
                List.of(),
                migrations);
    }

    private static void clear(MigrateFixture f) {
        f.info.clear();
        f.debug.clear();
    }

    private static List<Path> entries(Path cache) throws IOException {
        try (Stream<Path> s = Files.list(cache)) {
            return s.filter(p -> p.toString().endsWith(".replay")).toList();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
