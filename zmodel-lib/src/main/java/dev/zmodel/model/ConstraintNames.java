package dev.zmodel.model;


import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Prisma's default constraint and index names ({@code psl-core/src/datamodel_connector/constraint_names.rs}), built
 * from database table and column names: {@code {table}_pkey}, {@code {table}_{cols}_key},
 * {@code {table}_{cols}_idx}, {@code {table}_{cols}_fkey}, the part before the suffix cut to the identifier limit
 * minus the suffix (PostgreSQL 63 bytes, MySQL 64, SQLite 10000) on a character boundary.
 */
final class ConstraintNames {
    private final int limit;

    /** @param limit the longest identifier the database keeps ({@link ModelDialect#identifierLimit()}) */
    ConstraintNames(int limit) {
        this.limit = limit;
    }

    String primaryKey(String table) {
        return withSuffix(table, "_pkey");
    }

    String unique(String table, List<String> columns) {
        return withSuffix(table + "_" + String.join("_", columns), "_key");
    }

    String index(String table, List<String> columns) {
        return withSuffix(table + "_" + String.join("_", columns), "_idx");
    }

    String foreignKey(String table, List<String> columns) {
        return withSuffix(table + "_" + String.join("_", columns), "_fkey");
    }

    /** {@code base + suffix}, {@code base} cut to {@code limit - suffix} UTF-8 bytes on a character boundary. */
    String withSuffix(String base, String suffix) {
        int max = limit - suffix.length();
        byte[] bytes = base.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < max) {
            return base + suffix;
        }
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (int i = 0; i < base.length(); ) {
            int cp = base.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (used + size > max) {
                break;
            }
            out.appendCodePoint(cp);
            used += size;
            i += Character.charCount(cp);
        }
        return out + suffix;
    }
}
