package dev.zmodel.liquibase;

import dev.zmodel.Listener;
import dev.zmodel.ZModelException;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.visitor.AbstractChangeExecListener;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.ChangeExecListenerCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.resource.DirectoryResourceAccessor;

import java.io.OutputStream;
import java.nio.file.Path;
import java.sql.Connection;

/**
 * Runs Liquibase on a caller's JDBC connection, the way the migration workflows need it: analytics off, output
 * to the {@link Listener}, changelog files resolved relative to the master changelog's directory. Minimal for
 * now ({@code update}); status, locks and resolve come with the workflows.
 */
public final class LiquibaseRunner {
    private LiquibaseRunner() {
    }

    /**
     * Applies every pending changeset of {@code masterChangelog} (Liquibase {@code update}) on the connection,
     * reporting each applied changeset to the listener. The connection stays open.
     */
    public static void update(Connection connection, Path masterChangelog, Listener listener) {
        Path file = masterChangelog.toAbsolutePath().normalize();
        Path dir = file.getParent();
        try {
            LiquibaseScope.run(listener, new DirectoryResourceAccessor(dir), () -> {
                Database database = DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(connection));
                new CommandScope(UpdateCommandStep.COMMAND_NAME)
                        .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                        .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, file.getFileName().toString())
                        .addArgumentValue(ChangeExecListenerCommandStep.CHANGE_EXEC_LISTENER_ARG,
                                new Reporter(listener))
                        .setOutput(OutputStream.nullOutputStream())
                        .execute();
                return null;
            });
        } catch (java.io.FileNotFoundException e) {
            throw new ZModelException("The migrations directory " + dir + " does not exist.", e);
        } catch (ZModelException e) {
            throw new ZModelException("Applying the migrations of " + file + " failed: "
                    + e.getMessage().replaceFirst("^Liquibase failed: ", ""), e.getCause() != null ? e.getCause() : e);
        }
    }

    /** Tells the listener about each changeset Liquibase runs. */
    private static final class Reporter extends AbstractChangeExecListener {
        private final Listener listener;

        Reporter(Listener listener) {
            this.listener = listener == null ? Listener.NONE : listener;
        }

        @Override
        public void ran(ChangeSet changeSet, DatabaseChangeLog databaseChangeLog, Database database,
                        ChangeSet.ExecType execType) {
            listener.info("Applied " + changeSet.getId() + (changeSet.getComments() != null
                    ? " (" + changeSet.getComments() + ")" : ""));
        }

        @Override
        public void runFailed(ChangeSet changeSet, DatabaseChangeLog databaseChangeLog, Database database,
                              Exception exception) {
            listener.warn("Failed " + changeSet.getId() + ": " + exception.getMessage());
        }
    }
}
