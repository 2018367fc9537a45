package dev.zmodel.pull.generate;

import dev.zmodel.pull.PullWarning;
import dev.zmodel.schema.CheckConstraint;
import dev.zmodel.schema.Column;
import dev.zmodel.schema.ExclusionConstraint;
import dev.zmodel.schema.ForeignKey;
import dev.zmodel.schema.Table;

import java.util.List;

/**
 * Table-level database features ZModel cannot express, as notes on the model and warnings: partitions,
 * inheritance, check and exclusion constraints, row-level security, deferrable foreign keys, MySQL
 * {@code ON UPDATE} clauses, PostgreSQL domain columns. (Index features are in {@link Keys}, foreign keys that cannot be relations in
 * {@link RelationPlanner}.)
 */
final class TableFeatures {
    /** MySQL types that may be UNSIGNED without a ZModel native type saying so. */
    private static final java.util.Set<String> NOT_INTEGERS = java.util.Set.of("decimal", "float", "double");

    private final Catalog catalog;
    private final Warnings warnings;
    private final ObjectLabels labels;

    TableFeatures(Catalog catalog, Warnings warnings, ObjectLabels labels) {
        this.catalog = catalog;
        this.warnings = warnings;
        this.labels = labels;
    }

    void describe(Table table, Notes notes) {
        String label = labels.of(table.qualifiedName());
        if (table.traits().partitioned()) {
            notes.add(Notes.Kind.PARTITION);
            List<Table> partitions = catalog.partitionsOf(table);
            partitions.forEach(p -> notes.add(Notes.Kind.PARTITION, "partition " + labels.of(p.qualifiedName())));
            warnings.add(
                    PullWarning.Kind.PARTITION,
                    label,
                    "The table is partitioned"
                            + (partitions.isEmpty()
                                    ? ""
                                    : " (partitions "
                                            + String.join(
                                                    ", ",
                                                    partitions.stream()
                                                            .map(p -> labels.of(p.qualifiedName()))
                                                            .toList())
                                            + ", which are not models)")
                            + "; partitioning cannot be expressed in ZModel.");
        } else if (table.traits().hasSubclasses()) {
            notes.add(Notes.Kind.INHERITANCE);
            List<String> children = catalog.childrenOf(table).stream()
                    .map(t -> labels.of(t.qualifiedName()))
                    .toList();
            children.forEach(c -> notes.add(Notes.Kind.INHERITANCE, "inherited by " + c));
            warnings.add(
                    PullWarning.Kind.INHERITANCE,
                    label,
                    "Other tables inherit from this table"
                            + (children.isEmpty() ? "" : " (" + String.join(", ", children) + ")")
                            + "; inheritance cannot be expressed in ZModel.");
        }
        if (!table.traits().inherits().isEmpty()) {
            List<String> parents =
                    table.traits().inherits().stream().map(this::label).toList();
            parents.forEach(p -> notes.add(Notes.Kind.INHERITS, "inherits from " + p));
            warnings.add(
                    PullWarning.Kind.INHERITANCE,
                    label,
                    "The table inherits from " + String.join(", ", parents)
                            + "; inheritance cannot be expressed in ZModel.");
        }
        for (CheckConstraint check : table.checks()) {
            String text = check.name() == null ? check.expression() : check.name() + ": " + check.expression();
            notes.add(Notes.Kind.CHECK, text);
            warnings.add(
                    PullWarning.Kind.CHECK_CONSTRAINT,
                    check.name() == null ? label : labels.of(table.qualifiedName(), check.name()),
                    "The check constraint " + check.expression() + " cannot be expressed in ZModel.");
        }
        for (ExclusionConstraint exclusion : table.exclusions()) {
            notes.add(Notes.Kind.EXCLUSION, exclusion.name() + ": " + exclusion.definition());
            warnings.add(
                    PullWarning.Kind.EXCLUSION_CONSTRAINT,
                    labels.of(table.qualifiedName(), exclusion.name()),
                    "The exclusion constraint " + exclusion.definition() + " cannot be expressed in ZModel.");
        }
        for (ForeignKey fk : table.foreignKeys()) {
            if (fk.deferrable()) {
                String name = fk.name() == null ? "(" + String.join(", ", fk.columns()) + ")" : fk.name();
                notes.add(
                        Notes.Kind.DEFERRABLE,
                        name + (fk.initiallyDeferred() ? " (DEFERRABLE INITIALLY DEFERRED)" : " (DEFERRABLE)"));
                warnings.add(
                        PullWarning.Kind.DEFERRABLE,
                        labels.of(table.qualifiedName(), name),
                        "The foreign key is "
                                + "DEFERRABLE, which ZModel cannot express; the relation is kept without it.");
            }
            if (fk.matchFull()) {
                String name = fk.name() == null ? "(" + String.join(", ", fk.columns()) + ")" : fk.name();
                notes.add(Notes.Kind.MATCH_FULL, name + " (MATCH FULL)");
                warnings.add(
                        PullWarning.Kind.MATCH_FULL,
                        labels.of(table.qualifiedName(), name),
                        "The foreign key is MATCH FULL (its columns are all NULL or all set), which ZModel cannot "
                                + "express; the database keeps it.");
            }
        }
        if (table.traits().rowLevelSecurity()) {
            notes.add(Notes.Kind.ROW_LEVEL_SECURITY);
            warnings.add(
                    PullWarning.Kind.ROW_LEVEL_SECURITY,
                    label,
                    "The table has row-level security enabled, " + "which cannot be expressed in ZModel.");
        }
        for (Column c : table.columns()) {
            if (c.collation() != null) {
                notes.add(Notes.Kind.COLLATION, c.name() + ": COLLATE " + c.collation());
                warnings.add(
                        PullWarning.Kind.COLLATION,
                        labels.of(table.qualifiedName(), c.name()),
                        "The column has the collation " + c.collation() + ", which ZModel cannot express; the "
                                + "database keeps it.");
            }
            if (c.type().unsigned() && NOT_INTEGERS.contains(c.type().name())) {
                notes.add(Notes.Kind.UNSIGNED, c.name() + ": " + c.type().raw());
                warnings.add(
                        PullWarning.Kind.UNSIGNED,
                        labels.of(table.qualifiedName(), c.name()),
                        "The column is " + c.type().raw() + "; ZModel cannot state UNSIGNED for it, the database "
                                + "keeps it.");
            }
            if (c.invisible()) {
                notes.add(Notes.Kind.INVISIBLE, c.name());
                warnings.add(
                        PullWarning.Kind.INVISIBLE_COLUMN,
                        labels.of(table.qualifiedName(), c.name()),
                        "The column is INVISIBLE (SELECT * leaves it out), which ZModel cannot express; the database "
                                + "keeps it invisible.");
            }
            if (c.type().domain() != null) {
                String domain =
                        labels.of(c.type().domain().schema(), c.type().domain().name());
                notes.add(
                        Notes.Kind.DOMAIN,
                        c.name() + ": " + domain + " (" + c.type().raw() + ")");
                warnings.add(
                        PullWarning.Kind.DOMAIN,
                        labels.of(table.qualifiedName(), c.name()),
                        "The column is declared with the domain " + domain + ", pulled as its base type "
                                + c.type().raw() + "; the domain and its constraints are kept by the database.");
            }
        }
        for (Column c : table.columns()) {
            if (c.onUpdate() != null) {
                notes.add(Notes.Kind.ON_UPDATE, c.name() + ": ON UPDATE " + c.onUpdate());
                warnings.add(
                        PullWarning.Kind.ON_UPDATE,
                        labels.of(table.qualifiedName(), c.name()),
                        "The column has " + "ON UPDATE " + c.onUpdate() + ", which ZModel cannot express.");
            }
        }
    }

    /** Partitions whose partitioned table is not read (include/exclude filters): not models either, but said. */
    void orphanPartitions() {
        for (Table p : catalog.partitions) {
            boolean parentRead = catalog.tables.stream()
                    .anyMatch(
                            t -> t.qualifiedName().toString().equals(p.traits().partitionOf()));
            if (!parentRead) {
                warnings.add(
                        PullWarning.Kind.PARTITION,
                        labels.of(p.qualifiedName()),
                        "The table is a partition of " + label(p.traits().partitionOf())
                                + ", which was not read; partitions are not models.");
            }
        }
    }

    /** {@code public.city} → {@code city} in the default schema. */
    private String label(String qualified) {
        int dot = qualified.indexOf('.');
        return dot < 0 ? qualified : labels.of(qualified.substring(0, dot), qualified.substring(dot + 1));
    }
}
