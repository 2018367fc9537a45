package dev.zmodel.migrate;

/**
 * @param migration the migration resolved
 * @param action    {@code applied} or {@code rolledBack}
 * @param rows      history rows inserted ({@code applied}) or deleted ({@code rolledBack})
 */
public record MigrateResolveResult(Migration migration, String action, int rows) {}
