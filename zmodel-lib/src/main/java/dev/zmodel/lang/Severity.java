package dev.zmodel.lang;

/** How bad a {@link Diagnostic} is: errors make a schema unusable, warnings do not. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The lower-case word used in {@link Diagnostic#format()}. */
    public String label() {
        return label;
    }
}
