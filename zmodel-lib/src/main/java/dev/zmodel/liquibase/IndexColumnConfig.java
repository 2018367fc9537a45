package dev.zmodel.liquibase;

import liquibase.change.AddColumnConfig;

/**
 * A column of a {@code createIndex} change. Serializes exactly as {@link AddColumnConfig} (same element, fields and
 * values, so the same file text and checksums), without the cost Liquibase adds to every column: its
 * {@code getSerializableFieldValue} builds a date formatter of six {@code SimpleDateFormat}s for each of the two
 * date fields whether they are set or not, and Liquibase serializes each column several times (the file, the
 * update's status, the checksums) — for the thousands of index columns of a big migration that was about half of
 * writing its changelog. An index column never has a date value, so an unset one is null here without the formatter.
 */
final class IndexColumnConfig extends AddColumnConfig {
    @Override
    public Object getSerializableFieldValue(String field) {
        if ((field.equals("valueDate") && getValueDate() == null)
                || (field.equals("defaultValueDate") && getDefaultValueDate() == null)) {
            return null;
        }
        return super.getSerializableFieldValue(field);
    }
}
