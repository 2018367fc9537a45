package dev.zmodel.model;

import dev.zmodel.ZModelException;
import dev.zmodel.lang.ast.Argument;
import dev.zmodel.lang.ast.Attribute;
import dev.zmodel.lang.ast.Expr;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code @db.*} attribute of a field: the native type name without {@code @db.} ({@code VarChar}) and its
 * integer arguments ({@code [255]}).
 */
record NativeType(String name, List<Integer> args) {
    NativeType {
        args = List.copyOf(args);
    }

    static NativeType of(Attribute attribute, String where) {
        List<Integer> args = new ArrayList<>();
        for (Argument a : attribute.args()) {
            if (a.value() instanceof Expr.NumberLiteral n && n.text().matches("\\d+")) {
                args.add(Integer.parseInt(n.text()));
            } else {
                throw new ZModelException(where + ": the arguments of " + attribute.name()
                        + " must be whole numbers, e.g. " + attribute.name() + "(255).");
            }
        }
        return new NativeType(attribute.name().substring("@db.".length()), args);
    }

    /** The argument at {@code index}, or {@code fallback} when not given. */
    Integer arg(int index, Integer fallback) {
        return index < args.size() ? args.get(index) : fallback;
    }
}
