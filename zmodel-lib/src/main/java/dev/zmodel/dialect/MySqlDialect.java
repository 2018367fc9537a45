package dev.zmodel.dialect;

import dev.zmodel.Provider;
import dev.zmodel.schema.Index;
import dev.zmodel.schema.IndexColumn;
import dev.zmodel.schema.SortOrder;
import dev.zmodel.schema.Table;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * MySQL 8 and MariaDB: one namespace (the database), 64-character identifiers, primary keys always named
 * {@code PRIMARY}, inline enums, and the index MySQL creates for each foreign key (named after the constraint).
 */
public final class MySqlDialect implements Dialect {
    public static final MySqlDialect INSTANCE = new MySqlDialect();

    private static final DialectFacts FACTS = new DialectFacts(
            false, // schemas
            null, // defaultSchema
            List.of(), // namespaces
            false, // enumTypes
            true, // inlineEnums
            false, // scalarLists
            "PRIMARY", // primaryKeyName
            true, // namedForeignKeys
            false, // uniqueConstraints
            false, // joinTablePrimaryKey
            true, // fulltextIndexes
            true, // indexPrefixLengths
            false, // operatorClasses
            false, // indexMethods
            true, // foreignKeyIndexes
            false, // rowidAutoIncrement
            false, // inlineForeignKeys
            true, // comments
            true, // renameIndex
            false, // renameConstraint
            false, // transactionalDdl
            64, // identifierLimit
            false, // foldsUnquotedCase
            Set.of(), // reservedWords: identifiers are always quoted, nothing depends on them
            false); // fileDatabase

    private MySqlDialect() {}

    @Override
    public Provider provider() {
        return Provider.MYSQL;
    }

    @Override
    public DialectFacts facts() {
        return FACTS;
    }

    @Override
    public TypeTable types() {
        return MySqlTypeTable.INSTANCE;
    }

    @Override
    public String quote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }

    /**
     * {@code current_timestamp()}, {@code CURRENT_TIMESTAMP}, {@code now()}, {@code localtimestamp} and
     * {@code localtime} are one value (with the same fractional precision); {@code '1'} ≡ {@code 1}; parentheses
     * around the whole expression and the case of the expression do not matter.
     */
    @Override
    public String canonicalDefault(String expression) {
        if (expression == null) {
            return null;
        }
        String v = expression.strip();
        if (v.equalsIgnoreCase("null")) {
            return null;
        }
        if (v.startsWith("'") && v.endsWith("'") && v.length() >= 2) {
            String inner = v.substring(1, v.length() - 1);
            return inner.matches("-?\\d+(\\.\\d+)?") ? inner : v;
        }
        v = DefaultText.unwrap(v);
        String lower = v.toLowerCase(Locale.ROOT);
        lower = lower.replaceAll("^(current_timestamp|now|localtimestamp|localtime)(\\(\\))?$", "current_timestamp");
        lower = lower.replaceAll(
                "^(current_timestamp|now|localtimestamp|localtime)\\((\\d+)\\)$", "current_timestamp($2)");
        return lower;
    }

    @Override
    public IndexMethod indexMethod(String method) {
        if (method == null || method.equalsIgnoreCase("btree")) {
            return IndexMethod.DEFAULT;
        }
        return method.toLowerCase(Locale.ROOT).equals("fulltext") ? IndexMethod.DEFAULT : IndexMethod.unsupported();
    }

    /**
     * A plain index on exactly a foreign key's columns, named as MySQL names the index it creates for a foreign key:
     * after the constraint, or — for a key declared without a name — after its first column.
     */
    @Override
    public boolean isForeignKeyIndex(Table table, Index index) {
        if (index.unique() || index.fulltext() || index.hasExpressions()) {
            return false;
        }
        List<String> columns = index.columns().stream().map(IndexColumn::column).toList();
        boolean plain = index.columns().stream().allMatch(c -> c.length() == null && c.order() == SortOrder.ASC);
        return plain
                && table.foreignKeys().stream()
                        .anyMatch(fk -> fk.columns().equals(columns)
                                && (index.name().equals(fk.name())
                                        || index.name().equals(fk.columns().get(0))));
    }
}
