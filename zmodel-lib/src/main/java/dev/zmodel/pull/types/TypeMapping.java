package dev.zmodel.pull.types;

import dev.zmodel.schema.Column;

/**
 * Maps a column's native type to ZModel (Prisma's type tables, listed per database in docs/db-pull-mapping.md#types).
 * Arrays map their element type; the caller adds {@code []}. One implementation per database (SQLite has
 * two: Prisma's and ZenStack's affinity rules); {@link TypeMappings#forProvider} picks it.
 */
public interface TypeMapping {
    MappedType map(Column column);
}
