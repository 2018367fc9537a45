package dev.zmodel.migrate;

import dev.zmodel.diff.DiffResult;

import java.nio.file.Path;

/**
 * @param diff      the changes from {@code from} to {@code to}
 * @param changelog the Liquibase changelog of those changes (null when there are none)
 * @param output    the file it was written to, or null when it was only returned
 */
public record MigrateDiffResult(DiffResult diff, String changelog, Path output) {
    /** True when the two sides match (exit code 0 in {@code exitCode} mode, 2 otherwise). */
    public boolean isEmpty() {
        return diff.isEmpty();
    }

    public int exitCode() {
        return isEmpty() ? 0 : 2;
    }
}
