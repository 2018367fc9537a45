package dev.zmodel.diff;

import dev.zmodel.ZModelException;

import java.util.Arrays;

/**
 * A user's statement that a table or column was renamed, so the diff emits a rename instead of a drop and an
 * add. Names are database names; a caller that accepts ZModel-level names ({@code Model.field}) translates them
 * and passes its user's text as {@code source}, which error messages quote.
 *
 * <p>Text syntax ({@link #parse}): {@code OldTable=NewTable} for a table, {@code Table.old=Table.new} for a
 * column (the table named by its name after any table rename), each optionally schema-qualified
 * ({@code auth.Old=auth.New}, {@code auth.Table.old=auth.Table.new}).
 *
 * @param schema    the PostgreSQL schema; null to match the table in any schema
 * @param table     the table (for a column hint: the table holding the column)
 * @param column    the old column name; null for a table hint
 * @param newName   the new table or column name
 * @param source    the hint as the user wrote it, for messages
 */
public record RenameHint(String schema, String table, String column, String newName, String source) {
    public RenameHint {
        if (table == null || table.isBlank() || newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("A rename hint needs a table and a new name");
        }
        if (source == null) {
            source = column == null ? table + "=" + newName : table + "." + column + "=" + table + "." + newName;
        }
    }

    public static RenameHint table(String from, String to) {
        return new RenameHint(null, from, null, to, null);
    }

    public static RenameHint column(String table, String from, String to) {
        return new RenameHint(null, table, from, to, null);
    }

    public boolean isColumn() {
        return column != null;
    }

    /**
     * Parses {@code Old=New}, {@code Table.old=Table.new}, {@code schema.Old=schema.New} or
     * {@code schema.Table.old=schema.Table.new}. Two-part names are read as a column of a table when both sides
     * name the same table, as a schema-qualified table otherwise — ambiguous only for {@code s.a=s.b}, which is a
     * column hint; write {@code s.a=b} for a table {@code a} in schema {@code s}.
     */
    public static RenameHint parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        int eq = trimmed.indexOf('=');
        if (eq <= 0 || eq == trimmed.length() - 1 || trimmed.indexOf('=', eq + 1) >= 0) {
            throw new ZModelException("rename hint `" + trimmed + "` is not of the form `Old=New` (a table) or "
                    + "`Table.old=Table.new` (a column).");
        }
        String[] left = trimmed.substring(0, eq).trim().split("\\.", -1);
        String[] right = trimmed.substring(eq + 1).trim().split("\\.", -1);
        if (Arrays.stream(left).anyMatch(String::isBlank)
                || Arrays.stream(right).anyMatch(String::isBlank)) {
            throw new ZModelException("rename hint `" + trimmed + "` has an empty name.");
        }
        if (left.length == 1 && right.length == 1) {
            return new RenameHint(null, left[0], null, right[0], trimmed);
        }
        if (left.length == 2 && right.length == 2 && left[0].equals(right[0])) {
            return new RenameHint(null, left[0], left[1], right[1], trimmed);
        }
        if (left.length == 2 && right.length <= 2) {
            if (right.length == 2 && !right[0].equals(left[0])) {
                throw new ZModelException("rename hint `" + trimmed + "` moves a table from schema `" + left[0]
                        + "` to `" + right[0] + "`; renames stay within one schema.");
            }
            return new RenameHint(left[0], left[1], null, right[right.length - 1], trimmed);
        }
        if (left.length == 3 && right.length == 3 && left[0].equals(right[0]) && left[1].equals(right[1])) {
            return new RenameHint(left[0], left[1], left[2], right[2], trimmed);
        }
        throw new ZModelException("rename hint `" + trimmed + "` is not of the form `Old=New` (a table) or "
                + "`Table.old=Table.new` (a column of one table).");
    }
}
