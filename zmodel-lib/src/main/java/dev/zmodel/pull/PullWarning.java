package dev.zmodel.pull;

/**
 * Something {@code db pull} could not express in ZModel, changed, or wants the user to look at.
 *
 * @param kind    what happened
 * @param object  the database object, qualified by schema where the schema is not the default one:
 *                {@code table}, {@code table.column}, {@code table.constraint}, {@code enum}, {@code enum.value}
 *                (for DUPLICATE_NAME and RENAMED_RESERVED the ZModel name chosen is in the message)
 * @param message one sentence for the user
 */
public record PullWarning(Kind kind, String object, String message) {
    public enum Kind {
        /** The database is empty: no tables, views or enums. */
        EMPTY_DATABASE,
        /** A column type ZModel has no type for: rendered as {@code Unsupported("…")}. */
        UNSUPPORTED_TYPE,
        /** A generated column: rendered as {@code Unsupported("<type> GENERATED ALWAYS AS (…) …")}, read-only. */
        GENERATED_COLUMN,
        CHECK_CONSTRAINT,
        EXCLUSION_CONSTRAINT,
        ROW_LEVEL_SECURITY,
        /** A partitioned table (the partitions themselves are not models). */
        PARTITION,
        /** A table with inheritance children or parents. */
        INHERITANCE,
        /** An index with a WHERE clause: left out of the model. */
        PARTIAL_INDEX,
        /** An index on expressions: left out of the model. */
        EXPRESSION_INDEX,
        /** An index (part) that ZModel cannot express otherwise (SPATIAL, a B-tree operator class): left out. */
        UNSUPPORTED_INDEX,
        /** An index column with non-default NULLS FIRST/LAST: the index is kept without it. */
        NULL_ORDERING,
        /** A DEFERRABLE constraint: kept, without the deferral. */
        DEFERRABLE,
        /** A PostgreSQL foreign key {@code MATCH FULL}: kept by the database. */
        MATCH_FULL,
        /** A PostgreSQL 15+ unique key {@code NULLS NOT DISTINCT}: kept by the database. */
        NULLS_NOT_DISTINCT,
        /** A MySQL {@code ON UPDATE} clause of a column: not expressible in ZModel. */
        ON_UPDATE,
        /** A PostgreSQL column declared with a domain: pulled as the domain's base type. */
        DOMAIN,
        /** A column with a collation other than its type's (PostgreSQL) or its table's (MySQL): kept by the database. */
        COLLATION,
        /** A MySQL {@code DECIMAL}, {@code FLOAT} or {@code DOUBLE} column declared {@code UNSIGNED}: kept by the database. */
        UNSIGNED,
        /** A MySQL/MariaDB {@code INVISIBLE} column (left out of {@code SELECT *}): a field, kept invisible by the database. */
        INVISIBLE_COLUMN,
        /**
         * A Json column whose default is an expression (or not JSON): ZenStack accepts only JSON strings as a Json
         * field's default, so the field has none and the database keeps it.
         */
        JSON_DEFAULT,
        /** Triggers (one warning naming them all): kept by the database; a note on the model of each one's table. */
        TRIGGER,
        /** Functions (one warning naming them all): kept by the database. */
        FUNCTION,
        /** Procedures (one warning naming them all): kept by the database. */
        PROCEDURE,
        /** MySQL/MariaDB events (one warning naming them all): kept by the database. */
        EVENT,
        /** PostgreSQL sequences no column owns, MariaDB sequences (one warning naming them all): kept by the database. */
        SEQUENCE,
        /**
         * SQLite virtual tables (FTS, R*Tree; one warning naming them all): not models, kept by the database with the
         * shadow tables SQLite made for them.
         */
        VIRTUAL_TABLE,
        /**
         * PostgreSQL foreign tables (one warning naming them all, with their server): not models, kept by the
         * database; the baseline carries them with their servers.
         */
        FOREIGN_TABLE,
        /**
         * PostgreSQL covering indexes (one warning naming them all, with their {@code INCLUDE} columns): the model has
         * the key columns; the database keeps the rest, the baseline carries it.
         */
        COVERING_INDEX,
        /**
         * PostgreSQL index storage options ({@code WITH (fillfactor=70)} in {@code pg_class.reloptions} of the index;
         * one warning naming every index with its options): the model has the index; the database keeps the options,
         * the baseline carries them.
         */
        INDEX_STORAGE,
        /**
         * Table storage ZModel cannot state (PostgreSQL unlogged tables and storage options; MySQL/MariaDB engines,
         * default character sets and collations, create options; one warning naming them all): kept by the database,
         * carried by the baseline.
         */
        TABLE_STORAGE,
        /** A table without a usable primary key or unique constraint: {@code @@ignore}d. */
        NO_UNIQUE_IDENTIFIER,
        /** A model or enum whose name is reserved was renamed ({@code Renamed…}). */
        RENAMED_RESERVED,
        /** Two names became equal after sanitizing/casing; one was given a suffix or prefix. */
        DUPLICATE_NAME,
        /** A name with no valid identifier characters: commented out (prisma preset) or given a placeholder name. */
        INVALID_NAME,
        /** A second foreign key over the same columns as another one: rendered once. */
        DUPLICATE_FOREIGN_KEY,
        /** A foreign key to a table that was not introspected, or over columns that cannot be fields: no relation. */
        UNRESOLVED_FOREIGN_KEY,
        /** An enum type without values (or, prisma preset, with only commented-out values): not declared. */
        EMPTY_ENUM,
        /** A table that looks like an implicit many-to-many join table but cannot be one: rendered as a model. */
        JOIN_TABLE_AS_MODEL,
        /** prisma preset: a view not pulled because the generator does not enable the {@code views} preview feature. */
        VIEW_SKIPPED,
        /** A table without columns (or none the user may see): its model is commented out. */
        NO_COLUMNS,
        /** prisma preset: a further unique index on a column that already is {@code @unique}: left out, as Prisma does. */
        DUPLICATE_UNIQUE
    }

    @Override
    public String toString() {
        return kind + " " + object + ": " + message;
    }
}
