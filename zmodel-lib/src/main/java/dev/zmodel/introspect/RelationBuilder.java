package dev.zmodel.introspect;

import dev.zmodel.schema.CheckConstraint;
import dev.zmodel.schema.Column;
import dev.zmodel.schema.ExclusionConstraint;
import dev.zmodel.schema.ForeignKey;
import dev.zmodel.schema.Index;
import dev.zmodel.schema.IndexColumn;
import dev.zmodel.schema.PrimaryKey;
import dev.zmodel.schema.Table;
import dev.zmodel.schema.TableTraits;
import dev.zmodel.schema.View;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the parts of one table or view while the bulk catalog queries stream their rows, then builds the
 * immutable record. Indexes and foreign keys are kept in the order they are added; {@link #toTable} sorts
 * them as the model contract says.
 */
final class RelationBuilder {
    final String schema;
    final String name;
    final boolean view;
    boolean materialized;
    String definition;
    String comment;
    TableTraits traits = TableTraits.NONE;
    /** Set when the first column arrived ({@link TableProgress}). */
    boolean columnsSeen;

    final List<Column> columns = new ArrayList<>();
    /** Catalog position of each column (PostgreSQL {@code attnum}) when columns arrive unordered; else empty. */
    private int[] positions = new int[0];

    PrimaryKey primaryKey;
    final List<IndexBuilder> indexes = new ArrayList<>();
    final List<ForeignKey> foreignKeys = new ArrayList<>();
    final List<CheckConstraint> checks = new ArrayList<>();
    final List<ExclusionConstraint> exclusions = new ArrayList<>();

    RelationBuilder(String schema, String name, boolean view) {
        this.schema = schema;
        this.name = name;
        this.view = view;
    }

    /** Adds a column with its catalog position; {@link #sortColumnsByPosition()} orders them afterwards. */
    void addColumn(int position, Column column) {
        if (positions.length == columns.size()) {
            positions = java.util.Arrays.copyOf(positions, Math.max(8, positions.length * 2));
        }
        positions[columns.size()] = position;
        columns.add(column);
    }

    /**
     * Orders the columns added with {@link #addColumn} by position: an insertion sort in place, as a table's columns
     * are few and arrive nearly in order (a sort with a comparator per table made the JIT compile the JDK's sort).
     */
    void sortColumnsByPosition() {
        for (int i = 1; i < columns.size(); i++) {
            int position = positions[i];
            if (positions[i - 1] < position) {
                continue;
            }
            Column column = columns.get(i);
            int j = i - 1;
            while (j >= 0 && positions[j] > position) {
                positions[j + 1] = positions[j];
                columns.set(j + 1, columns.get(j));
                j--;
            }
            positions[j + 1] = position;
            columns.set(j + 1, column);
        }
    }

    /** The name of the column at catalog position {@code position}, or null when unknown. */
    String columnAt(int position) {
        for (int i = 0; i < columns.size(); i++) {
            if (positions[i] == position) {
                return columns.get(i).name();
            }
        }
        return null;
    }

    /** The index being built under {@code indexName}, when it is the last one added. */
    IndexBuilder lastIndex(String indexName) {
        if (!indexes.isEmpty()) {
            IndexBuilder last = indexes.get(indexes.size() - 1);
            if (last.name.equals(indexName)) {
                return last;
            }
        }
        return null;
    }

    Table toTable(boolean sortForeignKeysByName) {
        List<Index> builtIndexes = new ArrayList<>(indexes.size());
        for (IndexBuilder b : indexes) {
            builtIndexes.add(b.build());
        }
        builtIndexes.sort(Comparator.comparing(Index::name));
        List<ForeignKey> fks = foreignKeys;
        if (sortForeignKeysByName) {
            fks = new ArrayList<>(foreignKeys);
            fks.sort(Comparator.comparing(ForeignKey::name));
        }
        return new Table(schema, name, columns, primaryKey, builtIndexes, fks, checks, exclusions, comment, traits);
    }

    View toView() {
        return new View(schema, name, columns, definition, materialized, comment);
    }

    /** Index under construction: one key part per catalog row. */
    static final class IndexBuilder {
        final String name;
        boolean unique;
        boolean constraint;
        String method;
        String predicate;
        boolean fulltext;
        boolean deferrable;
        boolean nullsNotDistinct;
        final List<IndexColumn> columns = new ArrayList<>();

        IndexBuilder(String name) {
            this.name = name;
        }

        Index build() {
            return new Index(
                    name, columns, unique, constraint, method, predicate, fulltext, deferrable, nullsNotDistinct);
        }
    }
}
