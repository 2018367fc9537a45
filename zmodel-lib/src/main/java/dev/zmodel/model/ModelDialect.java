package dev.zmodel.model;

import dev.zmodel.Provider;

import java.util.List;

/**
 * What a provider's database has, as the model builder needs it: the one place of this package (beside the
 * per-dialect {@link ColumnTypes} and {@link ColumnDefaults}) that looks at the {@link Provider}.
 *
 * @param schemas                 tables, enum types and constraint names live in named schemas ({@code @@schema},
 *                                {@code schemas}, {@code defaultSchema}; index and key names are schema-wide)
 * @param enumTypes               enums are named types of their own (not inline column types or text)
 * @param scalarLists             {@code String[]} and friends are array columns
 * @param primaryKeyName          {@code null}: named by {@code map:} or the {@code _pkey} convention; otherwise the
 *                                fixed name every primary key has ({@code ""}: unnamed)
 * @param joinTablePrimaryKey     an implicit m:n join table is keyed by {@code (A, B)}; otherwise a unique index
 * @param fulltextIndexes         {@code @@fulltext}
 * @param indexPrefixLengths      {@code length:} on index columns
 * @param operatorClasses         {@code ops:} on index columns
 * @param indexMethods            {@code type:} (Hash, Gist, Gin, …) on indexes
 * @param foreignKeyIndexes       the database adds an index to every foreign key that has none
 * @param rowidAutoIncrement      an {@code INTEGER PRIMARY KEY} is the rowid, and only it can auto-increment
 * @param identifierLimit         the longest identifier the database keeps
 * @param namespaces              the namespaces of a model without schemas ({@code null} where {@code schemas})
 */
record ModelDialect(boolean schemas, boolean enumTypes, boolean scalarLists, String primaryKeyName,
                    boolean joinTablePrimaryKey, boolean fulltextIndexes, boolean indexPrefixLengths,
                    boolean operatorClasses, boolean indexMethods, boolean foreignKeyIndexes,
                    boolean rowidAutoIncrement, int identifierLimit, List<String> namespaces) {

    static ModelDialect forProvider(Provider provider) {
        return switch (provider) {
            case POSTGRESQL -> new ModelDialect(
                    true,               // schemas
                    true,               // enumTypes
                    true,               // scalarLists
                    null,               // primaryKeyName
                    true,               // joinTablePrimaryKey
                    false,              // fulltextIndexes
                    false,              // indexPrefixLengths
                    true,               // operatorClasses
                    true,               // indexMethods
                    false,              // foreignKeyIndexes
                    false,              // rowidAutoIncrement
                    63,                 // identifierLimit
                    null                // namespaces
            );
            case MYSQL -> new ModelDialect(
                    false,              // schemas
                    false,              // enumTypes
                    false,              // scalarLists
                    "PRIMARY",          // primaryKeyName
                    false,              // joinTablePrimaryKey
                    true,               // fulltextIndexes
                    true,               // indexPrefixLengths
                    false,              // operatorClasses
                    false,              // indexMethods
                    true,               // foreignKeyIndexes
                    false,              // rowidAutoIncrement
                    64,                 // identifierLimit
                    List.of()           // namespaces
            );
            case SQLITE -> new ModelDialect(
                    false,              // schemas
                    false,              // enumTypes
                    false,              // scalarLists
                    "",                 // primaryKeyName
                    false,              // joinTablePrimaryKey
                    false,              // fulltextIndexes
                    false,              // indexPrefixLengths
                    false,              // operatorClasses
                    false,              // indexMethods
                    false,              // foreignKeyIndexes
                    true,               // rowidAutoIncrement
                    10_000,             // identifierLimit
                    List.of("main")     // namespaces
            );
        };
    }
}
