package dev.zmodel.migrate;

import dev.zmodel.Provider;
import dev.zmodel.ZModelException;
import dev.zmodel.diff.SchemaChange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * migrate-status with checkDrift and migrate-diff with a migrations side take their shadow replay through the replay
 * cache of migrate-dev (docs/migrations.md#the-replay-cache), on real databases: a second run takes it from the cache
 * and opens no shadow database, a replay stored by one goal serves the others, and with a warm cache every change is
 * still reported exactly as without the cache — an edited, added, removed or reordered migration, a drifted
 * database, an entry stored for another server or library version.
 */
class StatusDiffReplayCacheTest {
    /** The two goals under test: status replays the applied migrations, diff every migration of the directory. */
    enum Goal {
        STATUS,
        DIFF
    }

    static Stream<Arguments> goals() {
        return Arrays.stream(Provider.values())
                .flatMap(p -> Arrays.stream(Goal.values()).map(g -> Arguments.of(p, g)));
    }

    @ParameterizedTest
    @MethodSource("goals")
    void aSecondRunTakesTheReplayFromTheCacheAndOpensNoShadowDatabase(Provider provider, Goal goal) throws Exception {
        try (MigrateFixture f = twoMigrations(provider)) {
            Path cache = f.replayCache();
            String first = run(f, goal, cache);
            assertTrue(f.shadowOpened(), "a cold cache replays: " + f.debug);
            assertTrue(
                    f.debug.stream().anyMatch(m -> m.startsWith("Replay cache: no entry for these 2 migration(s)")),
                    f.debug.toString());

            String second = run(f, goal, cache);
            assertTrue(
                    f.info.contains("Shadow replay of 2 migration(s) taken from the replay cache (" + cache
                            + "); -Dzenstack.replayCache=false replays them."),
                    f.allMessages());
            assertFalse(f.shadowOpened(), String.join("\n", f.debug));
            assertEquals(first, second);
            assertEquals(run(f, goal, null), second, "the same as without the cache");
            assertTrue(f.shadowOpened());
            assertEquals(
                    goal == Goal.STATUS ? "status, drift: [], pending: 0" : "diff: []",
                    second.lines().findFirst().orElseThrow(),
                    second);
        }
    }

    /** Status: a history problem (no drift check); diff: the renamed column, from a real replay. */
    @ParameterizedTest
    @MethodSource("goals")
    void anEditedMigrationIsCaught(Provider provider, Goal goal) throws Exception {
        try (MigrateFixture f = twoMigrations(provider)) {
            Path cache = f.replayCache();
            String warm = warm(f, goal, cache);
            Path init = migration(f, 0);
            Files.writeString(init, Files.readString(init).replace("email", "mail"));

            String cached = run(f, goal, cache);
            assertNotEquals(warm, cached);
            assertTrue(
                    goal == Goal.STATUS
                            ? cached.contains("changed after it was applied (checksum mismatch)")
                            : !cached.startsWith("diff: []"),
                    cached);
            assertEquals(run(f, goal, null), cached, "the same as without the cache");
        }
    }

    /** Status: pending (the applied ones' replay is still the cached one); diff: the new table, from a real replay. */
    @ParameterizedTest
    @MethodSource("goals")
    void anAddedMigrationIsCaught(Provider provider, Goal goal) throws Exception {
        try (MigrateFixture f = twoMigrations(provider)) {
            Path cache = f.replayCache();
            String warm = warm(f, goal, cache);
            Path folder = Files.createDirectories(f.migrations.resolve("20261122100000_extra"));
            Files.writeString(
                    folder.resolve("migration.sql"),
                    "--liquibase formatted sql\n--changeset other:20261122100000_extra-1\n"
                            + "CREATE TABLE extra (id INTEGER NOT NULL, PRIMARY KEY (id));\n");

            String cached = run(f, goal, cache);
            assertNotEquals(warm, cached);
            if (goal == Goal.DIFF) {
                assertTrue(f.shadowOpened(), "3 migrations are another key: " + f.debug);
                assertTrue(cached.contains("`extra`"), cached);
            } else {
                assertFalse(f.shadowOpened(), "the 2 applied migrations are the same key: " + f.debug);
                assertTrue(f.allMessages().contains("1 migration(s) pending"), f.allMessages());
            }
            assertEquals(run(f, goal, null), cached, "the same as without the cache");
        }
    }

    /** Status: history rows of a migration missing from the directory; diff: the table it made, from a real replay. */
    @ParameterizedTest
    @MethodSource("goals")
    void aRemovedMigrationIsCaught(Provider provider, Goal goal) throws Exception {
        try (MigrateFixture f = twoMigrations(provider)) {
            Path cache = f.replayCache();
            String warm = warm(f, goal, cache);
            deleteTree(migration(f, 1).getParent());

            String cached = run(f, goal, cache);
            assertNotEquals(warm, cached);
            assertTrue(cached.contains(goal == Goal.STATUS ? "missing from the" : "`posts`"), cached);
            assertEquals(run(f, goal, null), cached, "the same as without the cache");
        }
    }

    /** The second migration renamed so that it sorts first: other changelog paths, never the cached replay. */
    @ParameterizedTest
    @MethodSource("goals")
    void reorderedMigrationsAreCaught(Provider provider, Goal goal) throws Exception {
        try (MigrateFixture f = twoMigrations(provider)) {
            Path cache = f.replayCache();
            String warm = warm(f, goal, cache);
            Files.move(migration(f, 1).getParent(), f.migrations.resolve("20261122090000_posts"));

            String cached = run(f, goal, cache);
            assertFalse(
                    f.info.stream().anyMatch(m -> m.contains("taken from the replay cache")),
                    "no entry for the reordered migrations: " + f.allMessages());
            assertNotEquals(warm, cached);
            assertEquals(run(f, goal, null), cached, "the same as without the cache");
        }
    }

    /** The same key (a hit, no shadow database), and the column added by hand is reported. */
    @ParameterizedTest
    @MethodSource("goals")
    void aDriftedDatabaseIsCaught(Provider provider, Goal goal) throws Exception {
        try (MigrateFixture f = twoMigrations(provider)) {
            Path cache = f.replayCache();
            warm(f, goal, cache);
            f.db.execute("ALTER TABLE users ADD COLUMN nickname VARCHAR(20)");

            String cached = run(f, goal, cache);
            assertFalse(f.shadowOpened(), "a hit: " + f.debug);
            assertTrue(cached.contains("nickname"), cached);
            if (goal == Goal.STATUS) {
                assertTrue(cached.contains("Drift detected"), cached);
            }
            assertEquals(run(f, goal, null), cached, "the same as without the cache");
        }
    }

    /**
     * The warm entry moved to the key of another server version, then to that of another library (plugin) version:
     * not used, the migrations are replayed.
     */
    @ParameterizedTest
    @MethodSource("goals")
    void anEntryOfAnotherServerOrLibraryVersionIsNotUsed(Provider provider, Goal goal) throws Exception {
        try (MigrateFixture f = twoMigrations(provider)) {
            Path cache = f.replayCache();
            String warm = warm(f, goal, cache);
            ReplayKey key = keyOfAll(f, cache);
            Path entry = cache.resolve(key.sha256() + ".replay");
            assertTrue(Files.isRegularFile(entry), "the warm entry is under the key of these inputs");

            ReplayKey otherServer = new ReplayKey(
                    key.library(),
                    key.provider(),
                    key.server() + ".1",
                    key.driver(),
                    key.schemas(),
                    key.history(),
                    key.include(),
                    key.exclude(),
                    key.migrations());
            ReplayKey otherLibrary = new ReplayKey(
                    "0.0.1 " + key.library(),
                    key.provider(),
                    key.server(),
                    key.driver(),
                    key.schemas(),
                    key.history(),
                    key.include(),
                    key.exclude(),
                    key.migrations());
            for (ReplayKey other : List.of(otherServer, otherLibrary)) {
                Files.move(entry, cache.resolve(other.sha256() + ".replay"));
                String again = run(f, goal, cache);
                assertTrue(f.shadowOpened(), "not taken from the entry of " + other + ": " + f.debug);
                assertEquals(warm, again);
                Files.delete(cache.resolve(other.sha256() + ".replay"));
                assertTrue(Files.isRegularFile(entry), "the run stored the replay under its own key");
            }
        }
    }

    /** A replay stored by migrate-dev serves status and diff, and one stored by status serves migrate-dev and diff. */
    @ParameterizedTest
    @EnumSource(Provider.class)
    void aReplayStoredByOneGoalServesTheOthers(Provider provider) throws Exception {
        try (MigrateFixture f = new MigrateFixture(provider)) {
            Path cache = f.replayCache();
            MigrateDev.run(f.options(MigrateFixture.v1()).withName("init").withReplayCache(cache));
            for (Goal goal : Goal.values()) {
                run(f, goal, cache);
                assertFalse(f.shadowOpened(), goal + " after migrate-dev: " + f.debug);
                assertTrue(f.info.stream().anyMatch(m -> m.startsWith("Shadow replay of 1 migration(s) taken from")));
            }

            deleteTree(cache);
            run(f, Goal.STATUS, cache);
            assertTrue(f.shadowOpened());
            run(f, Goal.DIFF, cache);
            assertFalse(f.shadowOpened(), "diff after status: " + f.debug);
            clear(f);
            assertTrue(MigrateDev.run(f.options(MigrateFixture.v1()).withReplayCache(cache))
                    .inSync());
            assertFalse(f.shadowOpened(), "migrate-dev after status: " + f.debug);
        }
    }

    // ------------------------------------------------------------------------------------------------- helpers

    /** init and posts created and applied by migrate-dev without a cache. */
    private static MigrateFixture twoMigrations(Provider provider) {
        MigrateFixture f = new MigrateFixture(provider);
        MigrateDev.run(f.options(MigrateFixture.v1()).withName("init"));
        MigrateDev.run(f.options(MigrateFixture.v2()).withName("posts"));
        return f;
    }

    /** Two runs: the second takes the replay from the cache; returns its outcome. */
    private static String warm(MigrateFixture f, Goal goal, Path cache) {
        run(f, goal, cache);
        String warm = run(f, goal, cache);
        assertFalse(f.shadowOpened(), "warm: " + f.debug);
        return warm;
    }

    /**
     * Runs the goal with a fresh listener record ({@code cache} null: without the cache) and returns what it reports:
     * the drift or changes found, or the failure, then every warning.
     */
    private static String run(MigrateFixture f, Goal goal, Path cache) {
        clear(f);
        MigrateOptions options = f.options().withReplayCache(cache);
        String outcome;
        try {
            outcome = switch (goal) {
                case STATUS -> {
                    MigrateStatusResult r = MigrateStatus.run(options.withCheckDrift(true));
                    yield "status, drift: " + summaries(r.drift()) + ", pending: "
                            + r.history().pending().size();
                }
                case DIFF ->
                    "diff: "
                            + summaries(MigrateDiff.run(
                                            options,
                                            new DiffSource(DiffSource.Kind.MIGRATIONS, f.migrations.toString()),
                                            new DiffSource(
                                                    DiffSource.Kind.URL,
                                                    f.settings().jdbcUrl()))
                                    .diff()
                                    .changes());
            };
        } catch (ZModelException e) {
            outcome = "failed: " + e.getMessage();
        }
        // a temporary shadow database has a random name
        return (outcome + "\n" + String.join("\n", f.warnings))
                .replaceAll("zenstack_shadow_[0-9a-f]+", "zenstack_shadow");
    }

    private static List<String> summaries(List<SchemaChange> changes) {
        return changes.stream().map(SchemaChange::summary).toList();
    }

    /** The key under which the replay of every migration in the directory is stored. */
    private static ReplayKey keyOfAll(MigrateFixture f, Path cache) throws Exception {
        MigrateOptions options = f.options().withReplayCache(cache);
        MigrationsDirectory dir = MigrationsDirectory.read(f.migrations, f.provider);
        try (Connection c = f.db.connect();
                ShadowReplay replay =
                        new ShadowReplay(options, "test", c, dir, OwnedTables.of(options), new FolderHashes())) {
            return replay.keyOf(dir.migrations());
        }
    }

    /** The changelog of the {@code index}th migration folder. */
    private static Path migration(MigrateFixture f, int index) {
        return MigrationsDirectory.read(f.migrations, f.provider)
                .migrations()
                .get(index)
                .file();
    }

    private static void clear(MigrateFixture f) {
        f.info.clear();
        f.warnings.clear();
        f.debug.clear();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
