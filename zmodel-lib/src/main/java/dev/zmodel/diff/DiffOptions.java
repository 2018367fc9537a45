package dev.zmodel.diff;

import java.util.List;

/**
 * Options of {@link SchemaDiff#diff}.
 *
 * @param renames explicit renames; without one, a renamed table or column is a drop and an add (and the diff
 *                suggests the hint when it looks like a rename)
 */
public record DiffOptions(List<RenameHint> renames) {
    public static final DiffOptions DEFAULTS = new DiffOptions(List.of());

    public DiffOptions {
        renames = renames == null ? List.of() : List.copyOf(renames);
    }

    /** Options with hints parsed from {@link RenameHint#parse} syntax. */
    public static DiffOptions withRenames(String... hints) {
        return new DiffOptions(java.util.Arrays.stream(hints).map(RenameHint::parse).toList());
    }
}
