package dev.zmodel.pull.defaults;

import dev.zmodel.lang.ast.Expr;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns {@link SqlValue}s into ZModel literals for a field type: strings for String/Json, numbers for
 * Int/BigInt (integers only), Float and Decimal (written without exponent, Decimal keeping its scale),
 * booleans, enum members by their ZModel name, lists of those. Anything that does not fit gives empty, and the
 * caller falls back to {@code dbgenerated("…")}.
 */
final class Literals {
    private Literals() {}

    static Optional<Expr> convert(SqlValue value, DefaultTarget target) {
        if (target.list()) {
            if (!(value instanceof SqlValue.Array array)) {
                return Optional.empty();
            }
            DefaultTarget element = new DefaultTarget(target.scalar(), false, false, target.enumValues());
            List<Expr> items = new ArrayList<>();
            for (SqlValue item : array.items()) {
                Optional<Expr> converted = convert(item, element);
                if (converted.isEmpty()) {
                    return Optional.empty();
                }
                items.add(converted.get());
            }
            return Optional.of(Expr.Array.of(items));
        }
        if (value instanceof SqlValue.Array || value instanceof SqlValue.Null) {
            return Optional.empty();
        }
        if (target.isEnum()) {
            return value instanceof SqlValue.Str s
                    ? target.enumMember(s.value()).map(Expr.Reference::of)
                    : Optional.empty();
        }
        String scalar = target.scalar();
        if (scalar == null) {
            return Optional.empty();
        }
        return switch (scalar) {
            case "String", "Json" ->
                value instanceof SqlValue.Str s ? Optional.of(Expr.StringLiteral.of(s.value())) : Optional.empty();
            case "Int", "BigInt" -> text(value).filter(SqlNumbers::isInteger).map(t -> Expr.NumberLiteral.of(plain(t)));
            case "Float", "Decimal" ->
                text(value).filter(SqlNumbers::isNumber).map(t -> Expr.NumberLiteral.of(plain(t)));
            case "Boolean" -> bool(value).map(Expr.BooleanLiteral::of);
            default -> Optional.empty();
        };
    }

    /** A number's text, whether written bare or quoted ({@code '-5'::integer}). */
    private static Optional<String> text(SqlValue value) {
        if (value instanceof SqlValue.Num n) {
            return Optional.of(n.text());
        }
        if (value instanceof SqlValue.Str s) {
            return Optional.of(s.value().strip());
        }
        return Optional.empty();
    }

    private static Optional<Boolean> bool(SqlValue value) {
        if (value instanceof SqlValue.Bool b) {
            return Optional.of(b.value());
        }
        if (value instanceof SqlValue.Str s) {
            return switch (s.value().strip().toLowerCase(Locale.ROOT)) {
                case "t", "true" -> Optional.of(true);
                case "f", "false" -> Optional.of(false);
                default -> Optional.empty();
            };
        }
        return Optional.empty();
    }

    /** Without exponent or {@code +}; the scale as written ({@code 1.50} stays {@code 1.50}). */
    static String plain(String number) {
        String t = number.startsWith("+") ? number.substring(1) : number;
        if (SqlNumbers.isPlainDecimal(t)) {
            return t;
        }
        return new BigDecimal(t).toPlainString();
    }
}
