package dev.zmodel.dialect;

import dev.zmodel.Provider;
import dev.zmodel.schema.ForeignKey;
import dev.zmodel.schema.Index;
import dev.zmodel.schema.Table;

import java.util.List;
import java.util.Optional;

/**
 * Everything that differs per database and is shared by introspection, db pull, the model builder, the differ and
 * the DDL writers: the {@link DialectFacts facts}, identifier quoting, Prisma's constraint names, the canonical form
 * of default expressions, index methods and operator classes. {@link #of} is the one place that picks it; every
 * {@code switch} over {@link Provider} elsewhere is exhaustive, so the compiler lists what a new database must add
 * (docs/adding-a-dialect.md).
 */
public sealed interface Dialect permits PostgresDialect, MySqlDialect, SqliteDialect {

    static Dialect of(Provider provider) {
        return switch (provider) {
            case POSTGRESQL -> PostgresDialect.INSTANCE;
            case MYSQL -> MySqlDialect.INSTANCE;
            case SQLITE -> SqliteDialect.INSTANCE;
        };
    }

    Provider provider();

    DialectFacts facts();

    /** The type table: ZModel types and {@code @db.*} attributes ↔ catalog types, both directions. */
    TypeTable types();

    /** The identifier quoted exactly as written (always quoted: case and special characters are kept). */
    String quote(String identifier);

    /** {@code schema.name} quoted, or the quoted name alone where the schema is null or schemas do not apply. */
    default String qualify(String schema, String name) {
        return schema == null || !facts().schemas() ? quote(name) : quote(schema) + "." + quote(name);
    }

    /** Prisma's default constraint and index names, with this database's identifier limit. */
    default ConstraintNames constraintNames() {
        return new ConstraintNames(facts().identifierLimit());
    }

    /**
     * The canonical text of a default (or generated) expression as the catalog reports it, so two spellings of one
     * value compare equal: {@code now()} and {@code CURRENT_TIMESTAMP}, redundant casts and parentheses, quoting.
     * {@code null} for no default (a {@code NULL} default is no default).
     */
    String canonicalDefault(String expression);

    /**
     * Whether a default is one string literal holding JSON (casts aside): the only default of a Json column ZModel
     * can state (ZenStack accepts nothing else on a Json field); the database keeps any other.
     */
    default boolean isJsonLiteral(String expression) {
        String c = canonicalDefault(expression);
        if (c == null || !c.startsWith("'") || DefaultText.endOfLiteral(c, 0) != c.length()) {
            return false;
        }
        return JsonbText.isJson(c.substring(1, c.length() - 1).replace("''", "'"));
    }

    /** The table's foreign keys in the order db pull generates relation fields (Prisma's describer order). */
    default List<ForeignKey> relationOrder(Table table) {
        return table.foreignKeys();
    }

    /** The ZModel form of an index access method. */
    IndexMethod indexMethod(String method);

    /**
     * The ZModel {@code IndexOperatorClass} member of a non-default operator class ({@code jsonb_path_ops} →
     * {@code JsonbPathOps}); empty when ZModel has no member for it (written as {@code raw("…")}).
     */
    default Optional<String> operatorClass(String operatorClass) {
        return Optional.empty();
    }

    /**
     * An index name the database chooses itself and refuses in DDL (SQLite's {@code sqlite_autoindex_*} of an inline
     * {@code UNIQUE}): never written as {@code map:}, and paired with any unique index on the same columns.
     */
    default boolean isAutomaticIndexName(String name) {
        return false;
    }

    /** The index the database created by itself for one of the table's foreign keys (MySQL). */
    default boolean isForeignKeyIndex(Table table, Index index) {
        return false;
    }
}
