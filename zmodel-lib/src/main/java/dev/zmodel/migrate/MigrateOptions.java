package dev.zmodel.migrate;

import dev.zmodel.Listener;
import dev.zmodel.Provider;
import dev.zmodel.datasource.ConnectionSettings;
import dev.zmodel.liquibase.ChangelogFormat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What every migration workflow needs; the Maven goals build it from their parameters, embedders and tests with
 * {@link #of} and the {@code with…} methods.
 *
 * @param database        the target database (for {@code migrate-dev}: the development database)
 * @param shadowDatabase  {@code shadowDatabaseUrl} settings, or null for a temporary shadow database
 * @param migrations      the migrations directory
 * @param desired         the desired schema (the ZModel schema); needed by migrate-dev, db-push and diffs from a
 *                        schema
 * @param name            the name of a new migration ({@code migrate-dev})
 * @param createOnly      write the new migration without applying it
 * @param acceptDataLoss  allow changes that lose data
 * @param reset           allow {@code migrate-dev} to reset the development database (drift, edited history)
 * @param allowRemote     allow destructive actions (resets) on a database that is not local
 * @param force           {@code migrate-reset}, {@code db-push} with {@code forceReset}: drop everything without
 *                        asking (Prisma's {@code --force}); without it they ask in an interactive session and refuse
 *                        when nobody can answer
 * @param forceReset      {@code db-push}: drop every table, view and type before pushing
 * @param releaseLock     {@code migrate-deploy}: release a stale Liquibase lock before applying
 * @param checkDrift      {@code migrate-status}: replay the applied migrations on a shadow database and report drift
 * @param failOnPending   {@code migrate-status}: fail when migrations are pending (the CI gate)
 * @param changelogFormat format of new migrations
 * @param renames         rename hints ({@code User.name=User.fullName})
 * @param lockTimeout     how long {@code migrate-deploy} waits for another run's lock
 * @param liquibaseLockWait how long {@code migrate-deploy}/{@code migrate-resolve} wait for Liquibase's lock
 *                        ({@code DATABASECHANGELOGLOCK}) held by someone else before failing with what holds it
 * @param listener        progress and warnings
 * @param prompter        asks before a reset; {@link Prompter#NON_INTERACTIVE} by default
 * @param clock           the time new migration folders are named after (UTC)
 * @param include         globs of the tables the project owns (db pull's {@code include}; empty: every table); the
 *                        others are never created, changed, dropped, reset or reported as drift
 * @param exclude         globs of tables the project does not own (db pull's {@code exclude}): another application's,
 *                        a queue's, a cache's
 * @param replayCache     {@code migrate-dev}, {@code migrate-status} (checkDrift), {@code migrate-diff} (migrations
 *                        side): the directory of the replay cache (what replaying migrations on a shadow database
 *                        produced, by a hash of everything that determines it); null: always replay
 */
public record MigrateOptions(
        ConnectionSettings database,
        ConnectionSettings shadowDatabase,
        Path migrations,
        DesiredState desired,
        String name,
        boolean createOnly,
        boolean acceptDataLoss,
        boolean reset,
        boolean allowRemote,
        boolean force,
        boolean forceReset,
        boolean releaseLock,
        boolean checkDrift,
        boolean failOnPending,
        ChangelogFormat changelogFormat,
        List<String> renames,
        Duration lockTimeout,
        Duration liquibaseLockWait,
        Listener listener,
        Prompter prompter,
        Clock clock,
        List<String> include,
        List<String> exclude,
        Path replayCache) {
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofMinutes(5);
    public static final Duration DEFAULT_LIQUIBASE_LOCK_WAIT = Duration.ofSeconds(10);

    public MigrateOptions {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(migrations, "migrations");
        name = name == null || name.isBlank() ? null : name.strip();
        changelogFormat = changelogFormat == null ? ChangelogFormat.XML : changelogFormat;
        renames = renames == null
                ? List.of()
                : renames.stream().filter(r -> r != null && !r.isBlank()).toList();
        lockTimeout = lockTimeout == null ? DEFAULT_LOCK_TIMEOUT : lockTimeout;
        liquibaseLockWait = liquibaseLockWait == null ? DEFAULT_LIQUIBASE_LOCK_WAIT : liquibaseLockWait;
        listener = listener == null ? Listener.NONE : listener;
        prompter = prompter == null ? Prompter.NON_INTERACTIVE : prompter;
        clock = clock == null ? Clock.systemUTC() : clock;
        include = include == null ? List.of() : List.copyOf(include);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
    }

    /** Defaults: no shadow URL, no desired state, XML, nothing allowed, nothing printed. */
    public static MigrateOptions of(ConnectionSettings database, Path migrations) {
        return new MigrateOptions(
                database,
                null,
                migrations,
                null,
                null,
                false,
                false,
                false,
                false,
                false,
                false,
                false,
                false,
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    public Provider provider() {
        return database.provider();
    }

    /** The same options for another database (e.g. deploy the migrations of a project to production). */
    public MigrateOptions withDatabase(ConnectionSettings value) {
        return new MigrateOptions(
                value,
                shadowDatabase,
                migrations,
                desired,
                name,
                createOnly,
                acceptDataLoss,
                reset,
                allowRemote,
                force,
                forceReset,
                releaseLock,
                checkDrift,
                failOnPending,
                changelogFormat,
                renames,
                lockTimeout,
                liquibaseLockWait,
                listener,
                prompter,
                clock,
                include,
                exclude,
                replayCache);
    }

    public MigrateOptions withShadowDatabase(ConnectionSettings value) {
        return new MigrateOptions(
                database,
                value,
                migrations,
                desired,
                name,
                createOnly,
                acceptDataLoss,
                reset,
                allowRemote,
                force,
                forceReset,
                releaseLock,
                checkDrift,
                failOnPending,
                changelogFormat,
                renames,
                lockTimeout,
                liquibaseLockWait,
                listener,
                prompter,
                clock,
                include,
                exclude,
                replayCache);
    }

    public MigrateOptions withDesired(DesiredState value) {
        return new MigrateOptions(
                database,
                shadowDatabase,
                migrations,
                value,
                name,
                createOnly,
                acceptDataLoss,
                reset,
                allowRemote,
                force,
                forceReset,
                releaseLock,
                checkDrift,
                failOnPending,
                changelogFormat,
                renames,
                lockTimeout,
                liquibaseLockWait,
                listener,
                prompter,
                clock,
                include,
                exclude,
                replayCache);
    }

    public MigrateOptions withName(String value) {
        return new MigrateOptions(
                database,
                shadowDatabase,
                migrations,
                desired,
                value,
                createOnly,
                acceptDataLoss,
                reset,
                allowRemote,
                force,
                forceReset,
                releaseLock,
                checkDrift,
                failOnPending,
                changelogFormat,
                renames,
                lockTimeout,
                liquibaseLockWait,
                listener,
                prompter,
                clock,
                include,
                exclude,
                replayCache);
    }

    public MigrateOptions withCreateOnly(boolean value) {
        return new MigrateOptions(
                database,
                shadowDatabase,
                migrations,
                desired,
                name,
                value,
                acceptDataLoss,
                reset,
                allowRemote,
                force,
                forceReset,
                releaseLock,
                checkDrift,
                failOnPending,
                changelogFormat,
                renames,
                lockTimeout,
                liquibaseLockWait,
                listener,
                prompter,
                clock,
                include,
                exclude,
                replayCache);
    }

    public MigrateOptions withAcceptDataLoss(boolean value) {
        return new MigrateOptions(
                database,
                shadowDatabase,
                migrations,
                desired,
                name,
                createOnly,
                value,
                reset,
                allowRemote,
                force,
                forceReset,
                releaseLock,
                checkDrift,
                failOnPending,
                changelogFormat,
                renames,
                lockTimeout,
                liquibaseLockWait,
                listener,
                prompter,
                clock,
                include,
                exclude,
                replayCache);
    }

    public MigrateOptions withReset(boolean value) {
        return new MigrateOptions(
                database,
                shadowDatabase,
                migrations,
                desired,
                name,
                createOnly,
                acceptDataLoss,
                value,
                allowRemote,
                force,
                forceReset,
                releaseLock,
                checkDrift,
                failOnPending,
                changelogFormat,
                renames,
                lockTimeout,
                liquibaseLockWait,
                listener,
                prompter,
                clock,
                include,
                exclude,
                replayCache);
    }

    public MigrateOptions withAllowRemote(boolean value) {
        return new MigrateOptions(
                database,
                shadowDatabase,
                migrations,
                desired,
                name,
                createOnly,
                acceptDataLoss,
                reset,
                value,
                force,
                forceReset,
                releaseLock,
                checkDrift,
                failOnPending,
                changelogFormat,
                renames,
                lockTimeout,
                liquibaseLockWait,
                listener,
                prompter,
                clock,
                include,
                exclude,
                replayCache);
    }

    /**
     * Drop everything without asking ({@code migrate-reset}, {@code db-push} with {@code forceReset}); a database
     * that is not local still needs {@link #withAllowRemote}.
     */
    public MigrateOptions withForce(boolean value) {
        return new MigrateOptions(
                database,
                shadowDatabase,
                migrations,
                desired,
                name,
                createOnly,
                acceptDataLoss,
                reset,
                allowRemote,
                value,
                forceReset,
                releaseLock,
                checkDrift,
                failOnPending,
                changelogFormat,
                renames,
                lockTimeout,
                liquibaseLockWait,
                listener,
                prompter,
                clock,
                include,
                exclude,
                replayCache);
    }

    public MigrateOptions withForceReset(boolean value) {
        return new MigrateOptions(
                database,
                shadowDatabase,
                migrations,
                desired,
                name,
                createOnly,
                acceptDataLoss,
                reset,
                allowRemote,
                force,
                value,
                releaseLock,
                checkDrift,
                failOnPending,
                changelogFormat,
                renames,
                lockTimeout,
                liquibaseLockWait,
                listener,
                prompter,
                clock,
                include,
                exclude,
                replayCache);
    }

    public MigrateOptions withReleaseLock(boolean value) {
        return new MigrateOptions(
                database,
                shadowDatabase,
                migrations,
                desired,
                name,
                createOnly,
                acceptDataLoss,
                reset,
                allowRemote,
                force,
                forceReset,
                value,
                checkDrift,
                failOnPending,
                changelogFormat,
                renames,
                lockTimeout,
                liquibaseLockWait,
                listener,
                prompter,
                clock,
                include,
                exclude,
                replayCache);
    }

    public MigrateOptions withCheckDrift(boolean value) {
        return new MigrateOptions(
                database,
                shadowDatabase,
                migrations,
                desired,
                name,
                createOnly,
                acceptDataLoss,
                reset,
                allowRemote,
                force,
                forceReset,
                releaseLock,
                value,
                failOnPending,
                changelogFormat,
                renames,
                lockTimeout,
                liquibaseLockWait,
                listener,
                prompter,
                clock,
                include,
                exclude,
                replayCache);
    }

    public MigrateOptions withFailOnPending(boolean value) {
        return new MigrateOptions(
                database,
                shadowDatabase,
                migrations,
                desired,
                name,
                createOnly,
                acceptDataLoss,
                reset,
                allowRemote,
                force,
                forceReset,
                releaseLock,
                checkDrift,
                value,
                changelogFormat,
                renames,
                lockTimeout,
                liquibaseLockWait,
                listener,
                prompter,
                clock,
                include,
                exclude,
                replayCache);
    }

    public MigrateOptions withChangelogFormat(ChangelogFormat value) {
        return new MigrateOptions(
                database,
                shadowDatabase,
                migrations,
                desired,
                name,
                createOnly,
                acceptDataLoss,
                reset,
                allowRemote,
                force,
                forceReset,
                releaseLock,
                checkDrift,
                failOnPending,
                value,
                renames,
                lockTimeout,
                liquibaseLockWait,
                listener,
                prompter,
                clock,
                include,
                exclude,
                replayCache);
    }

    public MigrateOptions withRenames(List<String> value) {
        return new MigrateOptions(
                database,
                shadowDatabase,
                migrations,
                desired,
                name,
                createOnly,
                acceptDataLoss,
                reset,
                allowRemote,
                force,
                forceReset,
                releaseLock,
                checkDrift,
                failOnPending,
                changelogFormat,
                value,
                lockTimeout,
                liquibaseLockWait,
                listener,
                prompter,
                clock,
                include,
                exclude,
                replayCache);
    }

    public MigrateOptions withLockTimeout(Duration value) {
        return new MigrateOptions(
                database,
                shadowDatabase,
                migrations,
                desired,
                name,
                createOnly,
                acceptDataLoss,
                reset,
                allowRemote,
                force,
                forceReset,
                releaseLock,
                checkDrift,
                failOnPending,
                changelogFormat,
                renames,
                value,
                liquibaseLockWait,
                listener,
                prompter,
                clock,
                include,
                exclude,
                replayCache);
    }

    public MigrateOptions withLiquibaseLockWait(Duration value) {
        return new MigrateOptions(
                database,
                shadowDatabase,
                migrations,
                desired,
                name,
                createOnly,
                acceptDataLoss,
                reset,
                allowRemote,
                force,
                forceReset,
                releaseLock,
                checkDrift,
                failOnPending,
                changelogFormat,
                renames,
                lockTimeout,
                value,
                listener,
                prompter,
                clock,
                include,
                exclude,
                replayCache);
    }

    public MigrateOptions withListener(Listener value) {
        return new MigrateOptions(
                database,
                shadowDatabase,
                migrations,
                desired,
                name,
                createOnly,
                acceptDataLoss,
                reset,
                allowRemote,
                force,
                forceReset,
                releaseLock,
                checkDrift,
                failOnPending,
                changelogFormat,
                renames,
                lockTimeout,
                liquibaseLockWait,
                value,
                prompter,
                clock,
                include,
                exclude,
                replayCache);
    }

    public MigrateOptions withPrompter(Prompter value) {
        return new MigrateOptions(
                database,
                shadowDatabase,
                migrations,
                desired,
                name,
                createOnly,
                acceptDataLoss,
                reset,
                allowRemote,
                force,
                forceReset,
                releaseLock,
                checkDrift,
                failOnPending,
                changelogFormat,
                renames,
                lockTimeout,
                liquibaseLockWait,
                listener,
                value,
                clock,
                include,
                exclude,
                replayCache);
    }

    public MigrateOptions withClock(Clock value) {
        return new MigrateOptions(
                database,
                shadowDatabase,
                migrations,
                desired,
                name,
                createOnly,
                acceptDataLoss,
                reset,
                allowRemote,
                force,
                forceReset,
                releaseLock,
                checkDrift,
                failOnPending,
                changelogFormat,
                renames,
                lockTimeout,
                liquibaseLockWait,
                listener,
                prompter,
                value,
                include,
                exclude,
                replayCache);
    }

    /** Only the tables these globs accept belong to the project (db pull's {@code include}); see {@link #exclude}. */
    public MigrateOptions withInclude(List<String> value) {
        return new MigrateOptions(
                database,
                shadowDatabase,
                migrations,
                desired,
                name,
                createOnly,
                acceptDataLoss,
                reset,
                allowRemote,
                force,
                forceReset,
                releaseLock,
                checkDrift,
                failOnPending,
                changelogFormat,
                renames,
                lockTimeout,
                liquibaseLockWait,
                listener,
                prompter,
                clock,
                value,
                exclude,
                replayCache);
    }

    /**
     * Tables the project does not own (db pull's {@code exclude}, Prisma's {@code tables.external}): never created,
     * changed, dropped, reset or reported as drift.
     */
    public MigrateOptions withExclude(List<String> value) {
        return new MigrateOptions(
                database,
                shadowDatabase,
                migrations,
                desired,
                name,
                createOnly,
                acceptDataLoss,
                reset,
                allowRemote,
                force,
                forceReset,
                releaseLock,
                checkDrift,
                failOnPending,
                changelogFormat,
                renames,
                lockTimeout,
                liquibaseLockWait,
                listener,
                prompter,
                clock,
                include,
                value,
                replayCache);
    }

    /**
     * {@code migrate-dev}, {@code migrate-status} (checkDrift) and {@code migrate-diff} (a migrations side) keep what
     * replaying migrations on a shadow database produced in {@code directory} and reuse it while nothing that
     * determines it changed, whichever of them stored it (docs/migrations.md#the-replay-cache); null (the default):
     * always replay.
     */
    public MigrateOptions withReplayCache(Path directory) {
        return new MigrateOptions(
                database,
                shadowDatabase,
                migrations,
                desired,
                name,
                createOnly,
                acceptDataLoss,
                reset,
                allowRemote,
                force,
                forceReset,
                releaseLock,
                checkDrift,
                failOnPending,
                changelogFormat,
                renames,
                lockTimeout,
                liquibaseLockWait,
                listener,
                prompter,
                clock,
                include,
                exclude,
                directory);
    }

    @Override
    public String toString() {
        return "MigrateOptions[database=" + database.displayUrl() + ", migrations=" + migrations + ", name=" + name
                + ", createOnly=" + createOnly + ", acceptDataLoss=" + acceptDataLoss + ", reset=" + reset
                + ", allowRemote=" + allowRemote + ", force=" + force + ", forceReset=" + forceReset + ", releaseLock="
                + releaseLock + ", checkDrift=" + checkDrift + ", failOnPending=" + failOnPending + ", changelogFormat="
                + changelogFormat + ", renames=" + renames + ", include=" + include + ", exclude=" + exclude
                + ", replayCache=" + replayCache + "]";
    }
}
