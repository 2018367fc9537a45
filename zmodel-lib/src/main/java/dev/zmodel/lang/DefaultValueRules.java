package dev.zmodel.lang;

import dev.zmodel.dialect.JsonbText;
import dev.zmodel.lang.ast.Attribute;
import dev.zmodel.lang.ast.Declaration;
import dev.zmodel.lang.ast.EnumDecl;
import dev.zmodel.lang.ast.Expr;
import dev.zmodel.lang.ast.Field;
import dev.zmodel.lang.ast.FunctionDecl;

import java.util.Optional;

/**
 * {@code @default(value)}: the value fits the field's type — an enum field names one of its values, a
 * String a string, an Int an integer, lists take lists — or is a call of a known function that may be
 * used in default values ({@code now()}, {@code uuid()}, {@code autoincrement()}, {@code auth().id}, ...). A Json
 * field takes only JSON strings, as ZenStack requires.
 */
final class DefaultValueRules {
    private DefaultValueRules() {}

    static void check(ValidationContext ctx, Declaration owner, Field field, Expr value) {
        if (field == null) {
            return;
        }
        ResolvedType type = ctx.index.resolve(field.type());
        if (type.kind() == ResolvedType.Kind.MODEL) {
            ctx.error(owner, value.span(), "@default cannot be used on relation field '" + field.name() + "'");
            return;
        }
        if (type.kind() == ResolvedType.Kind.UNKNOWN) {
            return;
        }
        if (type.kind() == ResolvedType.Kind.BUILTIN && type.name().equals("Json")) {
            json(ctx, owner, field, value);
            return;
        }
        if (field.type().list() && value instanceof Expr.Array array) {
            array.items().forEach(item -> single(ctx, owner, field, type, item));
        } else if (field.type().list() && !isCall(value)) {
            ctx.error(owner, value.span(), "default value of list field '" + field.name() + "' must be a list");
        } else {
            single(ctx, owner, field, type, value);
        }
    }

    /**
     * ZenStack's rule (zen check): the default of a {@code Json} field is a string literal holding JSON, of a
     * {@code Json[]} field a list of them — no function, not even {@code dbgenerated(…)}.
     */
    private static void json(ValidationContext ctx, Declaration owner, Field field, Expr value) {
        if (AttributeRules.isPlaceholder(value)) {
            return;
        }
        boolean list = field.type().list();
        boolean ok = list
                ? value instanceof Expr.Array a && a.items().stream().allMatch(DefaultValueRules::isJsonString)
                : isJsonString(value);
        if (!ok) {
            ctx.error(
                    owner,
                    value.span(),
                    "default value of Json field '" + field.name() + "' must be "
                            + (list ? "a list of JSON string literals" : "a JSON string literal")
                            + " (ZenStack accepts no other default on a Json field, not even dbgenerated(...)); write "
                            + "it as " + (list ? "@default([\"{}\"])" : "@default(\"{}\")")
                            + ", or remove the @default and leave the default to the database");
        }
    }

    private static boolean isJsonString(Expr value) {
        return value instanceof Expr.StringLiteral s && JsonbText.isJson(s.value());
    }

    private static boolean isCall(Expr value) {
        return value instanceof Expr.Invocation || value instanceof Expr.MemberAccess;
    }

    private static void single(ValidationContext ctx, Declaration owner, Field field, ResolvedType type, Expr value) {
        if (AttributeRules.isPlaceholder(value)) {
            return;
        }
        Expr root = value;
        while (root instanceof Expr.MemberAccess m) {
            root = m.operand();
        }
        if (root instanceof Expr.Invocation call) {
            function(ctx, owner, call);
            return;
        }
        String what = "default value of field '" + field.name() + "'";
        switch (type.kind()) {
            case ENUM -> {
                EnumDecl e = type.enumDecl();
                if (value instanceof Expr.Reference r) {
                    if (e.values().stream().noneMatch(v -> v.name().equals(r.name()))) {
                        ctx.error(
                                owner,
                                value.span(),
                                "default value '" + r.name() + "' is not a value of enum '" + e.name() + "'");
                    }
                } else {
                    ctx.error(owner, value.span(), what + " must be a value of enum '" + e.name() + "'");
                }
            }
            case BUILTIN -> builtin(ctx, owner, what, type.name(), value);
            default -> {
                // Unsupported and typed JSON: anything the database accepts
            }
        }
    }

    private static void builtin(ValidationContext ctx, Declaration owner, String what, String type, Expr value) {
        switch (type) {
            case "String", "DateTime", "Json", "Bytes" -> {
                if (!(value instanceof Expr.StringLiteral)) {
                    ctx.error(owner, value.span(), what + " must be a string");
                }
            }
            case "Int", "BigInt" -> {
                if (!(value instanceof Expr.NumberLiteral n) || n.text().contains(".")) {
                    ctx.error(owner, value.span(), what + " must be an integer");
                }
            }
            case "Float", "Decimal" -> {
                if (!(value instanceof Expr.NumberLiteral)) {
                    ctx.error(owner, value.span(), what + " must be a number");
                }
            }
            case "Boolean" -> {
                if (!(value instanceof Expr.BooleanLiteral)) {
                    ctx.error(owner, value.span(), what + " must be true or false");
                }
            }
            default -> {}
        }
    }

    private static void function(ValidationContext ctx, Declaration owner, Expr.Invocation call) {
        Optional<FunctionDecl> f = ctx.index.function(call.name());
        if (f.isEmpty()) {
            ctx.unresolved(owner, call.span(), "unknown function '" + call.name() + "'");
            return;
        }
        Optional<Attribute> context = f.get().attributes().stream()
                .filter(a -> a.name().equals("@@@expressionContext"))
                .findFirst();
        boolean allowed = context.isEmpty()
                || context.get()
                        .positional(0)
                        .filter(e -> e instanceof Expr.Array a
                                && a.items().stream()
                                        .anyMatch(
                                                i -> i.asReference().orElse("").equals("DefaultValue")))
                        .isPresent();
        if (!allowed) {
            ctx.error(owner, call.span(), "function '" + call.name() + "' cannot be used in a default value");
        }
    }
}
