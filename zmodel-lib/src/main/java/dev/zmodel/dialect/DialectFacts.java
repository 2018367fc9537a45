package dev.zmodel.dialect;

import java.util.List;
import java.util.Set;

/**
 * What a database has and can do, as plain facts: the one statement of each fact, read by introspection, db pull,
 * the model builder, the differ and the DDL writers alike.
 *
 * @param schemas               tables, enum types and constraint names live in named schemas ({@code @@schema},
 *                              {@code schemas}, {@code defaultSchema}); index and key names are schema-wide
 * @param defaultSchema         the schema of objects that name none ({@code public}); null where schemas do not apply
 * @param namespaces            the namespaces of a model without schemas ({@code null} where {@code schemas})
 * @param enumTypes             enums are named types of their own (PostgreSQL); otherwise inline column types or text
 * @param inlineEnums           enums are column types of their own with the values inline ({@code ENUM('a','b')},
 *                              MySQL); where neither this nor {@code enumTypes}, enums are stored as text
 * @param scalarLists           {@code String[]} and friends are array columns
 * @param primaryKeyName        {@code null}: primary keys are named ({@code map:} or the {@code _pkey} convention);
 *                              otherwise the fixed name every primary key has ({@code ""}: unnamed)
 * @param namedForeignKeys      foreign keys have names that {@code @relation(map:)} can carry and the differ pairs by
 * @param uniqueConstraints     a UNIQUE constraint is an object of its own beside a unique index (PostgreSQL, SQLite
 *                              inline {@code UNIQUE}); otherwise every unique key is an index
 * @param joinTablePrimaryKey   an implicit m:n join table is keyed by {@code (A, B)}; otherwise a unique index
 * @param fulltextIndexes       {@code @@fulltext}
 * @param indexPrefixLengths    {@code length:} on index columns
 * @param operatorClasses       {@code ops:} on index columns
 * @param indexMethods          {@code type:} (Hash, Gist, Gin, …) on indexes
 * @param foreignKeyIndexes     the database adds an index to every foreign key whose columns start no index
 * @param rowidAutoIncrement    an {@code INTEGER PRIMARY KEY} is the rowid, and only it can auto-increment
 * @param inlineForeignKeys     foreign keys are part of the table definition and cannot be added or dropped alone
 * @param comments              table and column comments
 * @param renameIndex           {@code ALTER INDEX … RENAME} / {@code RENAME INDEX}
 * @param renameConstraint      {@code ALTER TABLE … RENAME CONSTRAINT}
 * @param transactionalDdl      DDL statements take part in transactions (a failed migration leaves nothing behind)
 * @param identifierLimit       the longest identifier the database keeps, in bytes
 * @param foldsUnquotedCase     unquoted identifiers are folded (PostgreSQL to lower case), so DDL always quotes
 * @param reservedWords         key words that cannot be an identifier unquoted (upper case)
 * @param fileDatabase          the database is a file on this machine (no server, no credentials, always local)
 */
public record DialectFacts(
        boolean schemas,
        String defaultSchema,
        List<String> namespaces,
        boolean enumTypes,
        boolean inlineEnums,
        boolean scalarLists,
        String primaryKeyName,
        boolean namedForeignKeys,
        boolean uniqueConstraints,
        boolean joinTablePrimaryKey,
        boolean fulltextIndexes,
        boolean indexPrefixLengths,
        boolean operatorClasses,
        boolean indexMethods,
        boolean foreignKeyIndexes,
        boolean rowidAutoIncrement,
        boolean inlineForeignKeys,
        boolean comments,
        boolean renameIndex,
        boolean renameConstraint,
        boolean transactionalDdl,
        int identifierLimit,
        boolean foldsUnquotedCase,
        Set<String> reservedWords,
        boolean fileDatabase) {

    /** Whether primary keys carry a name of their own that {@code @id(map:)} can write. */
    public boolean namedPrimaryKeys() {
        return primaryKeyName == null;
    }
}
