package dev.zmodel.diff;

import java.util.List;

/**
 * Options of {@link SchemaDiff#diff}.
 *
 * @param renames     explicit renames; without one, a renamed table or column is a drop and an add (and the diff
 *                    suggests the hint when it looks like a rename)
 * @param modelTarget the target is a ZModel schema's model, which cannot state table and column comments or whether
 *                    an array column is {@code NOT NULL}: the diff keeps what the database has for those instead of
 *                    removing it (a database target states everything)
 */
public record DiffOptions(List<RenameHint> renames, boolean modelTarget) {
    public static final DiffOptions DEFAULTS = new DiffOptions(List.of(), false);

    public DiffOptions {
        renames = renames == null ? List.of() : List.copyOf(renames);
    }

    /** Options towards a database (or another schema that states everything) with these renames. */
    public DiffOptions(List<RenameHint> renames) {
        this(renames, false);
    }

    /** Options towards a ZModel schema's model with these renames. */
    public static DiffOptions towardsModel(List<RenameHint> renames) {
        return new DiffOptions(renames, true);
    }

    /** Options with hints parsed from {@link RenameHint#parse} syntax. */
    public static DiffOptions withRenames(String... hints) {
        return new DiffOptions(
                java.util.Arrays.stream(hints).map(RenameHint::parse).toList());
    }
}
