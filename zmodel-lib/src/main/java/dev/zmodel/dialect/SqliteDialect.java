package dev.zmodel.dialect;

import dev.zmodel.Provider;
import dev.zmodel.schema.ForeignKey;
import dev.zmodel.schema.Table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * SQLite: one namespace ({@code main}), unnamed primary and foreign keys, foreign keys inside the table definition,
 * the rowid as the only auto-increment, inline {@code UNIQUE} as a constraint with an automatic index.
 */
public final class SqliteDialect implements Dialect {
    public static final SqliteDialect INSTANCE = new SqliteDialect();

    private static final DialectFacts FACTS = new DialectFacts(
            false, // schemas
            null, // defaultSchema
            List.of("main"), // namespaces
            false, // enumTypes
            false, // inlineEnums
            false, // scalarLists
            "", // primaryKeyName
            false, // namedForeignKeys
            true, // uniqueConstraints
            false, // joinTablePrimaryKey
            false, // fulltextIndexes
            false, // indexPrefixLengths
            false, // operatorClasses
            false, // indexMethods
            false, // foreignKeyIndexes
            true, // rowidAutoIncrement
            true, // inlineForeignKeys
            false, // comments
            false, // renameIndex
            false, // renameConstraint
            true, // transactionalDdl
            10_000, // identifierLimit
            false, // foldsUnquotedCase
            Set.of(), // reservedWords: identifiers are always quoted, nothing depends on them
            true); // fileDatabase

    private static final Pattern NOW = Pattern.compile("(?i)datetime\\(\\s*'now'\\s*\\)");
    private static final Pattern QUOTED_NUMBER = Pattern.compile("'-?[0-9]+(\\.[0-9]+)?'");
    private static final Pattern PLUS_NUMBER = Pattern.compile("\\+[0-9.]+([eE][+-]?[0-9]+)?");

    private SqliteDialect() {}

    @Override
    public Provider provider() {
        return Provider.SQLITE;
    }

    @Override
    public DialectFacts facts() {
        return FACTS;
    }

    @Override
    public TypeTable types() {
        return SqliteTypeTable.INSTANCE;
    }

    @Override
    public String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /**
     * Parentheses around the whole expression do not matter; the key words {@code CURRENT_TIMESTAMP},
     * {@code CURRENT_DATE}, {@code CURRENT_TIME} are case-insensitive; {@code datetime('now')} is
     * {@code CURRENT_TIMESTAMP} (both give UTC {@code YYYY-MM-DD HH:MM:SS}); {@code TRUE}/{@code FALSE} are the
     * integers 1 and 0 SQLite stores for them; a number's leading {@code +} does not matter, nor quotes around a
     * number ({@code '5'} is stored as 5 in a column with a numeric affinity and as {@code '5'} in a text column,
     * whichever way the default was written).
     */
    @Override
    public String canonicalDefault(String expression) {
        if (expression == null) {
            return null;
        }
        String v = DefaultText.unwrap(expression);
        if (v.equalsIgnoreCase("null")) {
            return null;
        }
        String upper = v.toUpperCase(Locale.ROOT);
        if (NOW.matcher(v).matches()) {
            return "CURRENT_TIMESTAMP";
        }
        if (PLUS_NUMBER.matcher(v).matches()) {
            return v.substring(1);
        }
        if (QUOTED_NUMBER.matcher(v).matches()) {
            return v.substring(1, v.length() - 1);
        }
        return switch (upper) {
            case "CURRENT_TIMESTAMP", "CURRENT_DATE", "CURRENT_TIME" -> upper;
            case "TRUE" -> "1";
            case "FALSE" -> "0";
            default -> v;
        };
    }

    /** Prisma's SQLite describer lists foreign keys from {@code pragma_foreign_key_list}, last declared first. */
    @Override
    public List<ForeignKey> relationOrder(Table table) {
        List<ForeignKey> reversed = new ArrayList<>(table.foreignKeys());
        Collections.reverse(reversed);
        return reversed;
    }

    @Override
    public boolean isAutomaticIndexName(String name) {
        return name.startsWith("sqlite_autoindex_");
    }

    @Override
    public IndexMethod indexMethod(String method) {
        return method == null ? IndexMethod.DEFAULT : IndexMethod.unsupported();
    }
}
