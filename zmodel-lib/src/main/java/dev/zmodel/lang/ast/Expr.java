package dev.zmodel.lang.ast;

import java.util.List;
import java.util.Optional;

/**
 * A ZModel expression: literals, references, member access, calls, arrays, objects, unary/binary
 * operators and collection predicates ({@code a?[c]}, {@code a![c]}, {@code a^[c]}).
 */
public sealed interface Expr
        permits Expr.StringLiteral,
                Expr.NumberLiteral,
                Expr.BooleanLiteral,
                Expr.NullLiteral,
                Expr.This,
                Expr.Reference,
                Expr.MemberAccess,
                Expr.Invocation,
                Expr.Array,
                Expr.ObjectLiteral,
                Expr.Unary,
                Expr.Binary,
                Expr.CollectionPredicate,
                Expr.Paren {

    Span span();

    /** A string literal. {@code raw} is the text as written (quotes included), or null for generated nodes. */
    record StringLiteral(String value, String raw, Span span) implements Expr {
        public static StringLiteral of(String value) {
            return new StringLiteral(value, null, Span.NONE);
        }
    }

    /** A number as written, e.g. {@code 10}, {@code -1}, {@code 0.50}. */
    record NumberLiteral(String text, Span span) implements Expr {
        public static NumberLiteral of(String text) {
            return new NumberLiteral(text, Span.NONE);
        }
    }

    record BooleanLiteral(boolean value, Span span) implements Expr {
        public static BooleanLiteral of(boolean value) {
            return new BooleanLiteral(value, Span.NONE);
        }
    }

    record NullLiteral(Span span) implements Expr {}

    record This(Span span) implements Expr {}

    /** A bare name: a field, enum member, model or function reference, resolved by the validator. */
    record Reference(String name, Span span) implements Expr {
        public static Reference of(String name) {
            return new Reference(name, Span.NONE);
        }
    }

    record MemberAccess(Expr operand, String member, Span span) implements Expr {}

    /**
     * {@code name(args)}: a function call such as {@code now()} or {@code auth()}, and also a reference
     * with arguments such as {@code title(sort: Desc)} inside {@code @@index}. The grammar cannot tell
     * them apart; the validator does.
     */
    record Invocation(String name, List<Argument> args, Span span) implements Expr {
        public Invocation {
            args = List.copyOf(args);
        }

        public static Invocation of(String name, Argument... args) {
            return new Invocation(name, List.of(args), Span.NONE);
        }
    }

    record Array(List<Expr> items, Span span) implements Expr {
        public Array {
            items = List.copyOf(items);
        }

        public static Array of(List<? extends Expr> items) {
            return new Array(List.copyOf(items), Span.NONE);
        }
    }

    record ObjectLiteral(List<ObjectField> fields, Span span) implements Expr {
        public ObjectLiteral {
            fields = List.copyOf(fields);
        }
    }

    record ObjectField(String name, Expr value, Span span) {}

    record Unary(String operator, Expr operand, Span span) implements Expr {}

    /** Operators: {@code || && == != < <= > >= in}. */
    record Binary(String operator, Expr left, Expr right, Span span) implements Expr {}

    /** {@code collection?[condition]} / {@code ![..]} / {@code ^[..]}; {@code binding} is the optional {@code x,} name. */
    record CollectionPredicate(Expr collection, String operator, String binding, Expr condition, Span span)
            implements Expr {}

    /** Parentheses as written, kept so that printing reproduces the user's grouping. */
    record Paren(Expr inner, Span span) implements Expr {}

    /** The string value if this is a string literal. */
    default Optional<String> asString() {
        return this instanceof StringLiteral s ? Optional.of(s.value()) : Optional.empty();
    }

    /** The referenced name if this is a bare reference. */
    default Optional<String> asReference() {
        return this instanceof Reference r ? Optional.of(r.name()) : Optional.empty();
    }
}
