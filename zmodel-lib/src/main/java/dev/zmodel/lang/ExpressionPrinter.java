package dev.zmodel.lang;

import dev.zmodel.lang.ast.Argument;
import dev.zmodel.lang.ast.Attribute;
import dev.zmodel.lang.ast.Expr;

import java.util.List;

/**
 * Prints expressions with normalised spacing: {@code a == b}, {@code !a}, {@code a.b}, {@code a?[x, c]},
 * {@code f(x, y: 1)}, {@code [a, b]}, {@code { k: v }} (empty: {@code {}}), parentheses only where written.
 * Parsed string literals keep their quotes and escapes; generated ones ({@code raw == null}) get double quotes.
 */
public final class ExpressionPrinter {
    private ExpressionPrinter() {}

    public static String print(Expr expr) {
        StringBuilder out = new StringBuilder();
        append(out, expr);
        return out.toString();
    }

    public static String print(Attribute attribute) {
        StringBuilder out = new StringBuilder();
        append(out, attribute);
        return out.toString();
    }

    /** Appends {@link #print(Attribute)}'s text to {@code out}: the printer writes straight into its output. */
    static void append(StringBuilder out, Attribute attribute) {
        out.append(attribute.name());
        if (attribute.parens() || !attribute.args().isEmpty()) {
            appendArguments(out.append('('), attribute.args());
            out.append(')');
        }
    }

    private static void appendArguments(StringBuilder out, List<Argument> args) {
        // a loop, not a stream: this runs for every attribute of every pulled field, mostly on a cold JVM
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            Argument a = args.get(i);
            if (!a.isPositional()) {
                out.append(a.name()).append(": ");
            }
            append(out, a.value());
        }
    }

    /** A string literal as written, or double-quoted when generated. */
    public static String literal(Expr.StringLiteral s) {
        return s.raw() != null ? s.raw() : StringLiterals.quote(s.value());
    }

    /** Appends {@link #literal}'s text to {@code out}. */
    static void appendLiteral(StringBuilder out, Expr.StringLiteral s) {
        if (s.raw() != null) {
            out.append(s.raw());
        } else {
            StringLiterals.quote(out, s.value());
        }
    }

    /** Appends {@link #print(Expr)}'s text to {@code out}. */
    static void append(StringBuilder out, Expr expr) {
        if (expr instanceof Expr.StringLiteral s) {
            appendLiteral(out, s);
        } else if (expr instanceof Expr.NumberLiteral n) {
            out.append(n.text());
        } else if (expr instanceof Expr.BooleanLiteral b) {
            out.append(b.value());
        } else if (expr instanceof Expr.NullLiteral) {
            out.append("null");
        } else if (expr instanceof Expr.This) {
            out.append("this");
        } else if (expr instanceof Expr.Reference r) {
            out.append(r.name());
        } else if (expr instanceof Expr.MemberAccess m) {
            append(out, m.operand());
            out.append('.').append(m.member());
        } else if (expr instanceof Expr.Invocation i) {
            appendArguments(out.append(i.name()).append('('), i.args());
            out.append(')');
        } else if (expr instanceof Expr.Array a) {
            out.append('[');
            for (int k = 0; k < a.items().size(); k++) {
                out.append(k == 0 ? "" : ", ");
                append(out, a.items().get(k));
            }
            out.append(']');
        } else if (expr instanceof Expr.ObjectLiteral o) {
            if (o.fields().isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{ ");
            for (int k = 0; k < o.fields().size(); k++) {
                Expr.ObjectField f = o.fields().get(k);
                out.append(k == 0 ? "" : ", ").append(f.name()).append(": ");
                append(out, f.value());
            }
            out.append(" }");
        } else if (expr instanceof Expr.Unary u) {
            out.append(u.operator());
            append(out, u.operand());
        } else if (expr instanceof Expr.Binary b) {
            append(out, b.left());
            out.append(' ').append(b.operator()).append(' ');
            append(out, b.right());
        } else if (expr instanceof Expr.CollectionPredicate p) {
            append(out, p.collection());
            out.append(p.operator()).append('[');
            if (p.binding() != null) {
                out.append(p.binding()).append(", ");
            }
            append(out, p.condition());
            out.append(']');
        } else if (expr instanceof Expr.Paren p) {
            out.append('(');
            append(out, p.inner());
            out.append(')');
        }
    }
}
