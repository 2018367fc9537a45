package dev.zmodel.diff;

import dev.zmodel.Provider;

import java.util.List;

/**
 * The rows whose value a column type change cannot carry over, as a condition a data-loss check counts with
 * {@code SELECT count(*) FROM <table> WHERE <condition>} before the migration exists. The conditions follow the
 * database's own conversion rules without converting (a failed cast would abort the count): regular expressions of
 * the values each type accepts and the type's range (PostgreSQL 15 has no {@code pg_input_is_valid}).
 *
 * @param condition the condition over the current column, e.g. {@code NOT ("age" ~ '^[[:space:]]*[+-]?[0-9]+…')}
 * @param fails     true when the migration fails on such a row; false when it runs and changes the value
 * @param what      what those values are, for messages: "are not integers in the range of int4"
 */
public record ConversionCheck(String condition, boolean fails, String what) {

    /** The checks of a type change of {@code change}'s column; empty when the dialect has no exact check for it. */
    public static List<ConversionCheck> of(Provider provider, AlterColumn change) {
        if (!change.has(ColumnChange.TYPE)) {
            return List.of();
        }
        DiffRules rules = DiffRules.forProvider(provider);
        return rules.conversionChecks(
                change.from().type(),
                change.to().type(),
                rules.dialect().quote(change.from().name()));
    }
}
