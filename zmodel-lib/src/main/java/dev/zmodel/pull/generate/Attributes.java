package dev.zmodel.pull.generate;

import dev.zmodel.dialect.NativeType;
import dev.zmodel.lang.ast.Argument;
import dev.zmodel.lang.ast.Attribute;
import dev.zmodel.lang.ast.Expr;
import dev.zmodel.pull.defaults.DefaultValue;
import dev.zmodel.pull.naming.Layout;
import dev.zmodel.schema.ReferentialAction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Builders for the attributes db pull writes, and their ordering by the preset's {@link Layout}. */
final class Attributes {
    private Attributes() {}

    static Attribute map(String name, boolean block) {
        return Attribute.of(block ? "@@map" : "@map", Argument.positional(Expr.StringLiteral.of(name)));
    }

    static Attribute schema(String name) {
        return Attribute.of("@@schema", Argument.positional(Expr.StringLiteral.of(name)));
    }

    static Attribute flag(String name) {
        return Attribute.of(name);
    }

    static Attribute nativeType(NativeType type) {
        List<Argument> args = new ArrayList<>(type.args().size());
        for (Integer a : type.args()) {
            args.add(Argument.positional(Expr.NumberLiteral.of(String.valueOf(a))));
        }
        args = List.copyOf(args);
        return new Attribute("@db." + type.name(), args, !args.isEmpty(), dev.zmodel.lang.ast.Span.NONE);
    }

    static Attribute defaultValue(DefaultValue value) {
        Expr expr;
        if (value instanceof DefaultValue.AutoIncrement) {
            expr = Expr.Invocation.of("autoincrement");
        } else if (value instanceof DefaultValue.Now) {
            expr = Expr.Invocation.of("now");
        } else if (value instanceof DefaultValue.Literal l) {
            expr = l.value();
        } else if (value instanceof DefaultValue.DbGenerated g) {
            expr = g.expression().isEmpty()
                    ? Expr.Invocation.of("dbgenerated")
                    : Expr.Invocation.of("dbgenerated", Argument.positional(Expr.StringLiteral.of(g.expression())));
        } else {
            throw new IllegalArgumentException("no default");
        }
        return Attribute.of("@default", Argument.positional(expr));
    }

    static Expr references(List<String> fields) {
        return Expr.Array.of(fields.stream().map(Expr.Reference::of).toList());
    }

    static String action(ReferentialAction action) {
        return switch (action) {
            case NO_ACTION -> "NoAction";
            case RESTRICT -> "Restrict";
            case CASCADE -> "Cascade";
            case SET_NULL -> "SetNull";
            case SET_DEFAULT -> "SetDefault";
        };
    }

    /** Sorts field attributes by the layout's order (stable for equal ranks). */
    static List<Attribute> orderField(Layout layout, List<Attribute> attributes) {
        List<Attribute> sorted = new ArrayList<>(attributes);
        sorted.sort(Comparator.comparingInt(a -> layout.fieldRank(a.name())));
        return sorted;
    }

    static List<Attribute> orderBlock(Layout layout, List<Attribute> attributes) {
        List<Attribute> sorted = new ArrayList<>(attributes);
        sorted.sort(Comparator.comparingInt(a -> layout.blockRank(a.name())));
        return sorted;
    }
}
