package dev.zmodel.pull.dialect;

import dev.zmodel.Provider;
import dev.zmodel.lang.ast.Argument;
import dev.zmodel.lang.ast.Expr;
import dev.zmodel.schema.ForeignKey;
import dev.zmodel.schema.Index;
import dev.zmodel.schema.Table;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** PostgreSQL: 63-byte identifiers, named primary keys, index methods and operator classes. */
final class PostgresDialect implements Dialect {
    private static final ConstraintNames NAMES = new ConstraintNames(63);
    /** The members of ZModel's {@code IndexOperatorClass} enum (Prisma's supported operator classes). */
    private static final Set<String> KNOWN_OPS = Set.of("ArrayOps", "JsonbOps", "JsonbPathOps", "InetOps", "TextOps",
            "BitMinMaxOps", "VarBitMinMaxOps", "BpcharBloomOps", "BpcharMinMaxOps", "ByteaBloomOps", "ByteaMinMaxOps",
            "DateBloomOps", "DateMinMaxOps", "DateMinMaxMultiOps", "Float4BloomOps", "Float4MinMaxOps",
            "Float4MinMaxMultiOps", "Float8BloomOps", "Float8MinMaxOps", "Float8MinMaxMultiOps", "InetInclusionOps",
            "InetBloomOps", "InetMinMaxOps", "InetMinMaxMultiOps", "Int2BloomOps", "Int2MinMaxOps",
            "Int2MinMaxMultiOps", "Int4BloomOps", "Int4MinMaxOps", "Int4MinMaxMultiOps", "Int8BloomOps",
            "Int8MinMaxOps", "Int8MinMaxMultiOps", "NumericBloomOps", "NumericMinMaxOps", "NumericMinMaxMultiOps",
            "OidBloomOps", "OidMinMaxOps", "OidMinMaxMultiOps", "TextBloomOps", "TextMinMaxOps", "TimestampBloomOps",
            "TimestampMinMaxOps", "TimestampMinMaxMultiOps", "TimestampTzBloomOps", "TimestampTzMinMaxOps",
            "TimestampTzMinMaxMultiOps", "TimeBloomOps", "TimeMinMaxOps", "TimeMinMaxMultiOps", "TimeTzBloomOps",
            "TimeTzMinMaxOps", "TimeTzMinMaxMultiOps", "UuidBloomOps", "UuidMinMaxOps", "UuidMinMaxMultiOps");

    @Override
    public Provider provider() {
        return Provider.POSTGRESQL;
    }

    @Override
    public ConstraintNames constraintNames() {
        return NAMES;
    }

    @Override
    public List<ForeignKey> relationOrder(Table table) {
        return table.foreignKeys(); // by constraint name, as the catalog query orders them
    }

    @Override
    public boolean namesPrimaryKeys() {
        return true;
    }

    @Override
    public boolean namesForeignKeys() {
        return true;
    }

    @Override
    public boolean joinTableMayUsePrimaryKey() {
        return true;
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

    /** {@code jsonb_path_ops} → {@code JsonbPathOps}; unknown classes → {@code raw("gin_trgm_ops")}. */
    @Override
    public Optional<Expr> operatorClass(String operatorClass) {
        StringBuilder name = new StringBuilder();
        for (String part : operatorClass.toLowerCase(Locale.ROOT).split("_")) {
            name.append(switch (part) {
                case "minmax" -> "MinMax";
                case "varbit" -> "VarBit";
                case "timestamptz" -> "TimestampTz";
                case "timetz" -> "TimeTz";
                default -> part.isEmpty() ? "" : Character.toUpperCase(part.charAt(0)) + part.substring(1);
            });
        }
        if (KNOWN_OPS.contains(name.toString())) {
            return Optional.of(Expr.Reference.of(name.toString()));
        }
        return Optional.of(Expr.Invocation.of("raw", Argument.positional(Expr.StringLiteral.of(operatorClass))));
    }

    @Override
    public boolean isForeignKeyIndex(Table table, Index index) {
        return false;
    }
}
