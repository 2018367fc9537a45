package dev.zmodel;

/**
 * The {@code zenstack.*} user properties ({@code mvn … -Dzenstack.name=value}) in one place: the Maven goals bind
 * their parameters to them and the library's messages name them. Each is {@code zenstack.} + the parameter's name;
 * which goals take it is in {@code docs/goals.md}.
 */
public final class PropertyNames {
    /** What every property name starts with. */
    public static final String PREFIX = "zenstack.";

    /** The ZModel schema file (the entry file of a multi-file schema). */
    public static final String SCHEMA = "zenstack.schema";
    /** Skip the goal. */
    public static final String SKIP = "zenstack.skip";
    /** Fail, instead of skipping, in a module of a multi-module build that has no schema file. */
    public static final String FAIL_IF_NO_SCHEMA = "zenstack.failIfNoSchema";

    /** Database URL, overriding the schema's {@code datasource.url} ({@code init}: the url to write). */
    public static final String URL = "zenstack.url";
    /** Database user, overriding the URL's. */
    public static final String USERNAME = "zenstack.username";
    /** Database password, overriding the URL's. */
    public static final String PASSWORD = "zenstack.password";
    /** Id of the {@code <server>} in {@code settings.xml} holding the database credentials. */
    public static final String SERVER_ID = "zenstack.serverId";

    /** The migrations directory. */
    public static final String MIGRATIONS = "zenstack.migrations";
    /** A database to use as the shadow database instead of a temporary one. */
    public static final String SHADOW_DATABASE_URL = "zenstack.shadowDatabaseUrl";
    /** {@code migrate-dev}: reuse what earlier replays of the same migrations on a shadow database produced. */
    public static final String REPLAY_CACHE = "zenstack.replayCache";

    /** {@code db-pull}: naming preset of new declarations ({@code zenstack}, {@code prisma}). */
    public static final String NAMING = "zenstack.naming";
    /** {@code db-pull}: casing of new model and enum names. */
    public static final String MODEL_CASING = "zenstack.modelCasing";
    /** {@code db-pull}: casing of new field names and enum values. */
    public static final String FIELD_CASING = "zenstack.fieldCasing";
    /** {@code db-pull}: write {@code @map}/{@code @@map} even where a name equals the database name. */
    public static final String ALWAYS_MAP = "zenstack.alwaysMap";
    /** {@code db-pull}: globs of the tables and views to read. */
    public static final String INCLUDE = "zenstack.include";
    /** {@code db-pull}: globs of the tables and views to leave out. */
    public static final String EXCLUDE = "zenstack.exclude";
    /** {@code db-pull}: write nothing, print the diff. {@code migrate-deploy}: print the SQL, run nothing. */
    public static final String DRY_RUN = "zenstack.dryRun";
    /**
     * {@code db-pull}: ignore the existing models and write the fresh result (Prisma's {@code db pull --force}).
     * {@code migrate-reset}, {@code db-push -Dzenstack.forceReset}: drop everything without asking (Prisma's
     * {@code migrate reset --force}); {@code migrate-rollback}: roll back without asking; without it they ask in an
     * interactive session and refuse in batch mode. Never
     * allows a database that is not local: that is {@link #ALLOW_REMOTE}.
     */
    public static final String FORCE = "zenstack.force";
    /**
     * {@code migrate-reset}, the reset of {@code migrate-dev}, {@code db-push -Dzenstack.forceReset}: allow a database
     * that is not local.
     */
    public static final String ALLOW_REMOTE = "zenstack.allowRemote";

    /** {@code format}: only check, write nothing. */
    public static final String CHECK = "zenstack.check";
    /** {@code init}: the provider of the new datasource. */
    public static final String PROVIDER = "zenstack.provider";

    /** {@code migrate-dev}, {@code db-push}, {@code migrate-rollback}: go ahead although data is lost. */
    public static final String ACCEPT_DATA_LOSS = "zenstack.acceptDataLoss";
    /** {@code db-push}: drop every table, view and type first. */
    public static final String FORCE_RESET = "zenstack.forceReset";
    /** Rename hints ({@code Model.old=Model.new}, comma-separated). */
    public static final String RENAMES = "zenstack.renames";
    /** {@code migrate-dev}, {@code migrate-baseline}: name of the new migration. */
    public static final String NAME = "zenstack.name";
    /** {@code migrate-dev}: write the new migration without applying it. */
    public static final String CREATE_ONLY = "zenstack.createOnly";
    /** {@code migrate-dev}: reset the development database when drift or a broken history requires it. */
    public static final String RESET = "zenstack.reset";
    /** Format of new migrations and diffs ({@code xml}, {@code yaml}, {@code sql}). */
    public static final String CHANGELOG_FORMAT = "zenstack.changelogFormat";

    /** {@code migrate-deploy}: release a stale Liquibase lock before applying. */
    public static final String RELEASE_LOCK = "zenstack.releaseLock";
    /** {@code migrate-deploy}: apply pending migrations that are older than applied ones (Flyway's outOfOrder). */
    public static final String OUT_OF_ORDER = "zenstack.outOfOrder";
    /** {@code migrate-rollback}: how many of the last applied migrations to roll back. */
    public static final String COUNT = "zenstack.count";
    /** {@code migrate-deploy}: seconds to wait for a Liquibase lock held by another run. */
    public static final String LIQUIBASE_LOCK_WAIT = "zenstack.liquibaseLockWait";

    /** {@code migrate-diff}: the current state. */
    public static final String FROM = "zenstack.from";
    /** {@code migrate-diff}: the desired state. */
    public static final String TO = "zenstack.to";
    /** {@code migrate-diff}: fail the build when the two sides differ. */
    public static final String EXIT_CODE = "zenstack.exitCode";
    /** {@code migrate-diff}: the file to write the changelog to. */
    public static final String OUTPUT = "zenstack.output";

    /** {@code migrate-reset}: SQL files run after the migrations. */
    public static final String SEED = "zenstack.seed";
    /** {@code migrate-resolve}: the migration to record as applied. */
    public static final String APPLIED = "zenstack.applied";
    /** {@code migrate-resolve}: the migration whose history rows to delete. */
    public static final String ROLLED_BACK = "zenstack.rolledBack";
    /** {@code migrate-status}: fail when migrations are pending. */
    public static final String FAIL_ON_PENDING = "zenstack.failOnPending";
    /** {@code migrate-status}: replay the applied migrations on a shadow database and fail on drift. */
    public static final String CHECK_DRIFT = "zenstack.checkDrift";

    private PropertyNames() {}

    /** The command-line flag {@code -Dname}, as a message tells the user to pass it. */
    public static String flag(String name) {
        return "-D" + name;
    }

    /** The command-line flag {@code -Dname=value}. */
    public static String flag(String name, String value) {
        return "-D" + name + "=" + value;
    }
}
