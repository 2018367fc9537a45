package dev.zmodel.migrate;

import dev.zmodel.ZModelException;

/**
 * A check ran to the end and found differences: {@code migrate-status} with pending (under {@code failOnPending}),
 * edited or partially applied migrations, or drift. Its message starts with {@code "<goal>: differences: "}. Every
 * other {@link ZModelException} of a check means it could not run (database unreachable, files unreadable), so a CI
 * script can tell "not in sync" from "cannot check".
 */
public final class DifferencesFoundException extends ZModelException {
    /** The message prefix of the differences found by {@code goal}: {@code "migrate-status: differences: "}. */
    public static String prefix(String goal) {
        return goal + ": differences: ";
    }

    DifferencesFoundException(String goal, String findings) {
        super(prefix(goal) + findings);
    }
}
