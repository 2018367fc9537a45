package dev.zmodel.dialect;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Prisma's default constraint names, built from
 * database table and column names: PK {@code {table}_pkey}, unique {@code {table}_{cols}_key}, index
 * {@code {table}_{cols}_idx}, FK {@code {table}_{cols}_fkey}. The part before the suffix is cut to the dialect's
 * identifier limit minus the suffix length, in bytes, on a character boundary. A {@code map:} argument is
 * written only when the database name differs from this default.
 */
public final class ConstraintNames {
    private final int limit;

    public ConstraintNames(int identifierLimit) {
        this.limit = identifierLimit;
    }

    public String primaryKey(String table) {
        return withSuffix(table, "_pkey");
    }

    public String unique(String table, List<String> columns) {
        return withSuffix(table + "_" + String.join("_", columns), "_key");
    }

    public String index(String table, List<String> columns) {
        return withSuffix(table + "_" + String.join("_", columns), "_idx");
    }

    public String foreignKey(String table, List<String> columns) {
        return withSuffix(table + "_" + String.join("_", columns), "_fkey");
    }

    /** The primary key of an implicit many-to-many join table: {@code {table}_AB_pkey}. */
    public String joinTablePrimaryKey(String table) {
        return withSuffix(table, "_AB_pkey");
    }

    /** The unique index on {@code (A, B)} of a join table where it has no primary key: {@code {table}_AB_unique}. */
    public String joinTableUnique(String table) {
        return withSuffix(table, "_AB_unique");
    }

    /** The index on {@code B} of a join table: {@code {table}_B_index}. */
    public String joinTableIndex(String table) {
        return withSuffix(table, "_B_index");
    }

    /** {@code prefix + suffix}, the prefix cut to the identifier limit minus the suffix (join tables' {@code _AB_pkey}). */
    public String withSuffix(String prefix, String suffix) {
        int max = limit - suffix.length();
        byte[] bytes = prefix.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= max) {
            return prefix + suffix;
        }
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (int i = 0; i < prefix.length(); ) {
            int cp = prefix.codePointAt(i);
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
