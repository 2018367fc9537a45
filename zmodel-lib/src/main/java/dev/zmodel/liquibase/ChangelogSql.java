package dev.zmodel.liquibase;

import dev.zmodel.Provider;
import dev.zmodel.ZModelException;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.ObjectQuotingStrategy;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.DirectoryResourceAccessor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of a migration file's changesets and whether each can be rolled back, worked out with Liquibase's own
 * parsers and SQL generators on an offline database of the dialect: nothing is sent to a database, so a dry run
 * cannot create Liquibase's tables or take its lock.
 */
public final class ChangelogSql {
    private ChangelogSql() {}

    /**
     * One changeset of a file with the SQL it runs.
     *
     * @param changeset  its identity (id, author, logical path)
     * @param comments   its comment (the change's summary), or null
     * @param statements the statements, without a trailing {@code ;}
     * @param rollback   true when Liquibase can roll it back (an explicit rollback, or changes with a known inverse)
     */
    public record Changeset(DeclaredChangeset changeset, String comments, List<String> statements, boolean rollback) {
        public Changeset {
            statements = List.copyOf(statements);
        }
    }

    /**
     * The changesets of one changelog file, in file order, with their SQL.
     *
     * @param baseDir      the directory paths are relative to (the migrations directory)
     * @param relativeFile the file, e.g. {@code 20261122093000_init/migration.xml}
     */
    public static List<Changeset> of(Path baseDir, String relativeFile, Provider provider) {
        DirectoryResourceAccessor resources;
        try {
            resources = new DirectoryResourceAccessor(baseDir.toAbsolutePath().normalize());
        } catch (java.io.FileNotFoundException e) {
            throw new ZModelException("The migrations directory " + baseDir + " does not exist.", e);
        }
        try {
            return LiquibaseScope.run(dev.zmodel.Listener.NONE, resources, () -> {
                DatabaseChangeLog log = ChangeLogParserFactory.getInstance()
                        .getParser(relativeFile, resources)
                        .parse(relativeFile, new ChangeLogParameters(), resources);
                Database database = DatabaseFactory.getInstance()
                        .openDatabase(
                                LiquibaseChanges.forProvider(provider, RenderOptions.defaults())
                                        .offlineUrl(),
                                null,
                                null,
                                null,
                                resources);
                try {
                    database.setObjectQuotingStrategy(ObjectQuotingStrategy.QUOTE_ALL_OBJECTS);
                    List<Changeset> out = new ArrayList<>();
                    for (ChangeSet set : log.getChangeSets()) {
                        out.add(new Changeset(
                                new DeclaredChangeset(set),
                                set.getComments(),
                                FormattedSqlWriter.sql(set.getChanges(), database, false),
                                set.supportsRollback(database)));
                    }
                    return out;
                } finally {
                    database.close();
                }
            });
        } catch (ZModelException e) {
            throw new ZModelException(
                    "Cannot read the migration " + baseDir.resolve(relativeFile) + ": "
                            + e.getMessage()
                                    .replaceFirst("^Liquibase failed: ", "")
                                    .replaceFirst("\\.+$", "")
                            + ". Fix the file (it must be a valid Liquibase changelog) or restore it from version "
                            + "control.",
                    e);
        }
    }
}
