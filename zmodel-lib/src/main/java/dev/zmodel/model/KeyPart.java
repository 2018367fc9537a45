package dev.zmodel.model;

import dev.zmodel.ZModelException;
import dev.zmodel.lang.ast.Argument;
import dev.zmodel.lang.ast.Expr;
import dev.zmodel.schema.SortOrder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One field of a key or index list ({@code [a, b(sort: Desc, length: 10, ops: JsonbPathOps)]}), with the operator
 * class already in SQL spelling ({@code jsonb_path_ops}; {@code raw("x")} gives {@code x}).
 */
record KeyPart(String field, SortOrder sort, Integer length, String ops) {

    static List<KeyPart> list(Expr expr, String where) {
        List<KeyPart> out = new ArrayList<>();
        List<Expr> items = expr instanceof Expr.Array a ? a.items() : List.of(expr);
        for (Expr item : items) {
            if (item instanceof Expr.Reference r) {
                out.add(new KeyPart(r.name(), SortOrder.ASC, null, null));
            } else if (item instanceof Expr.Invocation inv) {
                SortOrder sort = SortOrder.ASC;
                Integer length = null;
                String ops = null;
                for (Argument arg : inv.args()) {
                    switch (String.valueOf(arg.name())) {
                        case "sort" ->
                            sort = arg.value().asReference().orElse("Asc").equals("Desc")
                                    ? SortOrder.DESC
                                    : SortOrder.ASC;
                        case "length" ->
                            length = arg.value() instanceof Expr.NumberLiteral n ? Integer.valueOf(n.text()) : null;
                        case "ops" -> ops = operatorClass(arg.value(), where);
                        default ->
                            throw new ZModelException(where + ": unknown argument '" + arg.name() + "' of field "
                                    + inv.name() + " (expected sort, length or ops).");
                    }
                }
                out.add(new KeyPart(inv.name(), sort, length, ops));
            } else {
                throw new ZModelException(where + ": expected a list of field names.");
            }
        }
        return out;
    }

    /** {@code JsonbPathOps} → {@code jsonb_path_ops}, {@code Int4MinMaxMultiOps} → {@code int4_minmax_multi_ops}. */
    static String operatorClass(Expr value, String where) {
        if (value instanceof Expr.Invocation inv
                && inv.name().equals("raw")
                && inv.args().size() == 1) {
            return inv.args()
                    .get(0)
                    .value()
                    .asString()
                    .orElseThrow(() -> new ZModelException(where + ": raw(…) takes a string."));
        }
        String name = value.asReference()
                .orElseThrow(() ->
                        new ZModelException(where + ": ops must name an IndexOperatorClass value or be raw(\"…\")."));
        String spelled = name.replace("TimestampTz", "Timestamptz")
                .replace("TimeTz", "Timetz")
                .replace("VarBit", "Varbit")
                .replace("MinMax", "Minmax");
        return spelled.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
