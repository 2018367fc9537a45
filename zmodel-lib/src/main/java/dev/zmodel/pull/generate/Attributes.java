package dev.zmodel.pull.generate;

import dev.zmodel.dialect.NativeType;
import dev.zmodel.lang.ast.Argument;
import dev.zmodel.lang.ast.Attribute;
import dev.zmodel.lang.ast.Expr;
import dev.zmodel.pull.defaults.DefaultValue;
import dev.zmodel.pull.naming.Layout;
import dev.zmodel.schema.ReferentialAction;

import java.util.ArrayList;
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
        int[] ranks = new int[attributes.size()];
        for (int i = 0; i < ranks.length; i++) {
            ranks[i] = layout.fieldRank(attributes.get(i).name());
        }
        return sortedByRank(attributes, ranks);
    }

    static List<Attribute> orderBlock(Layout layout, List<Attribute> attributes) {
        int[] ranks = new int[attributes.size()];
        for (int i = 0; i < ranks.length; i++) {
            ranks[i] = layout.blockRank(attributes.get(i).name());
        }
        return sortedByRank(attributes, ranks);
    }

    /**
     * A stable insertion sort by rank. A field has a handful of attributes and every generated field is sorted, so
     * a list sort (a comparator call per comparison, and a sort routine hot enough to be compiled on a cold JVM) costs
     * more than the sorting.
     */
    private static List<Attribute> sortedByRank(List<Attribute> attributes, int[] ranks) {
        List<Attribute> sorted = new ArrayList<>(attributes);
        for (int i = 1; i < ranks.length; i++) {
            int rank = ranks[i];
            Attribute attribute = sorted.get(i);
            int j = i - 1;
            while (j >= 0 && ranks[j] > rank) {
                ranks[j + 1] = ranks[j];
                sorted.set(j + 1, sorted.get(j));
                j--;
            }
            ranks[j + 1] = rank;
            sorted.set(j + 1, attribute);
        }
        return sorted;
    }
}
