package dev.zmodel.pull.generate;

import dev.zmodel.dialect.ConstraintNames;
import dev.zmodel.dialect.Dialect;
import dev.zmodel.schema.ForeignKey;
import dev.zmodel.schema.Index;
import dev.zmodel.schema.ReferentialAction;
import dev.zmodel.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Prisma's implicit many-to-many convention ({@code introspection_helpers.rs::is_prisma_m_to_n_relation}): a table
 * whose name starts with {@code _}, with exactly the two columns {@code A} and {@code B} (case-insensitive), each
 * the only column of a foreign key to the single-column primary key of a table; a unique index on exactly
 * {@code (A, B)} (or, on PostgreSQL, the primary key); a plain index on {@code (B)}; and {@code A} referencing the
 * table whose name sorts first. The caller also requires both tables to be models with an identifier and their
 * ZModel names to sort like the database names (else the join table would map to other columns).
 *
 * <p>The exact rules (zenstack preset) accept only a table that a migration of the implicit relation recreates as
 * it is: the key, the {@code B} index and the foreign keys named and shaped as the model builds them (a Prisma 4
 * {@code _AB_unique} index where PostgreSQL now has a primary key, or other names, make an explicit model instead,
 * so the database and its pulled schema agree).
 */
final class JoinTableDetector {
    private final Dialect dialect;
    private final Catalog catalog;
    private final boolean exact;

    JoinTableDetector(Dialect dialect, Catalog catalog, boolean exact) {
        this.dialect = dialect;
        this.catalog = catalog;
        this.exact = exact;
    }

    /**
     * Why a join table by the database rule is not the one a migration of the implicit relation recreates (the
     * exact rules only); null when it is.
     */
    String inexact(JoinTable j) {
        if (!exact || asTheModelBuildsIt(j.table(), j.fkA(), j.fkB())) {
            return null;
        }
        ConstraintNames names = dialect.constraintNames();
        String t = j.table().name();
        return "its key, indexes and foreign keys are not the ones the implicit relation creates ("
                + (dialect.facts().joinTablePrimaryKey()
                        ? "primary key " + names.joinTablePrimaryKey(t)
                        : "unique index " + names.joinTableUnique(t))
                + " on (A, B), index " + names.joinTableIndex(t)
                + " on (B), foreign keys"
                + (dialect.facts().namedForeignKeys()
                        ? " " + names.foreignKey(t, List.of("A")) + " and " + names.foreignKey(t, List.of("B"))
                        : "")
                + " with ON DELETE CASCADE ON UPDATE CASCADE)";
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
        if (!t.name().startsWith("_")
                || t.columns().size() != 2
                || t.foreignKeys().size() != 2) {
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
        boolean uniqueAB = t.indexes().stream()
                        .anyMatch(i -> i.unique() && plain(i) && i.columnNames().equals(List.of(a, b)))
                || dialect.facts().joinTablePrimaryKey()
                        && t.primaryKey() != null
                        && t.primaryKey().columns().equals(List.of(a, b));
        boolean indexB = t.indexes().stream()
                .anyMatch(i -> !i.unique() && plain(i) && i.columnNames().equals(List.of(b)));
        if (!uniqueAB || !indexB) {
            return Optional.empty();
        }
        Optional<Table> targetA = target(fkA);
        Optional<Table> targetB = target(fkB);
        if (targetA.isEmpty()
                || targetB.isEmpty()
                || targetA.get().name().compareTo(targetB.get().name()) > 0) {
            return Optional.empty();
        }
        return Optional.of(new JoinTable(t, fkA, fkB, targetA.get(), targetB.get()));
    }

    /** Exactly the key, indexes and foreign keys the model builder creates for an implicit relation's table. */
    private boolean asTheModelBuildsIt(Table t, ForeignKey fkA, ForeignKey fkB) {
        ConstraintNames names = dialect.constraintNames();
        boolean key = dialect.facts().joinTablePrimaryKey()
                ? t.primaryKey() != null
                        && names.joinTablePrimaryKey(t.name())
                                .equals(t.primaryKey().name())
                        && t.indexes().size() == 1
                : t.primaryKey() == null
                        && t.indexes().size() == 2
                        && t.indexes().stream()
                                .anyMatch(i -> i.unique() && i.name().equals(names.joinTableUnique(t.name())));
        boolean index =
                t.indexes().stream().anyMatch(i -> !i.unique() && i.name().equals(names.joinTableIndex(t.name())));
        boolean keys = Stream.of(fkA, fkB)
                .allMatch(fk -> fk.onDelete() == ReferentialAction.CASCADE
                        && fk.onUpdate() == ReferentialAction.CASCADE
                        && (!dialect.facts().namedForeignKeys()
                                || names.foreignKey(t.name(), fk.columns()).equals(fk.name())));
        boolean columns = fkA.columns().equals(List.of("A")) && fkB.columns().equals(List.of("B"));
        return key && index && keys && columns;
    }

    private Optional<Table> target(ForeignKey fk) {
        Optional<Table> target =
                catalog.table(fk.referencedSchema(), fk.referencedTable()).filter(catalog.tables::contains);
        return target.filter(t -> t.primaryKey() != null
                && t.primaryKey().columns().size() == 1
                && t.primaryKey().columns().equals(fk.referencedColumns()));
    }

    private static boolean plain(Index i) {
        return !i.isPartial()
                && !i.hasExpressions()
                && !i.fulltext()
                && i.columns().stream().allMatch(c -> c.length() == null && c.operatorClass() == null);
    }

    private static String column(Table t, String name) {
        return t.columns().stream()
                .map(c -> c.name())
                .filter(n -> n.equalsIgnoreCase(name))
                .findFirst()
                .orElse(null);
    }

    private static ForeignKey foreignKey(Table t, String column) {
        return t.foreignKeys().stream()
                .filter(fk -> fk.columns().equals(List.of(column)))
                .findFirst()
                .orElse(null);
    }
}
