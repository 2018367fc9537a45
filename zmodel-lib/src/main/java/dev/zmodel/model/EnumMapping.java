package dev.zmodel.model;

import java.util.List;

/**
 * A ZModel enum as the database knows it: its type name ({@code @@map}), PostgreSQL schema ({@code @@schema};
 * null elsewhere) and value names ({@code @map}) in declaration order.
 */
record EnumMapping(String zmodelName, String schema, String name, List<String> values) {
    EnumMapping {
        values = List.copyOf(values);
    }
}
