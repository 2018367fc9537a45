package dev.zmodel.liquibase;

import dev.zmodel.Listener;
import dev.zmodel.ZModelException;
import dev.zmodel.datasource.LiquibaseSettings;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.visitor.AbstractChangeExecListener;
import liquibase.command.CommandScope;
import liquibase.command.core.ChangelogSyncCommandStep;
import liquibase.command.core.ReleaseLocksCommandStep;
import liquibase.command.core.RollbackCountCommandStep;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.UpdateCountCommandStep;
import liquibase.command.core.helpers.ChangeExecListenerCommandStep;
import liquibase.command.core.helpers.DatabaseChangelogCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.resource.DirectoryResourceAccessor;

import java.io.OutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs Liquibase commands on a caller's JDBC connection, the way the migration workflows need them: analytics
 * off, output to the {@link Listener} (nothing printed), changelog files resolved relative to a base directory
 * (the migrations directory). The connection stays open and gets its auto-commit mode back afterwards (Liquibase
 * switches it off).
 *
 * <ul>
 *   <li>{@link #update}: apply every pending changeset (Liquibase {@code update}, under Liquibase's lock; it
 *       validates checksums first).</li>
 *   <li>{@link #changelogSync}: record the changesets of one file as ran without running them (only the missing
 *       rows are inserted).</li>
 *   <li>{@link #releaseLocks}: clear a stale {@code DATABASECHANGELOGLOCK} row left by a crashed run.</li>
 * </ul>
 * Reading and deleting history rows is {@link ChangelogHistory}; the declared changesets and their checksums are
 * {@link ChangelogFiles}.
 */
public final class LiquibaseRunner {
    private LiquibaseRunner() {}

    /** The debug line of an update that applies the migration just written from memory. */
    public static final String FROM_MEMORY = "Applying the changesets as rendered, without parsing the file again: ";

    /** Told about each changeset Liquibase ran, as it happens. */
    @FunctionalInterface
    public interface ChangesetRan {
        ChangesetRan NONE = (file, id) -> {};

        /**
         * @param file the changeset's changelog file as recorded in {@code DATABASECHANGELOG.FILENAME} (relative to
         *             the base directory, e.g. {@code 20261122093000_init/migration.xml})
         * @param id   the changeset id
         */
        void ran(String file, String id);
    }

    /**
     * Applies every pending changeset of {@code masterChangelog} (Liquibase {@code update}) on the connection,
     * reporting each applied changeset to the listener at debug level.
     */
    public static void update(Connection connection, Path masterChangelog, Listener listener) {
        update(connection, LiquibaseSettings.defaults(), masterChangelog, listener, ChangesetRan.NONE);
    }

    /**
     * {@link #update(Connection, Path, Listener)} with the history where {@code settings} say, telling {@code ran}
     * about each changeset as it completes.
     */
    public static void update(
            Connection connection,
            LiquibaseSettings settings,
            Path masterChangelog,
            Listener listener,
            ChangesetRan ran) {
        Path file = masterChangelog.toAbsolutePath().normalize();
        update(connection, settings, file.getParent(), file.getFileName().toString(), listener, ran);
    }

    /**
     * Liquibase {@code update} of {@code changelogFile} (relative to {@code baseDir}).
     *
     * @throws ChangesetFailedException when a changeset fails: its id and logical path, and the database's own text
     * @throws ZModelException          when Liquibase fails outside a changeset (parsing, checksums, its lock)
     */
    public static void update(Connection connection, Path baseDir, String changelogFile, Listener listener) {
        update(connection, LiquibaseSettings.defaults(), baseDir, changelogFile, listener, ChangesetRan.NONE);
    }

    /** {@link #update(Connection, Path, String, Listener)} with the history where {@code settings} say. */
    public static void update(
            Connection connection, LiquibaseSettings settings, Path baseDir, String changelogFile, Listener listener) {
        update(connection, settings, baseDir, changelogFile, listener, ChangesetRan.NONE);
    }

    /**
     * {@link #update(Connection, LiquibaseSettings, Path, String, Listener)} telling {@code ran} about each changeset
     * as it completes.
     */
    public static void update(
            Connection connection,
            LiquibaseSettings settings,
            Path baseDir,
            String changelogFile,
            Listener listener,
            ChangesetRan ran) {
        update(connection, settings, baseDir, changelogFile, null, listener, ran);
    }

    /**
     * Liquibase {@code update} where every migration but the one just written is applied: that one's changesets
     * straight from memory when {@code onlyPending} {@linkplain RenderedChangelog#appliesFromMemory() can be} (the
     * same identities and checksums as its file's, without parsing it or the applied migrations again), otherwise
     * the master changelog as {@link #update(Connection, LiquibaseSettings, Path, Listener, ChangesetRan)} does.
     */
    public static void update(
            Connection connection,
            LiquibaseSettings settings,
            Path masterChangelog,
            RenderedChangelog onlyPending,
            Listener listener,
            ChangesetRan ran) {
        Path file = masterChangelog.toAbsolutePath().normalize();
        DatabaseChangeLog changelog = onlyPending == null ? null : onlyPending.changelog();
        if (changelog != null) {
            listener.debug(FROM_MEMORY + changelog.getLogicalFilePath() + ".");
        }
        update(connection, settings, file.getParent(), file.getFileName().toString(), changelog, listener, ran);
    }

    private static void update(
            Connection connection,
            LiquibaseSettings settings,
            Path baseDir,
            String changelogFile,
            DatabaseChangeLog inMemory,
            Listener listener,
            ChangesetRan ran) {
        Path dir = baseDir.toAbsolutePath().normalize();
        Reporter reporter = new Reporter(listener, ran);
        try {
            run(connection, settings, listener, dir, database -> {
                CommandScope update = new CommandScope(UpdateCommandStep.COMMAND_NAME)
                        .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                        .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelogFile)
                        .addArgumentValue(ChangeExecListenerCommandStep.CHANGE_EXEC_LISTENER_ARG, reporter)
                        .setOutput(OutputStream.nullOutputStream());
                if (inMemory != null) {
                    update.addArgumentValue(UpdateCommandStep.CHANGELOG_ARG, inMemory);
                }
                update.execute();
            });
        } catch (ZModelException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            String message = "Applying the migrations of " + dir.resolve(changelogFile) + " failed: "
                    + e.getMessage().replaceFirst("^Liquibase failed: ", "");
            ChangeSet running = reporter.running;
            if (running != null) {
                throw new ChangesetFailedException(
                        message, running.getId(), running.getFilePath(), databaseText(cause), cause);
            }
            throw new ZModelException(message, cause);
        }
    }

    /**
     * Liquibase {@code update-count}: applies the first {@code count} pending changesets of {@code changelogFile}
     * (relative to {@code baseDir}), e.g. to replay what ran of a migration that failed part-way.
     */
    public static void updateCount(
            Connection connection,
            LiquibaseSettings settings,
            Path baseDir,
            String changelogFile,
            int count,
            Listener listener) {
        Path dir = baseDir.toAbsolutePath().normalize();
        try {
            run(
                    connection,
                    settings,
                    listener,
                    dir,
                    database -> new CommandScope(UpdateCountCommandStep.COMMAND_NAME)
                            .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                            .addArgumentValue(UpdateCountCommandStep.CHANGELOG_FILE_ARG, changelogFile)
                            .addArgumentValue(UpdateCountCommandStep.COUNT_ARG, count)
                            .setOutput(OutputStream.nullOutputStream())
                            .execute());
        } catch (ZModelException e) {
            throw failed("Applying the first " + count + " changeset(s) of " + dir.resolve(changelogFile), e);
        }
    }

    /** "{@code what} failed: " and Liquibase's failure without its "Liquibase failed: " prefix, with its cause. */
    private static ZModelException failed(String what, ZModelException e) {
        return new ZModelException(
                what + " failed: " + e.getMessage().replaceFirst("^Liquibase failed: ", ""),
                e.getCause() != null ? e.getCause() : e);
    }

    /**
     * The innermost SQL error's text (the database's or driver's own words), else the innermost message; never a
     * Java class name.
     */
    static String databaseText(Throwable failure) {
        String text = null;
        String sql = null;
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                text = t.getMessage();
            }
            if (t instanceof SQLException && t.getMessage() != null) {
                sql = t.getMessage();
            }
        }
        String out = sql != null ? sql : text == null ? failure.getClass().getSimpleName() : text;
        out = out.replaceAll("(?s)\\s*\\[Failed SQL:.*", "")
                .replaceAll("\\(conn=\\d+\\) ", "")
                .replaceAll("^[a-z]+(\\.[a-zA-Z0-9_$]+)+: ", "");
        return out.strip();
    }

    /**
     * Liquibase {@code changelogSync} of one changelog file: inserts a {@code MARK_RAN} row for each of its
     * changesets that has none, without running them.
     */
    public static void changelogSync(
            Connection connection, LiquibaseSettings settings, Path baseDir, String changelogFile, Listener listener) {
        Path dir = baseDir.toAbsolutePath().normalize();
        try {
            run(
                    connection,
                    settings,
                    listener,
                    dir,
                    database -> new CommandScope(ChangelogSyncCommandStep.COMMAND_NAME)
                            .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                            .addArgumentValue(DatabaseChangelogCommandStep.CHANGELOG_FILE_ARG, changelogFile)
                            .setOutput(OutputStream.nullOutputStream())
                            .execute());
        } catch (ZModelException e) {
            throw failed("Recording " + dir.resolve(changelogFile) + " as applied", e);
        }
    }

    /**
     * Liquibase {@code rollbackCount}: rolls back the last {@code count} changesets recorded in
     * {@code DATABASECHANGELOG} (newest first) through their rollbacks, deleting each one's row, under Liquibase's
     * lock. {@code ran} is told about each changeset rolled back.
     *
     * @throws ZModelException naming the changeset whose rollback failed and the database's own text
     */
    public static void rollbackCount(
            Connection connection,
            LiquibaseSettings settings,
            Path masterChangelog,
            int count,
            Listener listener,
            ChangesetRan ran) {
        Path file = masterChangelog.toAbsolutePath().normalize();
        Reporter reporter = new Reporter(listener, ran);
        try {
            run(
                    connection,
                    settings,
                    listener,
                    file.getParent(),
                    database -> new CommandScope(RollbackCountCommandStep.COMMAND_NAME)
                            .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                            .addArgumentValue(
                                    DatabaseChangelogCommandStep.CHANGELOG_FILE_ARG,
                                    file.getFileName().toString())
                            .addArgumentValue(RollbackCountCommandStep.COUNT_ARG, count)
                            .addArgumentValue(ChangeExecListenerCommandStep.CHANGE_EXEC_LISTENER_ARG, reporter)
                            .setOutput(OutputStream.nullOutputStream())
                            .execute());
        } catch (ZModelException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            ChangeSet running = reporter.rollingBack;
            throw new ZModelException(
                    (running == null ? "" : "the rollback of changeset " + running.getId() + " failed: ")
                            + databaseText(cause),
                    cause);
        }
    }

    /** Liquibase {@code releaseLocks}: clears the {@code DATABASECHANGELOGLOCK} row (creating the table if needed). */
    public static void releaseLocks(Connection connection, LiquibaseSettings settings, Listener listener) {
        run(
                connection,
                settings,
                listener,
                null,
                database -> new CommandScope(ReleaseLocksCommandStep.COMMAND_NAME)
                        .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                        .setOutput(OutputStream.nullOutputStream())
                        .execute());
    }

    /**
     * The {@code LOCKEDBY} text Liquibase writes into {@code DATABASECHANGELOGLOCK} from this JVM
     * ({@code host[#liquibase.hostDescription] (address)}).
     */
    public static String lockOwnerOfThisHost() {
        return LockOwner.value();
    }

    /** Reads Liquibase's own (protected) host description, so the text is exactly the one it writes. */
    private static final class LockOwner extends liquibase.sqlgenerator.core.LockDatabaseChangeLogGenerator {
        static String value() {
            return hostname + hostDescription + " (" + hostaddress + ")";
        }
    }

    interface Command {
        void run(Database database) throws Exception;
    }

    /** Runs {@code command} on a Liquibase {@link Database} over the connection, with the history where {@code settings} say. */
    static void run(Connection connection, LiquibaseSettings settings, Listener listener, Path dir, Command command) {
        DirectoryResourceAccessor resources;
        try {
            resources = dir == null ? null : new DirectoryResourceAccessor(dir);
        } catch (java.io.FileNotFoundException e) {
            throw new ZModelException("The migrations directory " + dir + " does not exist.", e);
        }
        LiquibaseDatabase.run(connection, settings, listener, resources, database -> {
            command.run(database);
            return null;
        });
    }

    /**
     * Tells the listener about each changeset Liquibase runs (debug: a migration can have hundreds; the workflows
     * report one line per migration and progress through {@code ran}), and remembers the one that is running.
     */
    private static final class Reporter extends AbstractChangeExecListener {
        private final Listener listener;
        private final ChangesetRan ran;
        private volatile ChangeSet running;
        private volatile ChangeSet rollingBack;

        Reporter(Listener listener, ChangesetRan ran) {
            this.listener = listener == null ? Listener.NONE : listener;
            this.ran = ran == null ? ChangesetRan.NONE : ran;
        }

        @Override
        public void willRun(
                ChangeSet changeSet,
                DatabaseChangeLog databaseChangeLog,
                Database database,
                liquibase.changelog.ChangeSet.RunStatus runStatus) {
            running = changeSet;
        }

        @Override
        public void ran(
                ChangeSet changeSet,
                DatabaseChangeLog databaseChangeLog,
                Database database,
                ChangeSet.ExecType execType) {
            running = null;
            listener.debug("Applied " + changeSet.getId()
                    + (changeSet.getComments() != null ? " (" + changeSet.getComments() + ")" : ""));
            ran.ran(changeSet.getFilePath(), changeSet.getId());
        }

        @Override
        public void willRollback(ChangeSet changeSet, DatabaseChangeLog databaseChangeLog, Database database) {
            rollingBack = changeSet;
        }

        @Override
        public void rolledBack(ChangeSet changeSet, DatabaseChangeLog databaseChangeLog, Database database) {
            rollingBack = null;
            listener.debug("Rolled back " + changeSet.getId());
            ran.ran(changeSet.getFilePath(), changeSet.getId());
        }

        @Override
        public void runFailed(
                ChangeSet changeSet, DatabaseChangeLog databaseChangeLog, Database database, Exception exception) {
            listener.warn("Changeset " + changeSet.getId() + " failed: " + databaseText(exception));
        }
    }
}
