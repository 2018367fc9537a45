package dev.zmodel.liquibase;

import dev.zmodel.ZModelException;

/**
 * Liquibase {@code update} failed while one changeset was running (or being recorded). Carries what the workflows
 * need to name the migration and explain the state the database is in.
 */
public final class ChangesetFailedException extends ZModelException {
    private final String changesetId;
    private final String filePath;
    private final String detail;

    ChangesetFailedException(String message, String changesetId, String filePath, String detail, Throwable cause) {
        super(message, cause);
        this.changesetId = changesetId;
        this.filePath = filePath;
        this.detail = detail;
    }

    /** The id of the changeset that was running. */
    public String changesetId() {
        return changesetId;
    }

    /** Its logical file path ({@code <migration folder>/migration.<ext>}). */
    public String filePath() {
        return filePath;
    }

    /** The database's (driver's) own text for the failure, without Java exception names. */
    public String detail() {
        return detail;
    }
}
