package dev.zmodel.migrate;

import java.nio.file.Path;
import java.util.List;

/**
 * @param applied the migrations re-applied, in order
 * @param seeds   the seed files run, in order
 */
public record MigrateResetResult(List<Migration> applied, List<Path> seeds) {
    public MigrateResetResult {
        applied = List.copyOf(applied);
        seeds = List.copyOf(seeds);
    }
}
