package dev.zmodel.introspect;

import dev.zmodel.schema.ColumnType;
import dev.zmodel.schema.SqliteDeclaredTypes;

import java.util.HashMap;
import java.util.Map;

/** Decodes SQLite declared types into the canonical form of {@link SqliteDeclaredTypes}. */
final class SqliteTypes {
    private SqliteTypes() {}

    /** Decodes declared types, sharing one immutable {@link ColumnType} per distinct declaration. */
    static final class Cache {
        private final Map<String, ColumnType> types = new HashMap<>();

        ColumnType decode(String declared) {
            return types.computeIfAbsent(declared == null ? "" : declared, SqliteDeclaredTypes::decode);
        }
    }
}
