package dev.zmodel.lang;

import dev.zmodel.lang.ast.Argument;
import dev.zmodel.lang.ast.Expr;

import java.util.function.Consumer;

/** Walks expression trees. */
final class Expressions {
    private Expressions() {}

    /** Visits {@code expr} and every expression inside it, parents first. */
    static void forEach(Expr expr, Consumer<Expr> visitor) {
        if (expr == null) {
            return;
        }
        visitor.accept(expr);
        if (expr instanceof Expr.MemberAccess m) {
            forEach(m.operand(), visitor);
        } else if (expr instanceof Expr.Invocation i) {
            for (Argument a : i.args()) {
                forEach(a.value(), visitor);
            }
        } else if (expr instanceof Expr.Array a) {
            a.items().forEach(item -> forEach(item, visitor));
        } else if (expr instanceof Expr.ObjectLiteral o) {
            o.fields().forEach(f -> forEach(f.value(), visitor));
        } else if (expr instanceof Expr.Unary u) {
            forEach(u.operand(), visitor);
        } else if (expr instanceof Expr.Binary b) {
            forEach(b.left(), visitor);
            forEach(b.right(), visitor);
        } else if (expr instanceof Expr.CollectionPredicate p) {
            forEach(p.collection(), visitor);
            forEach(p.condition(), visitor);
        } else if (expr instanceof Expr.Paren p) {
            forEach(p.inner(), visitor);
        }
    }
}
