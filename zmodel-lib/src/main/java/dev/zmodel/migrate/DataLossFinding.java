package dev.zmodel.migrate;

/**
 * What a change would do to the rows a database holds now.
 *
 * @param kind    {@link Kind#DATA_LOSS}: runs, but loses data (needs {@code acceptDataLoss});
 *                {@link Kind#WILL_FAIL}: cannot run on these rows (fix the data or edit the migration)
 * @param message a sentence with the counts
 */
public record DataLossFinding(Kind kind, String message) {
    public enum Kind {
        DATA_LOSS,
        WILL_FAIL
    }
}
