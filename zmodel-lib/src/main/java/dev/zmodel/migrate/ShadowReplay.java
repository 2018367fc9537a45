package dev.zmodel.migrate;

import dev.zmodel.Listener;
import dev.zmodel.datasource.Connections;
import dev.zmodel.diff.SchemaDiff;
import dev.zmodel.schema.DatabaseSchema;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.zmodel.PropertyNames.REPLAY_CACHE;
import static dev.zmodel.PropertyNames.flag;

/**
 * The schema (owned tables only) that migrations produce on an empty database, for migrate-dev, migrate-status
 * (checkDrift) and migrate-diff (a migrations side): taken from the {@link ReplayCache} when one is configured and
 * holds an entry for exactly these inputs, otherwise replayed on the shadow database — opened only then — and stored.
 * The key does not name the goal, so a replay stored by one goal serves the others. Within one run the same replay is
 * never done twice.
 */
final class ShadowReplay implements AutoCloseable {
    /** The debug line of a run that needed the shadow database, followed by its URL. */
    static final String OPENED = "Replaying on the shadow database ";

    private final MigrateOptions options;
    private final String goal;
    private final Connection dev;
    private final MigrationsDirectory dir;
    private final OwnedTables owned;
    private final Listener listener;
    private final ReplayCache cache;
    private final FolderHashes hashes;
    private final Map<List<ReplayKey.Replayed>, DatabaseSchema> done = new HashMap<>();
    private ReplayKey base;
    private ShadowDatabase shadow;

    /**
     * @param goal names the goal in a failure to read the server's version
     * @param dev  a connection to the datasource, whose server hosts a temporary shadow database
     * @param dir  the directory the replayed migrations belong to
     */
    ShadowReplay(
            MigrateOptions options,
            String goal,
            Connection dev,
            MigrationsDirectory dir,
            OwnedTables owned,
            FolderHashes hashes) {
        this.options = options;
        this.goal = goal;
        this.dev = dev;
        this.dir = dir;
        this.owned = owned;
        this.hashes = hashes;
        this.listener = options.listener();
        this.cache = options.replayCache() == null ? null : new ReplayCache(options.replayCache(), listener);
    }

    /** The shadow database, opened (created or reset) on first use. */
    ShadowDatabase shadow() {
        if (shadow == null) {
            shadow = ShadowDatabase.open(options.database(), dev, options.shadowDatabase(), listener);
            listener.debug(OPENED + shadow.settings().displayUrl());
        }
        return shadow;
    }

    /**
     * The owned schema that {@code migrations} (in full) and then the first {@code appliedChangesets} of each
     * {@code partial} migration produce.
     */
    DatabaseSchema of(List<Migration> migrations, List<MigrationStatus> partial) {
        List<ReplayKey.Replayed> replayed = new ArrayList<>();
        migrations.forEach(m -> replayed.add(ReplayKey.Replayed.of(m, -1, hashes)));
        partial.forEach(s -> replayed.add(ReplayKey.Replayed.of(s.migration(), s.appliedChangesets(), hashes)));
        DatabaseSchema known = done.get(replayed);
        if (known != null) {
            return known;
        }
        ReplayKey key = cache == null ? null : key(replayed);
        if (key != null) {
            var cached = cache.lookup(key);
            if (cached.isPresent()) {
                listener.info("Shadow replay of " + replayed.size() + " migration(s) taken from the replay cache ("
                        + cache.directory() + "); " + flag(REPLAY_CACHE, "false") + " replays them.");
                done.put(replayed, cached.get());
                return cached.get();
            }
            listener.debug("Replay cache: no entry for these " + replayed.size() + " migration(s); replaying them on "
                    + "the shadow database.");
        }
        ShadowDatabase s = shadow();
        s.apply(dir, migrations);
        for (MigrationStatus p : partial) {
            s.applyFirst(dir, p.migration(), p.appliedChangesets());
        }
        DatabaseSchema schema = owned.of(s.introspect());
        if (key != null) {
            cache.store(key, schema);
        }
        done.put(replayed, schema);
        return schema;
    }

    /**
     * {@link #of}, for the drift check of the development database whose owned schema is {@code dev}. Nothing to
     * replay, no {@code shadowDatabaseUrl} (which is reset and used as before), and nothing in {@code dev} that an
     * empty database lacks (no table, view, enum type, extension or schema of its own: the diff from the empty schema
     * is empty): the replay is that empty schema, without a temporary shadow database — creating and dropping one
     * costs seconds (PostgreSQL's DROP DATABASE waits for a checkpoint) and
     * cannot change the answer. Anything else is replayed for real (or taken from the cache), so drift is still
     * reported from a real replay. The empty schema is not stored in the cache: it was not replayed.
     */
    DatabaseSchema against(List<Migration> migrations, List<MigrationStatus> partial, DatabaseSchema dev) {
        if (migrations.isEmpty() && partial.isEmpty() && options.shadowDatabase() == null) {
            DatabaseSchema empty =
                    new DatabaseSchema(dev.provider(), dev.product(), List.of(), List.of(), List.of(), List.of());
            if (SchemaDiff.diff(empty, dev).isEmpty()) {
                listener.debug("Nothing to replay and the database is empty: no shadow database needed.");
                done.put(List.of(), empty);
                return empty;
            }
        }
        return of(migrations, partial);
    }

    /**
     * Records {@code schema} as what {@code migrations} (in full) produce, without replaying them: migrate-dev's
     * development database right after it applied the migration it created on top of a verified replay.
     */
    void record(List<Migration> migrations, DatabaseSchema schema) {
        if (cache == null) {
            return;
        }
        cache.store(keyOf(migrations), schema);
    }

    /** The cache key of replaying {@code migrations} in full (asks the server for its version on first use). */
    ReplayKey keyOf(List<Migration> migrations) {
        return key(migrations.stream()
                .map(m -> ReplayKey.Replayed.of(m, -1, hashes))
                .toList());
    }

    private ReplayKey key(List<ReplayKey.Replayed> replayed) {
        if (base == null) {
            base = base();
        }
        return new ReplayKey(
                base.library(),
                base.provider(),
                base.server(),
                base.driver(),
                base.schemas(),
                base.history(),
                base.include(),
                base.exclude(),
                replayed);
    }

    /** The inputs but the migrations: the server the shadow database lives on is asked for its version. */
    private ReplayKey base() {
        String server;
        String driver;
        try {
            DatabaseMetaData meta = dev.getMetaData();
            driver = meta.getDriverName() + " " + meta.getDriverVersion();
            if (options.shadowDatabase() == null) {
                server = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
            } else {
                try (Connection c = Connections.open(options.shadowDatabase(), "the shadow database")) {
                    DatabaseMetaData shadowMeta = c.getMetaData();
                    server = shadowMeta.getDatabaseProductName() + " " + shadowMeta.getDatabaseProductVersion();
                }
            }
        } catch (SQLException e) {
            throw Privileges.failure(goal, options.database(), e);
        }
        return new ReplayKey(
                ReplayKey.thisLibrary(),
                options.provider(),
                server,
                driver,
                options.database().schemas(),
                ShadowDatabase.historyPlacement(),
                options.include(),
                options.exclude(),
                List.of());
    }

    /** Drops (or leaves) the shadow database now; a later replay opens a new one. */
    @Override
    public void close() {
        if (shadow != null) {
            shadow.close();
            shadow = null;
        }
    }
}
