package dev.zmodel.schema;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An index, including unique indexes and the indexes behind UNIQUE constraints (never the primary key's).
 *
 * @param constraint true when the index backs a {@code UNIQUE} constraint (PostgreSQL {@code contype 'u'})
 *                   rather than being a plain {@code CREATE UNIQUE INDEX}
 * @param method     access method ({@code btree}, {@code hash}, {@code gin}, {@code gist}, {@code brin},
 *                   {@code spgist}); null for the dialect default
 * @param predicate  the {@code WHERE} clause of a partial index; null otherwise
 * @param fulltext   MySQL {@code FULLTEXT} index
 * @param deferrable PostgreSQL {@code DEFERRABLE} unique constraint
 * @param nullsNotDistinct PostgreSQL 15+ {@code NULLS NOT DISTINCT} unique index or constraint: one NULL key at most
 */
public record Index(
        String name,
        List<IndexColumn> columns,
        boolean unique,
        boolean constraint,
        String method,
        String predicate,
        boolean fulltext,
        boolean deferrable,
        boolean nullsNotDistinct)
        implements Serializable {
    public Index {
        columns = List.copyOf(columns);
    }

    /** An index whose NULL keys are distinct, as SQL's default has them. */
    public Index(
            String name,
            List<IndexColumn> columns,
            boolean unique,
            boolean constraint,
            String method,
            String predicate,
            boolean fulltext,
            boolean deferrable) {
        this(name, columns, unique, constraint, method, predicate, fulltext, deferrable, false);
    }

    public static Index of(String name, boolean unique, List<String> columnNames) {
        return new Index(
                name, columnNames.stream().map(IndexColumn::of).toList(), unique, false, null, null, false, false);
    }

    /** The column names of a plain index; empty entries never occur (expression parts give null). */
    public List<String> columnNames() {
        // loops, not streams, in these per-index helpers: pulls call them thousands of times on a cold JVM
        List<String> names = new ArrayList<>(columns.size());
        for (IndexColumn c : columns) {
            names.add(c.column());
        }
        return Collections.unmodifiableList(names);
    }

    public boolean hasExpressions() {
        for (IndexColumn c : columns) {
            if (c.isExpression()) {
                return true;
            }
        }
        return false;
    }

    public boolean isPartial() {
        return predicate != null;
    }
}
