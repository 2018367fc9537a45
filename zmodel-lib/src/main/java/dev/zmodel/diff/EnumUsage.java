package dev.zmodel.diff;

import dev.zmodel.schema.QualifiedName;

/**
 * A column that uses a PostgreSQL enum type while the type is recreated: its default is dropped before the
 * type is swapped and {@code defaultAfter} is set afterwards.
 *
 * @param arrayDimensions 0 for a scalar column, 1 for {@code "Role"[]}
 * @param defaultBefore   the column's default before the change; null when none
 * @param defaultAfter    the default to set after the change; null when none
 */
public record EnumUsage(
        QualifiedName table, String column, int arrayDimensions, String defaultBefore, String defaultAfter) {
    EnumUsage reversed() {
        return new EnumUsage(table, column, arrayDimensions, defaultAfter, defaultBefore);
    }
}
