package dev.zmodel.diff;

/**
 * The order in which changes run, like Atlas and Prisma: schemas and types first, renames early (so later
 * changes use the new names), dependents dropped before what they depend on, tables created before the foreign
 * keys that reference them, types dropped last. Within a phase, changes keep the order the diff found them in
 * (catalog order of the tables), except table creates and drops, which follow foreign-key dependencies.
 */
enum Phase {
    CREATE_SCHEMAS,
    CREATE_EXTENSIONS,
    RENAMES,
    CREATE_ENUMS,
    ADD_ENUM_VALUES,
    DROP_FOREIGN_KEYS,
    DROP_INDEXES,
    DROP_PRIMARY_KEYS,
    DROP_TABLES,
    DROP_COLUMNS,
    RECREATE_ENUMS,
    CREATE_TABLES,
    ALTER_TABLES,
    CREATE_INDEXES,
    ADD_FOREIGN_KEYS,
    DROP_ENUMS
}
