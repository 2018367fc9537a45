package dev.zmodel.liquibase;

import dev.zmodel.Listener;
import dev.zmodel.datasource.LiquibaseSettings;
import liquibase.Scope;
import liquibase.changelog.ChangeLogHistoryService;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.RanChangeSet;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * Re-records the history of one changelog file as the file is now (Flyway's {@code repair}, for one migration),
 * through Liquibase's {@link ChangeLogHistoryService}: the stored checksum of each changeset that changed is
 * replaced by the file's ({@code replaceChecksum}), and the rows of changesets no longer in the file are removed
 * ({@code removeFromHistory}). Changesets of the file without a row are left alone (that is {@code changelogSync}).
 */
public final class HistoryRepair {
    private HistoryRepair() {}

    /**
     * What a repair changed.
     *
     * @param rechecksummed the changesets whose checksum was replaced
     * @param removed       the changesets whose row was removed because the file no longer declares them
     */
    public record Repaired(List<String> rechecksummed, List<String> removed) {
        public Repaired {
            rechecksummed = List.copyOf(rechecksummed);
            removed = List.copyOf(removed);
        }
    }

    /** Repairs the rows of {@code relativeFile} (relative to {@code baseDir}, the migrations directory). */
    public static Repaired repair(
            Connection connection, LiquibaseSettings settings, Path baseDir, String relativeFile, Listener listener) {
        List<DeclaredChangeset> declared = ChangelogFiles.changesets(baseDir, relativeFile);
        List<String> paths = new ArrayList<>(List.of(DeclaredChangeset.normalize(relativeFile)));
        declared.forEach(d -> paths.add(DeclaredChangeset.normalize(d.path())));
        List<String> rechecksummed = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        Path dir = baseDir.toAbsolutePath().normalize();
        LiquibaseRunner.run(connection, settings, listener, dir, database -> {
            ChangeLogHistoryService history = Scope.getCurrentScope()
                    .getSingleton(ChangeLogHistoryServiceFactory.class)
                    .getChangeLogService(database);
            for (RanChangeSet ran : List.copyOf(history.getRanChangeSets())) {
                String path = DeclaredChangeset.normalize(ran.getChangeLog());
                if (!paths.contains(path)) {
                    continue;
                }
                AppliedChangeset row =
                        new AppliedChangeset(ran.getId(), ran.getAuthor(), ran.getChangeLog(), null, 0, null, null);
                DeclaredChangeset d = declared.stream()
                        .filter(c -> c.identifies(row))
                        .findFirst()
                        .orElse(null);
                String stored = ran.getLastCheckSum() == null
                        ? null
                        : ran.getLastCheckSum().toString();
                if (d == null) {
                    ChangeSet gone = new ChangeSet(
                            ran.getId(), ran.getAuthor(), false, false, ran.getChangeLog(), null, null, null);
                    gone.setStoredFilePath(ran.getStoredChangeLog());
                    history.removeFromHistory(gone);
                    removed.add(ran.getId());
                } else if (!d.checksumMatches(stored)) {
                    // the row is found by the path as stored, as Liquibase's own update does
                    d.changeSet().setStoredFilePath(ran.getStoredChangeLog());
                    history.replaceChecksum(d.changeSet());
                    rechecksummed.add(ran.getId());
                }
            }
        });
        return new Repaired(rechecksummed, removed);
    }
}
