package dev.zmodel.schema;

import java.io.Serializable;

/**
 * One key part of an index: a column ({@code column} set) or an expression ({@code expression} set).
 *
 * @param operatorClass non-default PostgreSQL operator class ({@code gin_trgm_ops}); null when default
 * @param length        MySQL prefix length ({@code KEY (title(20))}); null when the whole column
 */
public record IndexColumn(
        String column, String expression, SortOrder order, NullsOrder nulls, String operatorClass, Integer length)
        implements Serializable {
    public IndexColumn {
        if (order == null) {
            order = SortOrder.ASC;
        }
        if (nulls == null) {
            nulls = NullsOrder.DEFAULT;
        }
    }

    public static IndexColumn of(String column) {
        return new IndexColumn(column, null, SortOrder.ASC, NullsOrder.DEFAULT, null, null);
    }

    public static IndexColumn of(String column, SortOrder order) {
        return new IndexColumn(column, null, order, NullsOrder.DEFAULT, null, null);
    }

    public boolean isExpression() {
        return column == null;
    }
}
