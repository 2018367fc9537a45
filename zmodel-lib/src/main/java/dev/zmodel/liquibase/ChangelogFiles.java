package dev.zmodel.liquibase;

import dev.zmodel.ZModelException;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.DirectoryResourceAccessor;

import java.io.FileNotFoundException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads migration changelogs with Liquibase's own parsers, to know the changesets a file declares. */
public final class ChangelogFiles {
    private ChangelogFiles() {}

    /**
     * The changesets of one changelog file, in file order.
     *
     * @param baseDir      the directory paths are relative to (the migrations directory)
     * @param relativeFile the file, e.g. {@code 20261122093000_init/migration.xml}
     * @throws ZModelException when the file cannot be parsed, naming the file and Liquibase's reason
     */
    public static List<DeclaredChangeset> changesets(Path baseDir, String relativeFile) {
        try {
            DirectoryResourceAccessor resources =
                    new DirectoryResourceAccessor(baseDir.toAbsolutePath().normalize());
            return LiquibaseScope.run(dev.zmodel.Listener.NONE, resources, () -> {
                DatabaseChangeLog log = ChangeLogParserFactory.getInstance()
                        .getParser(relativeFile, resources)
                        .parse(relativeFile, new ChangeLogParameters(), resources);
                List<DeclaredChangeset> out = new ArrayList<>();
                for (ChangeSet set : log.getChangeSets()) {
                    out.add(new DeclaredChangeset(set));
                }
                return out;
            });
        } catch (FileNotFoundException e) {
            throw new ZModelException("The migrations directory " + baseDir + " does not exist.", e);
        } catch (ZModelException e) {
            throw new ZModelException(
                    "Cannot read the migration " + baseDir.resolve(relativeFile) + ": "
                            + e.getMessage()
                                    .replaceFirst("^Liquibase failed: ", "")
                                    .replaceFirst("\\.+$", "") + ". Fix the file (it must be a valid "
                            + "Liquibase changelog) or restore it from version control.",
                    e);
        }
    }
}
