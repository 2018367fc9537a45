package dev.zmodel.migrate;

import java.util.List;

/**
 * @param rolledBack the migrations rolled back, newest first
 * @param changesets how many changesets were rolled back (and their history rows deleted)
 * @param dataLoss   the data the rollback dropped, as counted before it ran (empty: none), accepted with
 *                   {@code acceptDataLoss} or a yes
 */
public record MigrateRollbackResult(List<Migration> rolledBack, int changesets, List<DataLossFinding> dataLoss) {
    public MigrateRollbackResult {
        rolledBack = List.copyOf(rolledBack);
        dataLoss = List.copyOf(dataLoss);
    }
}
