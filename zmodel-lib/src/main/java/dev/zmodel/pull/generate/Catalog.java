package dev.zmodel.pull.generate;

import dev.zmodel.schema.Column;
import dev.zmodel.schema.DatabaseSchema;
import dev.zmodel.schema.EnumType;
import dev.zmodel.schema.QualifiedName;
import dev.zmodel.schema.Table;
import dev.zmodel.schema.View;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The objects of the introspected schema that generation works on: tables (partitions set apart, as Prisma
 * does), views, and the enums to declare — PostgreSQL enum types with at least one value, and one enum per
 * MySQL {@code ENUM(…)} column (tables first, then views, in column order).
 */
final class Catalog {
    final DatabaseSchema schema;
    final List<Table> tables = new ArrayList<>();
    final List<Table> partitions = new ArrayList<>();
    final List<View> views;
    final List<EnumSource> enums = new ArrayList<>();
    final List<EnumType> emptyEnums = new ArrayList<>();
    private final Map<EnumKey, EnumSource> enumsByKey = new LinkedHashMap<>();
    private final Map<String, List<Table>> tablesByName = new HashMap<>();
    private final Map<String, List<Table>> partitionsByParent = new HashMap<>();
    private final Map<String, List<Table>> childrenByParent = new HashMap<>();

    Catalog(DatabaseSchema schema) {
        this.schema = schema;
        for (Table t : schema.tables()) {
            (t.traits().partitionOf() != null ? partitions : tables).add(t);
            tablesByName.computeIfAbsent(t.name(), k -> new ArrayList<>()).add(t);
            if (t.traits().partitionOf() != null) {
                partitionsByParent
                        .computeIfAbsent(t.traits().partitionOf(), k -> new ArrayList<>())
                        .add(t);
            } else {
                for (String parent : t.traits().inherits()) {
                    childrenByParent
                            .computeIfAbsent(parent, k -> new ArrayList<>())
                            .add(t);
                }
            }
        }
        this.views = schema.views();
        for (EnumType e : schema.enums()) {
            if (e.values().isEmpty()) {
                emptyEnums.add(e);
            } else {
                add(new EnumSource(
                        EnumKey.type(e.schema(), e.name()), e.name(), e.schema(), e.values(), e.comment(), e.name()));
            }
        }
        for (Table t : tables) {
            columnEnums(t.qualifiedName(), t.columns());
        }
        for (View v : views) {
            columnEnums(v.qualifiedName(), v.columns());
        }
    }

    private void columnEnums(QualifiedName owner, List<Column> columns) {
        for (Column c : columns) {
            if (c.type().isEnum() && !c.type().values().isEmpty()) {
                add(new EnumSource(
                        EnumKey.column(owner, c.name()),
                        null,
                        null,
                        c.type().values(),
                        null,
                        owner.name() + "." + c.name()));
            }
        }
    }

    private void add(EnumSource source) {
        enums.add(source);
        enumsByKey.put(source.key(), source);
    }

    Optional<EnumSource> enumSource(EnumKey key) {
        return Optional.ofNullable(enumsByKey.get(key));
    }

    /** A table (partitions included) by schema and name; a null schema matches any (MySQL, SQLite). */
    Optional<Table> table(String schemaName, String name) {
        for (Table t : tablesByName.getOrDefault(name, List.of())) {
            if (schemaName == null || schemaName.equals(t.schema())) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The partitions of a partitioned table (PostgreSQL), in catalog order. */
    List<Table> partitionsOf(Table parent) {
        return partitionsByParent.getOrDefault(parent.qualifiedName().toString(), List.of());
    }

    /** The tables that inherit from this one (PostgreSQL {@code INHERITS}), partitions excluded. */
    List<Table> childrenOf(Table parent) {
        return childrenByParent.getOrDefault(parent.qualifiedName().toString(), List.of());
    }

    /** The enum a column refers to: its PostgreSQL type (schema-qualified) or, on MySQL, the column's own enum. */
    static EnumKey enumKey(QualifiedName owner, Column column) {
        return column.type().schema() != null
                ? EnumKey.type(column.type().schema(), column.type().name())
                : EnumKey.column(owner, column.name());
    }
}
