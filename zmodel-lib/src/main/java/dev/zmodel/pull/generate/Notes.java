package dev.zmodel.pull.generate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code ///} documentation db pull writes on a model, view or enum: the database comment first, then one
 * sentence per database feature ZModel cannot express — Prisma's sentences where Prisma has one, in Prisma's order
 * — each followed by {@code - …} lines naming the objects. The zenstack preset says the same in its own words:
 * about ZModel and this project, never Prisma Client or {@code pris.ly} links.
 */
final class Notes {
    /** The features, in the order their sentences are written. */
    enum Kind {
        RESERVED(null, null),
        PARTITION(
                "This table is a partition table and requires additional setup for migrations. Visit "
                        + "https://pris.ly/d/partition-tables for more info.",
                "This table is partitioned, which ZModel cannot express: its partitions are not models, and "
                        + "migrations need SQL of their own for them."),
        INHERITANCE(
                "This table has subclasses and requires additional setup for migrations. Visit "
                        + "https://pris.ly/d/table-inheritance for more info.",
                "This table has subclasses (table inheritance), which ZModel cannot express: migrations need SQL "
                        + "of their own for them."),
        INHERITS(
                "This table inherits from other tables and requires additional setup for migrations. Visit "
                        + "https://pris.ly/d/table-inheritance for more info.",
                "This table inherits from other tables, which ZModel cannot express: migrations need SQL of their "
                        + "own for it."),
        CHECK(
                "This table contains check constraints and requires additional setup for migrations. Visit "
                        + "https://pris.ly/d/check-constraints for more info.",
                "This table contains check constraints, which ZModel cannot express: migrations leave them to the "
                        + "database."),
        EXCLUSION(
                "This table contains exclusion constraints and requires additional setup for migrations. Visit "
                        + "https://pris.ly/d/exclusion-constraints for more info.",
                "This table contains exclusion constraints, which ZModel cannot express: migrations leave them to "
                        + "the database."),
        NO_COLUMNS(
                "We could not retrieve columns for the underlying table. Either it has no columns or you are missing "
                        + "rights to see them. Please check your privileges.",
                "The underlying table has no columns (or none this database user may see), so the model is commented "
                        + "out: ZModel cannot describe it; the database keeps it, and migrations leave it alone. Check "
                        + "the user's privileges."),
        NO_IDENTIFIER(
                "The underlying table does not contain a valid unique identifier and can therefore currently "
                        + "not be handled by Prisma Client.",
                "The underlying table does not contain a valid unique identifier, so the model is ignored: ZenStack "
                        + "cannot read or write its rows until it has a primary key or a unique constraint."),
        DEFERRABLE(
                "This model has constraints using non-default deferring rules and requires additional setup for "
                        + "migrations. Visit https://pris.ly/d/constraint-deferring for more info.",
                "This model has constraints using non-default deferring rules, which ZModel cannot express: "
                        + "migrations need SQL of their own for them."),
        ROW_LEVEL_SECURITY(
                "This model contains row level security and requires additional setup for migrations. "
                        + "Visit https://pris.ly/d/row-level-security for more info.",
                "This model contains row level security, which ZModel cannot express: migrations leave it to the "
                        + "database."),
        NULL_ORDERING(
                "This model contains an index with non-default null sort order and requires additional setup "
                        + "for migrations. Visit https://pris.ly/d/default-index-null-ordering for more info.",
                "This model contains an index with non-default null sort order, which ZModel cannot express: "
                        + "migrations need SQL of their own for it."),
        EXPRESSION_INDEX(
                "This model contains an expression index which requires additional setup for migrations. "
                        + "Visit https://pris.ly/d/expression-indexes for more info.",
                "This model contains an expression index, which ZModel cannot express: migrations leave it to the "
                        + "database."),
        PARTIAL_INDEX(
                "This model contains a partial index which is left out of the model and requires additional "
                        + "setup for migrations.",
                null),
        UNSUPPORTED_INDEX(
                "This model contains an index that ZModel cannot fully express and requires additional setup for "
                        + "migrations.",
                null),
        FOREIGN_KEY(
                "This model has foreign keys that are not relations and require additional setup for migrations.",
                null),
        ON_UPDATE(
                "This model has columns with an ON UPDATE clause, which ZModel cannot express and requires "
                        + "additional setup for migrations.",
                null),
        COLLATION(
                "This model has columns with their own collation, which ZModel cannot express; the database keeps it.",
                null),
        UNSIGNED(
                "This model has DECIMAL, FLOAT or DOUBLE columns declared UNSIGNED, which ZModel cannot express; "
                        + "the database keeps them unsigned.",
                null),
        MATCH_FULL(
                "This model has foreign keys declared MATCH FULL, which ZModel cannot express; the database keeps them.",
                null),
        NULLS_NOT_DISTINCT(
                "This model has unique keys with NULLS NOT DISTINCT, which ZModel cannot express; the database keeps "
                        + "them.",
                null),
        INVISIBLE(
                "This model has INVISIBLE columns, which ZModel cannot express; the database keeps them invisible.",
                null),
        DOMAIN(
                "This model has columns declared with domains, which ZModel states as their base types; the domains "
                        + "and their constraints are kept by the database.",
                null),
        JSON_DEFAULT(
                "This model has Json columns whose default is a database expression, which ZModel cannot state on a "
                        + "Json field; the database keeps it.",
                null),
        // zenstack preset only: Prisma says nothing about triggers
        TRIGGER(
                "This table has triggers, which ZModel cannot express: the database keeps them, and migrations leave "
                        + "them alone.",
                null),
        // zenstack preset only, like triggers
        COVERING_INDEX(
                "This table has covering indexes whose INCLUDE columns ZModel cannot express: the model names their "
                        + "key columns, the database keeps the rest.",
                null),
        INDEX_STORAGE(
                "This table has indexes with storage options ZModel cannot express: the database keeps them, and "
                        + "migrations leave them alone.",
                null),
        TABLE_STORAGE(
                "This table has storage settings ZModel cannot express: the database keeps them, and migrations "
                        + "leave them alone.",
                null),
        JOIN_TABLE(null, null),
        MATERIALIZED("This view is a materialized view.", null);

        private final String sentence;
        /** The zenstack preset's words, where Prisma's speak of Prisma Client or link to pris.ly; null: the same. */
        private final String zenstackSentence;

        Kind(String sentence, String zenstackSentence) {
            this.sentence = sentence;
            this.zenstackSentence = zenstackSentence;
        }
    }

    /** Whether a doc comment's text is the note of a table without columns (either preset's words). */
    static boolean isNoColumnsNote(String docText) {
        return docText.equals(Kind.NO_COLUMNS.sentence) || docText.equals(Kind.NO_COLUMNS.zenstackSentence);
    }

    private final boolean prismaWords;

    private final List<String> comment = new ArrayList<>();
    private final Map<Kind, String> sentences = new EnumMap<>(Kind.class);
    private final Map<Kind, List<String>> bullets = new EnumMap<>(Kind.class);

    /** The database comment (several lines kept as several doc lines). */
    void comment(String text) {
        if (text != null && !text.isBlank()) {
            comment.addAll(commentLines(text));
        }
    }

    static List<String> commentLines(String text) {
        return text.strip().lines().map(String::stripTrailing).toList();
    }

    /** @param prismaWords Prisma's sentences (prisma preset), else this project's (zenstack preset) */
    Notes(boolean prismaWords) {
        this.prismaWords = prismaWords;
    }

    void add(Kind kind) {
        sentences.putIfAbsent(
                kind, prismaWords || kind.zenstackSentence == null ? kind.sentence : kind.zenstackSentence);
        bullets.computeIfAbsent(kind, k -> new ArrayList<>());
    }

    void add(Kind kind, String bullet) {
        add(kind);
        bullets.get(kind).add(bullet);
    }

    /** A feature whose sentence depends on the object ({@link Kind#RESERVED}, {@link Kind#JOIN_TABLE}). */
    void sentence(Kind kind, String sentence) {
        sentences.put(kind, sentence);
        bullets.computeIfAbsent(kind, k -> new ArrayList<>());
    }

    boolean has(Kind kind) {
        return sentences.containsKey(kind);
    }

    List<String> lines() {
        List<String> lines = new ArrayList<>(comment);
        for (Kind kind : Kind.values()) {
            if (sentences.containsKey(kind)) {
                lines.add(sentences.get(kind));
                bullets.get(kind).forEach(b -> lines.add("- " + b));
            }
        }
        return lines;
    }
}
