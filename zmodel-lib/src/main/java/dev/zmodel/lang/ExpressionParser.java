package dev.zmodel.lang;

import dev.zmodel.lang.ast.Argument;
import dev.zmodel.lang.ast.Expr;
import dev.zmodel.lang.ast.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recursive-descent parser of the ZModel expression language. Precedence, low to high:
 * {@code && ||} &lt; {@code == !=} &lt; {@code < > <= >=} &lt; {@code in} &lt; collection predicates
 * ({@code a?[..]}, {@code a![..]}, {@code a^[..]}) &lt; member access &lt; primary. On an error it reports,
 * returns a placeholder reference with an empty name, and always makes progress or stops at a token the
 * caller can synchronise on.
 */
final class ExpressionParser {
    /** Deeper nesting is rejected so that hostile input cannot overflow the stack. */
    static final int MAX_DEPTH = 64;

    private final TokenCursor in;
    private int depth;

    ExpressionParser(TokenCursor in) {
        this.in = in;
    }

    Expr expression() {
        Token first = in.peek();
        Expr left = equality();
        while (in.at(TokenKind.AND) || in.at(TokenKind.OR)) {
            String op = in.next().text();
            Expr right = equality();
            left = new Expr.Binary(op, left, right, in.spanFrom(first));
        }
        return left;
    }

    private Expr equality() {
        Token first = in.peek();
        Expr left = comparison();
        while (in.at(TokenKind.EQ) || in.at(TokenKind.NE)) {
            String op = in.next().text();
            Expr right = comparison();
            left = new Expr.Binary(op, left, right, in.spanFrom(first));
        }
        return left;
    }

    private Expr comparison() {
        Token first = in.peek();
        Expr left = inExpr();
        while (in.at(TokenKind.LT) || in.at(TokenKind.GT) || in.at(TokenKind.LE) || in.at(TokenKind.GE)) {
            String op = in.next().text();
            Expr right = inExpr();
            left = new Expr.Binary(op, left, right, in.spanFrom(first));
        }
        return left;
    }

    private Expr inExpr() {
        Token first = in.peek();
        Expr left = collectionPredicate();
        while (in.atWord("in")) {
            in.next();
            Expr right = collectionPredicate();
            left = new Expr.Binary("in", left, right, in.spanFrom(first));
        }
        return left;
    }

    private Expr collectionPredicate() {
        Token first = in.peek();
        Expr left = memberAccess();
        while ((in.at(TokenKind.QUESTION) || in.at(TokenKind.BANG) || in.at(TokenKind.CARET))
                && in.peek(1).is(TokenKind.LBRACKET)) {
            String op = in.next().text();
            Token open = in.next();
            String binding = null;
            if (in.atName() && in.peek(1).is(TokenKind.COMMA)) {
                binding = in.next().text();
                in.next();
            }
            Expr condition = expression();
            closeList(open, TokenKind.RBRACKET, "the collection predicate", null);
            left = new Expr.CollectionPredicate(left, op, binding, condition, in.spanFrom(first));
        }
        return left;
    }

    private Expr memberAccess() {
        Token first = in.peek();
        Expr operand = primary();
        while (in.at(TokenKind.DOT)) {
            in.next();
            if (!in.atName()) {
                in.expected("a member name after '.'");
                break;
            }
            operand = new Expr.MemberAccess(operand, in.next().text(), in.spanFrom(first));
        }
        return operand;
    }

    private Expr primary() {
        if (depth >= MAX_DEPTH) {
            Token t = in.peek();
            in.error(t, "expression is nested too deeply (more than " + MAX_DEPTH + " levels)");
            skipNested();
            return placeholder(t);
        }
        depth++;
        try {
            return primaryUnguarded();
        } finally {
            depth--;
        }
    }

    private Expr primaryUnguarded() {
        Token t = in.peek();
        switch (t.kind()) {
            case LPAREN -> {
                in.next();
                Expr inner = expression();
                closeList(t, TokenKind.RPAREN, "the parenthesised expression", null);
                return new Expr.Paren(inner, in.spanFrom(t));
            }
            case STRING -> {
                in.next();
                return new Expr.StringLiteral(StringLiterals.unquote(t.text()), t.text(), t.span());
            }
            case NUMBER -> {
                in.next();
                return new Expr.NumberLiteral(t.text(), t.span());
            }
            case BANG -> {
                in.next();
                Expr operand = memberAccess();
                return new Expr.Unary("!", operand, in.spanFrom(t));
            }
            case LBRACKET -> {
                return array();
            }
            case LBRACE -> {
                return object();
            }
            case IDENT -> {
                return word();
            }
            default -> {
                in.expected("an expression");
                if (!isStopToken(t)) {
                    in.next();
                }
                return placeholder(t);
            }
        }
    }

    private Expr word() {
        Token t = in.next();
        switch (t.text()) {
            case "this":
                return new Expr.This(t.span());
            case "null":
                return new Expr.NullLiteral(t.span());
            case "true":
                return new Expr.BooleanLiteral(true, t.span());
            case "false":
                return new Expr.BooleanLiteral(false, t.span());
            default:
                break;
        }
        if (in.at(TokenKind.LPAREN)) {
            Token open = in.next();
            List<Argument> args = argumentsAfterOpen(open, t);
            return new Expr.Invocation(t.text(), args, in.spanFrom(t));
        }
        return new Expr.Reference(t.text(), t.span());
    }

    private Expr array() {
        Token open = in.next();
        List<Expr> items = new ArrayList<>();
        while (!in.at(TokenKind.RBRACKET) && !isStopToken(in.peek())) {
            int before = in.index();
            items.add(expression());
            if (!in.accept(TokenKind.COMMA) || in.index() == before) {
                break;
            }
        }
        closeList(open, TokenKind.RBRACKET, "the array", null);
        return new Expr.Array(items, in.spanFrom(open));
    }

    private Expr object() {
        Token open = in.next();
        List<Expr.ObjectField> fields = new ArrayList<>();
        while (!in.at(TokenKind.RBRACE) && !isStopToken(in.peek())) {
            Token key = in.peek();
            if (!(in.atName() || in.at(TokenKind.STRING)) || !in.peek(1).is(TokenKind.COLON)) {
                in.expected("a 'name: value' entry");
                break;
            }
            in.next();
            in.next();
            Expr value = expression();
            fields.add(new Expr.ObjectField(key.text(), value, in.spanFrom(key)));
            if (!in.accept(TokenKind.COMMA)) {
                break;
            }
        }
        closeList(open, TokenKind.RBRACE, "the object", null);
        return new Expr.ObjectLiteral(fields, in.spanFrom(open));
    }

    /**
     * Arguments after an already consumed {@code (}: {@code expr} or {@code name: expr}, comma-separated, a
     * trailing comma allowed. {@code owner} is the name token the arguments belong to, for messages.
     */
    List<Argument> argumentsAfterOpen(Token open, Token owner) {
        List<Argument> args = new ArrayList<>();
        while (!in.at(TokenKind.RPAREN) && !isStopToken(in.peek())) {
            int before = in.index();
            Token first = in.peek();
            String name = null;
            if (in.atName() && in.peek(1).is(TokenKind.COLON)) {
                name = in.next().text();
                in.next();
            }
            Expr value = expression();
            args.add(new Argument(name, value, in.spanFrom(first)));
            if (!in.accept(TokenKind.COMMA) || in.index() == before) {
                break;
            }
        }
        closeList(open, TokenKind.RPAREN, "the arguments of", owner);
        return args;
    }

    /**
     * Expects the closer of a list. When something else follows on the same line it is reported and
     * skipped up to the closer (or the end of that line); when the closer is simply missing (new line, end
     * of file, a brace or an attribute follows) it is reported where it should have been. {@code what} names the
     * list, followed by the {@code owner}'s name when there is one; the message is built only for an error (lists
     * are closed for every attribute of a schema).
     */
    private void closeList(Token open, TokenKind closer, String what, Token owner) {
        if (in.accept(closer)) {
            return;
        }
        if (owner != null) {
            what = what + " '" + owner.text() + "'";
        }
        Token t = in.peek();
        if (isStopToken(t) || in.onNewLine()) {
            in.error(
                    in.previous().end(),
                    "expected '" + closer.symbol() + "' to close " + what + " opened at " + open.start());
            return;
        }
        in.error(t, "unexpected token " + t.describe() + " in " + what);
        int line = t.start().line();
        int nesting = 0;
        while (!in.atEnd() && in.peek().start().line() == line) {
            Token s = in.peek();
            if (nesting == 0 && s.is(closer)) {
                in.next();
                return;
            }
            if (nesting == 0 && s.is(TokenKind.RBRACE)) {
                return;
            }
            if (s.is(TokenKind.LPAREN) || s.is(TokenKind.LBRACKET) || s.is(TokenKind.LBRACE)) {
                nesting++;
            } else if (s.is(TokenKind.RPAREN) || s.is(TokenKind.RBRACKET) || s.is(TokenKind.RBRACE)) {
                nesting = Math.max(0, nesting - 1);
            }
            in.next();
        }
    }

    /** Skips the rest of a too-deep nest on its line, so the caller can resynchronise. */
    private void skipNested() {
        int line = in.peek().start().line();
        while (!in.atEnd() && in.peek().start().line() == line && !in.at(TokenKind.RBRACE)) {
            in.next();
        }
    }

    private static final Set<TokenKind> STOPS = Set.of(
            TokenKind.RPAREN,
            TokenKind.RBRACKET,
            TokenKind.RBRACE,
            TokenKind.COMMA,
            TokenKind.EOF,
            TokenKind.ATTRIBUTE);

    /** Tokens an expression never starts with and that an enclosing construct may be waiting for. */
    private static boolean isStopToken(Token t) {
        return STOPS.contains(t.kind());
    }

    private static Expr placeholder(Token at) {
        return new Expr.Reference("", new Span(at.start(), at.start()));
    }
}
