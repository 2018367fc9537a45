package dev.zmodel.pull.generate;

import dev.zmodel.dialect.Dialect;
import dev.zmodel.schema.ForeignKey;
import dev.zmodel.schema.Index;
import dev.zmodel.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Prisma's implicit many-to-many convention ({@code introspection_helpers.rs::is_prisma_m_to_n_relation}): a table
 * whose name starts with {@code _}, with exactly the two columns {@code A} and {@code B} (case-insensitive), each
 * the only column of a foreign key to the single-column primary key of a table; a unique index on exactly
 * {@code (A, B)} (or, on PostgreSQL, the primary key); a plain index on {@code (B)}; and {@code A} referencing the
 * table whose name sorts first. The caller also requires both tables to be models with an identifier and their
 * ZModel names to sort like the database names (else the join table would map to other columns).
 */
final class JoinTableDetector {
    private final Dialect dialect;
    private final Catalog catalog;

    JoinTableDetector(Dialect dialect, Catalog catalog) {
        this.dialect = dialect;
        this.catalog = catalog;
    }

    List<JoinTable> detect() {
        List<JoinTable> result = new ArrayList<>();
        for (Table t : catalog.tables) {
            candidate(t).ifPresent(result::add);
        }
        return result;
    }

    /** The join table this table is by the database rule, if it is one. */
    Optional<JoinTable> candidate(Table t) {
        if (!t.name().startsWith("_") || t.columns().size() != 2 || t.foreignKeys().size() != 2) {
            return Optional.empty();
        }
        String a = column(t, "A");
        String b = column(t, "B");
        if (a == null || b == null) {
            return Optional.empty();
        }
        ForeignKey fkA = foreignKey(t, a);
        ForeignKey fkB = foreignKey(t, b);
        if (fkA == null || fkB == null) {
            return Optional.empty();
        }
        boolean uniqueAB = t.indexes().stream().anyMatch(i -> i.unique() && plain(i) && i.columnNames().equals(List.of(a, b)))
                || dialect.facts().joinTablePrimaryKey() && t.primaryKey() != null
                && t.primaryKey().columns().equals(List.of(a, b));
        boolean indexB = t.indexes().stream().anyMatch(i -> !i.unique() && plain(i) && i.columnNames().equals(List.of(b)));
        if (!uniqueAB || !indexB) {
            return Optional.empty();
        }
        Optional<Table> targetA = target(fkA);
        Optional<Table> targetB = target(fkB);
        if (targetA.isEmpty() || targetB.isEmpty() || targetA.get().name().compareTo(targetB.get().name()) > 0) {
            return Optional.empty();
        }
        return Optional.of(new JoinTable(t, fkA, fkB, targetA.get(), targetB.get()));
    }

    private Optional<Table> target(ForeignKey fk) {
        Optional<Table> target = catalog.table(fk.referencedSchema(), fk.referencedTable())
                .filter(catalog.tables::contains);
        return target.filter(t -> t.primaryKey() != null && t.primaryKey().columns().size() == 1
                && t.primaryKey().columns().equals(fk.referencedColumns()));
    }

    private static boolean plain(Index i) {
        return !i.isPartial() && !i.hasExpressions() && !i.fulltext()
                && i.columns().stream().allMatch(c -> c.length() == null && c.operatorClass() == null);
    }

    private static String column(Table t, String name) {
        return t.columns().stream().map(c -> c.name()).filter(n -> n.equalsIgnoreCase(name)).findFirst().orElse(null);
    }

    private static ForeignKey foreignKey(Table t, String column) {
        return t.foreignKeys().stream().filter(fk -> fk.columns().equals(List.of(column))).findFirst().orElse(null);
    }
}
