package dev.zmodel.model;

import dev.zmodel.schema.ColumnType;

import java.util.Set;

/**
 * PostgreSQL's default operator classes ({@code pg_opclass.opcdefault}) for the {@code ops:} values ZModel offers:
 * the introspector reports only non-default ones, so a default one written in the schema is left out.
 */
final class OperatorClasses {
    private static final Set<String> BRIN_MINMAX = Set.of(
            "int2",
            "int4",
            "int8",
            "float4",
            "float8",
            "numeric",
            "date",
            "time",
            "timetz",
            "timestamp",
            "timestamptz",
            "uuid",
            "oid",
            "bytea",
            "bpchar",
            "text",
            "bit",
            "varbit");

    private OperatorClasses() {}

    static boolean isDefault(String method, String ops, ColumnType type) {
        String m = method == null ? "btree" : method;
        String t = type.name();
        if (type.isArray()) {
            return m.equals("gin") && ops.equals("array_ops");
        }
        return switch (m) {
            case "btree", "hash" -> ops.equals("text_ops") && t.equals("text");
            case "gin" -> ops.equals("jsonb_ops") && t.equals("jsonb");
            case "spgist" -> ops.equals("text_ops") && t.equals("text") || ops.equals("inet_ops") && t.equals("inet");
            case "brin" ->
                ops.equals(t + "_minmax_ops") && BRIN_MINMAX.contains(t)
                        || ops.equals("inet_inclusion_ops") && t.equals("inet");
            default -> false;
        };
    }
}
