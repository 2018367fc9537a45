package dev.zmodel.diff;

/**
 * A dropped and an added table or column that look like a rename. The diff never renames on its own; the
 * message names the exact hint that turns the drop and add into a rename.
 *
 * @param hint the hint text to pass in {@link DiffOptions#renames()} ({@code User.name=User.fullName})
 */
public record RenameSuggestion(Kind kind, String from, String to, String hint, String message) {
    public enum Kind {
        TABLE,
        COLUMN
    }
}
