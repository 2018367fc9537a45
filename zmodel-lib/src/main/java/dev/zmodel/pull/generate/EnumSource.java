package dev.zmodel.pull.generate;

import java.util.List;

/**
 * An enum to generate. {@code dbName} is the PostgreSQL type name, or null for a MySQL column enum (it has no
 * name in the database, so no {@code @@map}); {@code label} names it in warnings.
 */
record EnumSource(EnumKey key, String dbName, String schema, List<String> values, String comment, String label) {
    EnumSource {
        values = List.copyOf(values);
    }
}
