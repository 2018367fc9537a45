package dev.zmodel.diff;

import dev.zmodel.schema.Column;
import dev.zmodel.schema.DatabaseSchema;
import dev.zmodel.schema.ForeignKey;
import dev.zmodel.schema.Index;
import dev.zmodel.schema.IndexColumn;
import dev.zmodel.schema.PrimaryKey;
import dev.zmodel.schema.QualifiedName;
import dev.zmodel.schema.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The "from" tables as the diff's changes transform them: renames are applied here first so the rest of the
 * diff compares objects under their new names.
 */
final class WorkingSchema {
    private final Map<QualifiedName, Table> tables = new LinkedHashMap<>();
    private final DiffRules rules;

    WorkingSchema(DatabaseSchema schema, DiffRules rules) {
        this.rules = rules;
        for (Table t : schema.tables()) {
            tables.put(key(t.schema(), t.name()), t);
        }
    }

    QualifiedName key(String schema, String name) {
        return new QualifiedName(rules.usesSchemas() ? rules.schemaOf(schema, null) : null, name);
    }

    List<Table> tables() {
        return List.copyOf(tables.values());
    }

    Optional<Table> table(QualifiedName name) {
        return Optional.ofNullable(tables.get(key(name.schema(), name.name())));
    }

    /** Tables matching a name in the given schema, or in any schema when {@code schema} is null. */
    List<Table> find(String schema, String name) {
        return tables.values().stream()
                .filter(t -> t.name().equals(name)
                        && (schema == null || Objects.equals(key(schema, name), key(t.schema(), t.name()))))
                .toList();
    }

    void replace(Table table) {
        tables.put(key(table.schema(), table.name()), table);
    }

    void remove(Table table) {
        tables.remove(key(table.schema(), table.name()));
    }

    void renameTable(Table table, String newName) {
        QualifiedName old = key(table.schema(), table.name());
        Map<QualifiedName, Table> copy = new LinkedHashMap<>(tables);
        tables.clear();
        for (var e : copy.entrySet()) {
            Table owner = e.getKey().equals(old) ? e.getValue().withName(newName) : e.getValue();
            Table t = owner.withForeignKeys(owner.foreignKeys().stream()
                    .map(fk -> references(fk, owner, table)
                            ? new ForeignKey(
                                    fk.name(),
                                    fk.columns(),
                                    fk.referencedSchema(),
                                    newName,
                                    fk.referencedColumns(),
                                    fk.onDelete(),
                                    fk.onUpdate(),
                                    fk.deferrable(),
                                    fk.initiallyDeferred(),
                                    fk.matchFull())
                            : fk)
                    .toList());
            tables.put(key(t.schema(), t.name()), t);
        }
    }

    void renameColumn(Table table, String from, String to) {
        Table renamed = table.withColumns(table.columns().stream()
                        .map(c -> c.name().equals(from) ? c.withName(to) : c)
                        .toList())
                .withPrimaryKey(
                        table.primaryKey() == null
                                ? null
                                : new PrimaryKey(
                                        table.primaryKey().name(),
                                        swap(table.primaryKey().columns(), from, to)))
                .withIndexes(table.indexes().stream()
                        .map(i -> new Index(
                                i.name(),
                                i.columns().stream()
                                        .map(c -> from.equals(c.column())
                                                ? new IndexColumn(
                                                        to,
                                                        c.expression(),
                                                        c.order(),
                                                        c.nulls(),
                                                        c.operatorClass(),
                                                        c.length())
                                                : c)
                                        .toList(),
                                i.unique(),
                                i.constraint(),
                                i.method(),
                                i.predicate(),
                                i.fulltext(),
                                i.deferrable(),
                                i.nullsNotDistinct()))
                        .toList())
                .withForeignKeys(table.foreignKeys().stream()
                        .map(fk -> new ForeignKey(
                                fk.name(),
                                swap(fk.columns(), from, to),
                                fk.referencedSchema(),
                                fk.referencedTable(),
                                fk.referencedColumns(),
                                fk.onDelete(),
                                fk.onUpdate(),
                                fk.deferrable(),
                                fk.initiallyDeferred(),
                                fk.matchFull()))
                        .toList());
        replace(renamed);
        for (Table t : tables()) {
            List<ForeignKey> fks = t.foreignKeys().stream()
                    .map(fk -> references(fk, t, renamed)
                            ? new ForeignKey(
                                    fk.name(),
                                    fk.columns(),
                                    fk.referencedSchema(),
                                    fk.referencedTable(),
                                    swap(fk.referencedColumns(), from, to),
                                    fk.onDelete(),
                                    fk.onUpdate(),
                                    fk.deferrable(),
                                    fk.initiallyDeferred(),
                                    fk.matchFull())
                            : fk)
                    .toList();
            if (!fks.equals(t.foreignKeys())) {
                replace(t.withForeignKeys(fks));
            }
        }
    }

    void replaceColumn(QualifiedName tableName, Column column) {
        Table t = table(tableName).orElseThrow();
        replace(t.withColumns(t.columns().stream()
                .map(c -> c.name().equals(column.name()) ? column : c)
                .toList()));
    }

    /** True when {@code fk}, declared on {@code owner}, references {@code target}. */
    boolean references(ForeignKey fk, Table owner, Table target) {
        return fk.referencedTable().equals(target.name())
                && Objects.equals(
                        key(
                                fk.referencedSchema() != null ? fk.referencedSchema() : owner.schema(),
                                fk.referencedTable()),
                        key(target.schema(), target.name()));
    }

    private static List<String> swap(List<String> names, String from, String to) {
        List<String> out = new ArrayList<>(names.size());
        for (String n : names) {
            out.add(n.equals(from) ? to : n);
        }
        return out;
    }
}
