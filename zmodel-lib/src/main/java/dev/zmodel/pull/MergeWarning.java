package dev.zmodel.pull;

/**
 * Something the merge could not do as the user might expect; the merged schema is still written.
 *
 * @param object the declaration concerned, e.g. {@code model User} or {@code User.email}
 */
public record MergeWarning(Kind kind, String object, String message) {
    public enum Kind {
        /** A new model, enum, field or value got a suffix because its name was taken. */
        NAME_CONFLICT,
        /** Two existing declarations map to the same table/column; the second was left unchanged. */
        DUPLICATE_MAPPING,
        /** A kept policy, validation or computed attribute still refers to a field whose column is gone. */
        STALE_REFERENCE
    }

    @Override
    public String toString() {
        return object + ": " + message;
    }
}
