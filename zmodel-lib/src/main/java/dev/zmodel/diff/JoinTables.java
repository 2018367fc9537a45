package dev.zmodel.diff;

import dev.zmodel.schema.ForeignKey;
import dev.zmodel.schema.QualifiedName;
import dev.zmodel.schema.Table;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Prisma's implicit many-to-many join tables, recognised by their shape: a name starting with {@code _}, exactly the
 * columns {@code A} and {@code B}, each with a foreign key of its own.
 */
final class JoinTables {
    private JoinTables() {}

    static boolean isJoinTable(Table t) {
        return t.name().startsWith("_")
                && t.columns().size() == 2
                && reference(t, "A").isPresent()
                && reference(t, "B").isPresent();
    }

    /** True when both are join tables joining the same two tables, in the same or the swapped order. */
    static boolean sameTables(WorkingSchema schema, Table current, Table target) {
        return isJoinTable(current)
                && isJoinTable(target)
                && (inOrder(schema, current, target) || swappedOrder(schema, current, target));
    }

    /** True when the two join tables join the same tables but {@code A} and {@code B} exchange them. */
    static boolean swapped(WorkingSchema schema, Table current, Table target) {
        return isJoinTable(current)
                && isJoinTable(target)
                && !inOrder(schema, current, target)
                && swappedOrder(schema, current, target);
    }

    /** True when the join table references one of the tables renamed (by their new names). */
    static boolean joinsRenamed(WorkingSchema schema, Table current, Collection<String> renamed) {
        return renamed.contains(referenced(schema, current, "A").name())
                || renamed.contains(referenced(schema, current, "B").name());
    }

    private static boolean inOrder(WorkingSchema schema, Table current, Table target) {
        return referenced(schema, current, "A").equals(referenced(schema, target, "A"))
                && referenced(schema, current, "B").equals(referenced(schema, target, "B"));
    }

    private static boolean swappedOrder(WorkingSchema schema, Table current, Table target) {
        return referenced(schema, current, "A").equals(referenced(schema, target, "B"))
                && referenced(schema, current, "B").equals(referenced(schema, target, "A"));
    }

    private static QualifiedName referenced(WorkingSchema schema, Table t, String column) {
        ForeignKey fk = reference(t, column).orElseThrow();
        return schema.key(fk.referencedSchema() != null ? fk.referencedSchema() : t.schema(), fk.referencedTable());
    }

    private static Optional<ForeignKey> reference(Table t, String column) {
        if (t.column(column).isEmpty()) {
            return Optional.empty();
        }
        return t.foreignKeys().stream()
                .filter(fk -> fk.columns().equals(List.of(column)))
                .findFirst();
    }
}
