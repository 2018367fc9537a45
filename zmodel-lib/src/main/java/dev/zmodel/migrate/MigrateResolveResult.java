package dev.zmodel.migrate;

import java.util.List;

/**
 * @param migration  the migration resolved; null when {@code rolledBack} named one that is missing from the directory
 *                   (only its history rows were deleted)
 * @param action     {@code applied} or {@code rolledBack}
 * @param rows       history rows inserted, updated or removed ({@code applied}) or deleted ({@code rolledBack})
 * @param changesets the changesets concerned: recorded or re-recorded ({@code applied}), or whose rows were deleted
 *                   ({@code rolledBack}: they ran, so what they did must be undone by hand)
 */
public record MigrateResolveResult(Migration migration, String action, int rows, List<String> changesets) {
    public MigrateResolveResult {
        changesets = List.copyOf(changesets);
    }
}
