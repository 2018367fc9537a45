package dev.zmodel.diff;

import dev.zmodel.ZModelException;
import dev.zmodel.schema.DatabaseSchema;
import dev.zmodel.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Applies the explicit rename hints to the working "from" schema and returns the rename changes, after checking
 * that each hint names a table or column that exists before and is replaced after; a hint that names nothing is
 * an error, never silently ignored.
 *
 * <p>Implicit many-to-many join tables follow the renames of the tables they join: a join table that disappears
 * while one that joins the same two (renamed) tables appears is renamed when its columns {@code A} and {@code B} keep
 * their meaning, and replaced with the links copied ({@link ReplaceJoinTable}) when they swap — Prisma's {@code A}
 * is the model whose name sorts first. A hint naming the join tables themselves is treated the same way.
 */
final class RenameResolver {
    private final WorkingSchema from;
    private final DatabaseSchema to;
    /** Table renames applied so far (old name → new name), so column hints may name either. */
    private final java.util.Map<String, String> renamedTables = new java.util.HashMap<>();
    /** Join tables whose links are copied into a new table, because columns A and B swap meaning. */
    private final List<ReplaceJoinTable> replacements = new ArrayList<>();

    RenameResolver(WorkingSchema from, DatabaseSchema to) {
        this.from = from;
        this.to = to;
    }

    List<SchemaChange> apply(List<RenameHint> hints) {
        List<SchemaChange> changes = new ArrayList<>();
        // join tables last: whether their columns swap depends on the renames of the tables they join
        for (boolean joinTables : new boolean[] {false, true}) {
            for (RenameHint hint : hints) {
                if (!hint.isColumn() && isJoinTableHint(hint) == joinTables) {
                    renameTable(hint).ifPresent(changes::add);
                }
            }
        }
        if (!renamedTables.isEmpty()) {
            changes.addAll(followingJoinTables());
        }
        for (RenameHint hint : hints) {
            if (hint.isColumn()) {
                changes.add(renameColumn(hint));
            }
        }
        return changes;
    }

    /** The join tables replaced (rather than renamed) by the hints; they are no longer in the working schema. */
    List<ReplaceJoinTable> replacements() {
        return List.copyOf(replacements);
    }

    private boolean isJoinTableHint(RenameHint hint) {
        return from.find(hint.schema(), hint.table()).stream().anyMatch(JoinTables::isJoinTable);
    }

    private Optional<SchemaChange> renameTable(RenameHint hint) {
        Table table = single(hint, hint.table(), "table " + q(hint.table()) + " does not exist in the current schema");
        if (findTarget(table.schema(), hint.table()).isPresent()) {
            throw error(hint, "table " + q(hint.table()) + " still exists in the target schema, so it is not renamed");
        }
        if (findTarget(table.schema(), hint.newName()).isEmpty()) {
            throw error(hint, "the target schema has no table " + q(hint.newName()));
        }
        if (!from.find(table.schema(), hint.newName()).isEmpty()) {
            throw error(hint, "table " + q(hint.newName()) + " already exists in the current schema");
        }
        Table target = findTarget(table.schema(), hint.newName()).orElseThrow();
        if (JoinTables.swapped(from, table, target)) {
            from.remove(table);
            replacements.add(new ReplaceJoinTable(table, target));
            return Optional.empty();
        }
        from.renameTable(table, hint.newName());
        renamedTables.put(table.name(), hint.newName());
        return Optional.of(new RenameTable(table, hint.newName()));
    }

    /**
     * The join tables of renamed tables: each join table of the current schema that the target lacks is paired with
     * the one join table of the target, absent from the current schema, that joins the same two tables.
     */
    private List<SchemaChange> followingJoinTables() {
        List<SchemaChange> changes = new ArrayList<>();
        for (Table table : from.tables()) {
            if (!JoinTables.isJoinTable(table)) {
                continue;
            }
            Optional<Table> same = findTarget(table.schema(), table.name());
            if (same.isPresent()) { // a relation name keeps the table's name, but A and B may still swap
                if (JoinTables.swapped(from, table, same.get())
                        && JoinTables.joinsRenamed(from, table, renamedTables.values())) {
                    from.remove(table);
                    replacements.add(new ReplaceJoinTable(table, same.get()));
                }
                continue;
            }
            List<Table> candidates = to.tables().stream()
                    .filter(t -> JoinTables.isJoinTable(t)
                            && from.find(t.schema(), t.name()).isEmpty()
                            && java.util.Objects.equals(from.key(t.schema(), ""), from.key(table.schema(), ""))
                            && JoinTables.sameTables(from, table, t))
                    .toList();
            if (candidates.size() != 1 || !JoinTables.joinsRenamed(from, table, renamedTables.values())) {
                continue;
            }
            Table target = candidates.get(0);
            if (JoinTables.swapped(from, table, target)) {
                from.remove(table);
                replacements.add(new ReplaceJoinTable(table, target));
            } else {
                from.renameTable(table, target.name());
                changes.add(new RenameTable(table, target.name()));
            }
        }
        return changes;
    }

    private SchemaChange renameColumn(RenameHint hint) {
        String tableName = from.find(hint.schema(), hint.table()).isEmpty() && renamedTables.containsKey(hint.table())
                ? renamedTables.get(hint.table())
                : hint.table();
        Table table = single(hint, tableName, "table " + q(hint.table()) + " does not exist in the current schema");
        if (table.column(hint.column()).isEmpty()) {
            throw error(hint, "table " + q(table.name()) + " has no column " + q(hint.column()));
        }
        Table target = findTarget(table.schema(), table.name())
                .orElseThrow(() -> error(hint, "table " + q(table.name()) + " does not exist in the target schema"));
        if (target.column(hint.column()).isPresent()) {
            throw error(
                    hint,
                    "column " + q(table.name() + "." + hint.column())
                            + " still exists in the target schema, so it is not renamed");
        }
        if (target.column(hint.newName()).isEmpty()) {
            throw error(hint, "table " + q(table.name()) + " in the target schema has no column " + q(hint.newName()));
        }
        if (table.column(hint.newName()).isPresent()) {
            throw error(hint, "table " + q(table.name()) + " already has a column " + q(hint.newName()));
        }
        var column = table.column(hint.column()).orElseThrow();
        from.renameColumn(table, hint.column(), hint.newName());
        return new RenameColumn(table.qualifiedName(), hint.column(), hint.newName(), column);
    }

    private Table single(RenameHint hint, String name, String missing) {
        List<Table> found = from.find(hint.schema(), name);
        if (found.isEmpty()) {
            throw error(hint, missing);
        }
        if (found.size() > 1) {
            throw error(
                    hint,
                    "table " + q(name) + " exists in several schemas ("
                            + String.join(
                                    ", ", found.stream().map(Table::schema).toList())
                            + "); qualify it as `schema." + name + "`");
        }
        return found.get(0);
    }

    private Optional<Table> findTarget(String schema, String name) {
        return to.tables().stream()
                .filter(t -> t.name().equals(name)
                        && java.util.Objects.equals(from.key(t.schema(), name), from.key(schema, name)))
                .findFirst();
    }

    private static String q(String name) {
        return "`" + name + "`";
    }

    private static ZModelException error(RenameHint hint, String problem) {
        return new ZModelException("rename hint `" + hint.source() + "`: " + problem
                + ". Rename hints use database names (`OldTable=NewTable`, `Table.oldColumn=Table.newColumn`); "
                + "fix or remove the hint.");
    }
}
