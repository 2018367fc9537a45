package dev.zmodel.pull.defaults;

import dev.zmodel.schema.Column;
import dev.zmodel.schema.Table;

/**
 * Reads a column's default expression ({@code Column.defaultValue}, as the catalog prints it) and
 * auto-increment kind into a {@link DefaultValue} (Prisma's rules, docs/db-pull-mapping.md#defaults):
 * {@code autoincrement()}, {@code now()}, literals (strings unescaped, numbers as written, booleans, enum members,
 * lists) and {@code dbgenerated("…")} for every other expression — never a function call as a string.
 * One implementation per database; {@link DefaultMappings#forProvider} picks it.
 */
public interface DefaultMapping {
    /**
     * @param table  the column's table, or null for a view column
     * @param column the column
     * @param target what the column became in ZModel
     */
    DefaultValue map(Table table, Column column, DefaultTarget target);
}
