package dev.zmodel.dialect;

import dev.zmodel.Provider;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** PostgreSQL: schemas, enum types, named keys, 63-byte identifiers, index methods and operator classes. */
public final class PostgresDialect implements Dialect {
    public static final PostgresDialect INSTANCE = new PostgresDialect();

    /**
     * The key words {@code quote_ident} quotes (every category but the unreserved one): reserved, type/function
     * name and column name key words.
     */
    private static final Set<String> KEYWORDS = Set.of(
            "ALL",
            "ANALYSE",
            "ANALYZE",
            "AND",
            "ANY",
            "ARRAY",
            "AS",
            "ASC",
            "ASYMMETRIC",
            "BOTH",
            "CASE",
            "CAST",
            "CHECK",
            "COLLATE",
            "COLUMN",
            "CONSTRAINT",
            "CREATE",
            "CURRENT_CATALOG",
            "CURRENT_DATE",
            "CURRENT_ROLE",
            "CURRENT_TIME",
            "CURRENT_TIMESTAMP",
            "CURRENT_USER",
            "DEFAULT",
            "DEFERRABLE",
            "DESC",
            "DISTINCT",
            "DO",
            "ELSE",
            "END",
            "EXCEPT",
            "FALSE",
            "FETCH",
            "FOR",
            "FOREIGN",
            "FROM",
            "GRANT",
            "GROUP",
            "HAVING",
            "IN",
            "INITIALLY",
            "INTERSECT",
            "INTO",
            "LATERAL",
            "LEADING",
            "LIMIT",
            "LOCALTIME",
            "LOCALTIMESTAMP",
            "NOT",
            "NULL",
            "OFFSET",
            "ON",
            "ONLY",
            "OR",
            "ORDER",
            "PLACING",
            "PRIMARY",
            "REFERENCES",
            "RETURNING",
            "SELECT",
            "SESSION_USER",
            "SOME",
            "SYMMETRIC",
            "TABLE",
            "THEN",
            "TO",
            "TRAILING",
            "TRUE",
            "UNION",
            "UNIQUE",
            "USER",
            "USING",
            "VARIADIC",
            "WHEN",
            "WHERE",
            "WINDOW",
            "WITH",
            "AUTHORIZATION",
            "BINARY",
            "COLLATION",
            "CONCURRENTLY",
            "CROSS",
            "CURRENT_SCHEMA",
            "FREEZE",
            "FULL",
            "ILIKE",
            "INNER",
            "IS",
            "ISNULL",
            "JOIN",
            "LEFT",
            "LIKE",
            "NATURAL",
            "NOTNULL",
            "OUTER",
            "OVERLAPS",
            "RIGHT",
            "SIMILAR",
            "TABLESAMPLE",
            "VERBOSE",
            "BETWEEN",
            "BIGINT",
            "BIT",
            "BOOLEAN",
            "CHAR",
            "CHARACTER",
            "COALESCE",
            "DEC",
            "DECIMAL",
            "EXISTS",
            "EXTRACT",
            "FLOAT",
            "GREATEST",
            "GROUPING",
            "INOUT",
            "INT",
            "INTEGER",
            "INTERVAL",
            "LEAST",
            "NATIONAL",
            "NCHAR",
            "NONE",
            "NORMALIZE",
            "NULLIF",
            "NUMERIC",
            "OUT",
            "OVERLAY",
            "POSITION",
            "PRECISION",
            "REAL",
            "ROW",
            "SETOF",
            "SMALLINT",
            "SUBSTRING",
            "TIME",
            "TIMESTAMP",
            "TREAT",
            "TRIM",
            "VALUES",
            "VARCHAR",
            "XMLATTRIBUTES",
            "XMLCONCAT",
            "XMLELEMENT",
            "XMLEXISTS",
            "XMLFOREST",
            "XMLNAMESPACES",
            "XMLPARSE",
            "XMLPI",
            "XMLROOT",
            "XMLSERIALIZE",
            "XMLTABLE");

    private static final DialectFacts FACTS = new DialectFacts(
            true, // schemas
            "public", // defaultSchema
            null, // namespaces
            true, // enumTypes
            false, // inlineEnums
            true, // scalarLists
            null, // primaryKeyName
            true, // namedForeignKeys
            true, // uniqueConstraints
            true, // joinTablePrimaryKey
            false, // fulltextIndexes
            false, // indexPrefixLengths
            true, // operatorClasses
            true, // indexMethods
            false, // foreignKeyIndexes
            false, // rowidAutoIncrement
            false, // inlineForeignKeys
            true, // comments
            true, // renameIndex
            true, // renameConstraint
            true, // transactionalDdl
            63, // identifierLimit
            true, // foldsUnquotedCase
            KEYWORDS, // reservedWords
            false); // fileDatabase
    /** The members of ZModel's {@code IndexOperatorClass} enum (Prisma's supported operator classes). */
    private static final Set<String> KNOWN_OPS = Set.of(
            "ArrayOps",
            "JsonbOps",
            "JsonbPathOps",
            "InetOps",
            "TextOps",
            "BitMinMaxOps",
            "VarBitMinMaxOps",
            "BpcharBloomOps",
            "BpcharMinMaxOps",
            "ByteaBloomOps",
            "ByteaMinMaxOps",
            "DateBloomOps",
            "DateMinMaxOps",
            "DateMinMaxMultiOps",
            "Float4BloomOps",
            "Float4MinMaxOps",
            "Float4MinMaxMultiOps",
            "Float8BloomOps",
            "Float8MinMaxOps",
            "Float8MinMaxMultiOps",
            "InetInclusionOps",
            "InetBloomOps",
            "InetMinMaxOps",
            "InetMinMaxMultiOps",
            "Int2BloomOps",
            "Int2MinMaxOps",
            "Int2MinMaxMultiOps",
            "Int4BloomOps",
            "Int4MinMaxOps",
            "Int4MinMaxMultiOps",
            "Int8BloomOps",
            "Int8MinMaxOps",
            "Int8MinMaxMultiOps",
            "NumericBloomOps",
            "NumericMinMaxOps",
            "NumericMinMaxMultiOps",
            "OidBloomOps",
            "OidMinMaxOps",
            "OidMinMaxMultiOps",
            "TextBloomOps",
            "TextMinMaxOps",
            "TimestampBloomOps",
            "TimestampMinMaxOps",
            "TimestampMinMaxMultiOps",
            "TimestampTzBloomOps",
            "TimestampTzMinMaxOps",
            "TimestampTzMinMaxMultiOps",
            "TimeBloomOps",
            "TimeMinMaxOps",
            "TimeMinMaxMultiOps",
            "TimeTzBloomOps",
            "TimeTzMinMaxOps",
            "TimeTzMinMaxMultiOps",
            "UuidBloomOps",
            "UuidMinMaxOps",
            "UuidMinMaxMultiOps");

    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_$]*");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    /** A cast to a type name, optionally schema-qualified and quoted, with array brackets. */
    private static final Pattern CASTS = Pattern.compile("(?:::(?:(?:\"(?:[^\"]|\"\")+\"|[A-Za-z_][A-Za-z0-9_$]*)\\.)?"
            + "(?:\"(?:[^\"]|\"\")+\"|[A-Za-z_][A-Za-z0-9_$ ]*?(?:\\(\\d+(?:,\\s*\\d+)?\\))?"
            + "(?: with(?:out)? time zone)?)(?:\\[\\])*)*");

    private PostgresDialect() {}

    @Override
    public Provider provider() {
        return Provider.POSTGRESQL;
    }

    @Override
    public DialectFacts facts() {
        return FACTS;
    }

    @Override
    public TypeTable types() {
        return PostgresTypeTable.INSTANCE;
    }

    @Override
    public String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /**
     * {@code quote_ident}: an identifier as the catalog prints it — bare when it is lower-case letters, digits,
     * {@code _} and {@code $} not starting with a digit and not a key word, quoted otherwise.
     */
    public String quoteIfNeeded(String identifier) {
        return PLAIN.matcher(identifier).matches() && !KEYWORDS.contains(identifier.toUpperCase(Locale.ROOT))
                ? identifier
                : quote(identifier);
    }

    /**
     * {@code now()} ≡ {@code CURRENT_TIMESTAMP} ≡ {@code transaction_timestamp()}; casts after a literal or an
     * {@code ARRAY[…]} are dropped (the column's type is compared on its own, and a schema-qualified enum cast
     * {@code 'x'::app.mood} is the same value as {@code 'x'::mood}); {@code ARRAY[]} ≡ {@code '{}'}; a quoted number
     * ({@code '-5'::integer}) ≡ the number.
     */
    @Override
    public String canonicalDefault(String expression) {
        if (expression == null) {
            return null;
        }
        String v = DefaultText.unwrap(expression);
        if (v.equalsIgnoreCase("null") || v.toUpperCase(Locale.ROOT).startsWith("NULL::")) {
            return null;
        }
        String lower = v.toLowerCase(Locale.ROOT);
        if (lower.equals("now()") || lower.equals("current_timestamp") || lower.equals("transaction_timestamp()")) {
            return "CURRENT_TIMESTAMP";
        }
        String value = withoutCasts(v);
        if (value == null) {
            return v;
        }
        if (value.startsWith("ARRAY[")) {
            String literal = arrayLiteral(value.substring(6, value.length() - 1));
            return literal == null ? value : literal;
        }
        if (value.startsWith("'")
                && NUMBER.matcher(value.substring(1, value.length() - 1)).matches()) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    /**
     * {@code ARRAY[e1, e2]} of literals and numbers as {@code array_out} prints the same value ({@code '{e1,e2}'}):
     * an element is double-quoted when it is empty, {@code NULL} or holds a brace, quote, comma, backslash or space.
     */
    private static String arrayLiteral(String elements) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        boolean first = true;
        while (i < elements.length()) {
            while (i < elements.length() && elements.charAt(i) == ' ') {
                i++;
            }
            if (i >= elements.length()) {
                break;
            }
            int end = elements.indexOf(',', elements.startsWith("'", i) ? DefaultText.endOfLiteral(elements, i) : i);
            String element =
                    elements.substring(i, end < 0 ? elements.length() : end).strip();
            String value = withoutCasts(element);
            if (value != null && value.startsWith("'")) {
                value = value.substring(1, value.length() - 1).replace("''", "'");
            } else if (value == null && NUMBER.matcher(element).matches()) {
                value = element;
            } else if (value == null && (element.equals("true") || element.equals("false"))) {
                value = element.substring(0, 1); // array_out prints booleans as t and f
            } else {
                return null;
            }
            boolean quote = value.isEmpty() || value.equalsIgnoreCase("null") || value.matches(".*[{}\",\\\\\\s].*");
            if (!first) {
                out.append(',');
            }
            out.append(quote ? "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"" : value);
            first = false;
            i = end < 0 ? elements.length() : end + 1;
        }
        return "'{" + out.toString().replace("'", "''") + "}'";
    }

    /** A literal or {@code ARRAY[…]} followed only by casts, without the casts; null for anything else. */
    private static String withoutCasts(String v) {
        int end;
        if (v.startsWith("'")) {
            end = DefaultText.endOfLiteral(v, 0);
        } else if (v.startsWith("ARRAY[")) {
            end = DefaultText.endOfBrackets(v, 5);
        } else {
            return null;
        }
        if (end <= 0) {
            return null;
        }
        return CASTS.matcher(v.substring(end).strip()).matches() ? v.substring(0, end) : null;
    }

    @Override
    public IndexMethod indexMethod(String method) {
        if (method == null) {
            return IndexMethod.DEFAULT;
        }
        return switch (method.toLowerCase(Locale.ROOT)) {
            case "btree" -> IndexMethod.DEFAULT;
            case "hash" -> IndexMethod.of("Hash");
            case "gist" -> IndexMethod.of("Gist");
            case "gin" -> IndexMethod.of("Gin");
            case "spgist" -> IndexMethod.of("SpGist");
            case "brin" -> IndexMethod.of("Brin");
            default -> IndexMethod.unsupported();
        };
    }

    /** {@code jsonb_path_ops} → {@code JsonbPathOps}; classes ZModel has no member for are empty. */
    @Override
    public Optional<String> operatorClass(String operatorClass) {
        StringBuilder name = new StringBuilder();
        for (String part : operatorClass.toLowerCase(Locale.ROOT).split("_")) {
            name.append(
                    switch (part) {
                        case "minmax" -> "MinMax";
                        case "varbit" -> "VarBit";
                        case "timestamptz" -> "TimestampTz";
                        case "timetz" -> "TimeTz";
                        default -> part.isEmpty() ? "" : Character.toUpperCase(part.charAt(0)) + part.substring(1);
                    });
        }
        return KNOWN_OPS.contains(name.toString()) ? Optional.of(name.toString()) : Optional.empty();
    }
}
