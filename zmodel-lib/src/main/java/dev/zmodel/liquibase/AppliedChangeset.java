package dev.zmodel.liquibase;

import java.time.Instant;

/**
 * One row of Liquibase's {@code DATABASECHANGELOG}: a changeset that ran (or was marked as ran). Liquibase writes no
 * row for a changeset that failed, so a migration whose later changesets have no row failed part-way.
 *
 * @param id            the changeset id ({@code 20261122093000_init-3})
 * @param author        the changeset author ({@code zenstack})
 * @param fileName      the logical file path ({@code 20261122093000_init/migration.xml})
 * @param checksum      {@code MD5SUM} as stored ({@code 9:4b1c…}); null after {@code clearChecksums}
 * @param orderExecuted {@code ORDEREXECUTED}
 * @param execType      {@code EXECUTED}, {@code MARK_RAN}, {@code RERAN}, …
 * @param dateExecuted  {@code DATEEXECUTED}
 */
public record AppliedChangeset(
        String id,
        String author,
        String fileName,
        String checksum,
        int orderExecuted,
        String execType,
        Instant dateExecuted) {}
