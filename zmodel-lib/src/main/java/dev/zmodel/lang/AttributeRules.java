package dev.zmodel.lang;

import dev.zmodel.lang.ast.Argument;
import dev.zmodel.lang.ast.Attribute;
import dev.zmodel.lang.ast.AttributeDecl;
import dev.zmodel.lang.ast.BlockAttribute;
import dev.zmodel.lang.ast.DataModel;
import dev.zmodel.lang.ast.Declaration;
import dev.zmodel.lang.ast.Document;
import dev.zmodel.lang.ast.EnumDecl;
import dev.zmodel.lang.ast.EnumValue;
import dev.zmodel.lang.ast.Expr;
import dev.zmodel.lang.ast.Field;
import dev.zmodel.lang.ast.FunctionDecl;
import dev.zmodel.lang.ast.Member;
import dev.zmodel.lang.ast.ProcedureDecl;
import dev.zmodel.lang.ast.TypeRef;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Attribute applications against their declarations: unknown attributes (warnings when third-party plugins
 * are declared), the wrong level or target ({@code @@map} on a field, {@code @updatedAt} on a String,
 * internal {@code @@@x} outside declarations), arguments (positional/named binding, unknown, duplicate,
 * missing, literal types, enum values, field references), {@code @@@once}, policy operations, and unknown
 * functions in argument expressions. {@code @default} values are checked by {@link DefaultValueRules}.
 */
final class AttributeRules {
    enum Target {
        FIELD,
        MODEL,
        ENUM_VALUE,
        ENUM,
        DECLARATION
    }

    private static final Set<String> ENUM_VALUE_ATTRIBUTES = Set.of("@map", "@meta");
    private static final Set<String> ENUM_ATTRIBUTES = Set.of("@@map", "@@schema", "@@meta", "@@prisma.passthrough");
    private static final Set<String> MODEL_OPERATIONS =
            Set.of("create", "read", "update", "post-update", "delete", "all");
    private static final Set<String> FIELD_OPERATIONS = Set.of("read", "update", "all");
    private static final Set<String> REFERENCE_ARGUMENTS = Set.of("sort", "length", "ops");

    private final ValidationContext ctx;
    /**
     * What each attribute declaration says about its applications, worked out once per declaration: a big schema
     * applies a few declarations tens of thousands of times.
     */
    private final Map<AttributeDecl, DeclFacts> facts = new IdentityHashMap<>();

    /**
     * @param positional  the parameters an argument may fill by position, in order
     * @param once        declared {@code @@@once}
     * @param targetKinds the field kinds of its {@code @@@targetField([...])}, or null when it has none
     */
    private record DeclFacts(List<AttributeDecl.AttributeParam> positional, boolean once, Set<String> targetKinds) {}

    private AttributeRules(ValidationContext ctx) {
        this.ctx = ctx;
    }

    static void check(ValidationContext ctx) {
        AttributeRules rules = new AttributeRules(ctx);
        for (Document doc : ctx.index.documents()) {
            for (Declaration d : doc.declarations()) {
                rules.declaration(d);
            }
        }
    }

    private void declaration(Declaration d) {
        if (d instanceof DataModel m) {
            List<Attribute> blockAttributes = new ArrayList<>();
            for (Member member : m.members()) {
                if (member instanceof Field f) {
                    f.attributes().forEach(a -> apply(m, a, Target.FIELD, m, f));
                    once(m, f.attributes(), () -> "field '" + f.name() + "'");
                } else if (member instanceof BlockAttribute b) {
                    apply(m, b.attribute(), Target.MODEL, m, null);
                    blockAttributes.add(b.attribute());
                }
            }
            once(m, blockAttributes, () -> m.kind().keyword() + " '" + m.name() + "'");
        } else if (d instanceof EnumDecl e) {
            for (Member member : e.members()) {
                if (member instanceof EnumValue v) {
                    v.attributes().forEach(a -> apply(e, a, Target.ENUM_VALUE, null, null));
                    once(e, v.attributes(), () -> "enum value '" + v.name() + "'");
                } else if (member instanceof BlockAttribute b) {
                    apply(e, b.attribute(), Target.ENUM, null, null);
                }
            }
            once(e, e.attributes(), () -> "enum '" + e.name() + "'");
        } else if (d instanceof AttributeDecl a) {
            a.attributes().forEach(x -> apply(a, x, Target.DECLARATION, null, null));
            a.params().forEach(p -> p.attributes().forEach(x -> apply(a, x, Target.DECLARATION, null, null)));
        } else if (d instanceof FunctionDecl f) {
            f.attributes().forEach(x -> apply(f, x, Target.DECLARATION, null, null));
        } else if (d instanceof ProcedureDecl p) {
            p.attributes().forEach(x -> apply(p, x, Target.DECLARATION, null, null));
        }
    }

    private void apply(Declaration owner, Attribute a, Target target, DataModel model, Field field) {
        String name = a.name();
        if (name.startsWith("@@@") && target != Target.DECLARATION) {
            ctx.error(
                    owner,
                    a.span(),
                    "internal attribute '" + name
                            + "' can only be used in attribute, function and procedure declarations");
            return;
        }
        if ((target == Target.FIELD || target == Target.ENUM_VALUE) && name.startsWith("@@")) {
            String fieldLevel = "@" + name.substring(2);
            String hint = ctx.index.attribute(fieldLevel).isPresent() ? "; did you mean '" + fieldLevel + "'?" : "";
            String on = target == Target.FIELD ? "field '" + field.name() + "'" : "an enum value";
            ctx.error(owner, a.span(), "model attribute '" + name + "' cannot be used on " + on + hint);
            return;
        }
        Optional<AttributeDecl> decl = ctx.index.attribute(name);
        if (decl.isEmpty()) {
            ctx.unresolved(owner, a.span(), "unknown attribute '" + name + "'");
            return;
        }
        boolean userDeclared = ctx.index.stdlib().attribute(name).isEmpty();
        if (target == Target.ENUM_VALUE && !userDeclared && !ENUM_VALUE_ATTRIBUTES.contains(name)) {
            ctx.error(owner, a.span(), "attribute '" + name + "' cannot be used on an enum value");
            return;
        }
        if (target == Target.ENUM && !userDeclared && !ENUM_ATTRIBUTES.contains(name)) {
            ctx.error(owner, a.span(), "attribute '" + name + "' cannot be used on an enum");
            return;
        }
        if (target == Target.FIELD && !(name.startsWith("@db.") && ctx.provider != null)) {
            targetField(owner, a, decl.get(), field);
        }
        arguments(owner, a, decl.get(), model, field);
        if (name.equals("@@allow") || name.equals("@@deny") || name.equals("@allow") || name.equals("@deny")) {
            operations(owner, a, target == Target.MODEL ? MODEL_OPERATIONS : FIELD_OPERATIONS);
        }
    }

    /** {@code @@@targetField([StringField, ...])}: the field types an attribute accepts. */
    private void targetField(Declaration owner, Attribute a, AttributeDecl decl, Field field) {
        Set<String> kinds = facts(decl).targetKinds();
        if (kinds == null) {
            return;
        }
        ResolvedType type = ctx.index.resolve(field.type());
        String kind = switch (type.kind()) {
            case BUILTIN -> type.name() + "Field";
            case MODEL -> "ModelField";
            case TYPE -> "TypeDefField";
            default -> "";
        };
        if (kind.isEmpty() && type.kind() == ResolvedType.Kind.UNKNOWN) {
            return; // unknown type: reported elsewhere
        }
        if (!kinds.contains(kind) && !(field.type().list() && kinds.contains("ListField"))) {
            ctx.error(
                    owner,
                    a.span(),
                    "attribute '" + a.name() + "' cannot be used on field '" + field.name() + "' of type "
                            + ZModelPrinter.typeText(field.type()));
        }
    }

    private void arguments(Declaration owner, Attribute a, AttributeDecl decl, DataModel model, Field field) {
        List<AttributeDecl.AttributeParam> positional = facts(decl).positional();
        Map<String, Argument> bound = new LinkedHashMap<>();
        int next = 0;
        for (Argument arg : a.args()) {
            AttributeDecl.AttributeParam param;
            if (arg.isPositional()) {
                while (next < positional.size()
                        && bound.containsKey(positional.get(next).name())) {
                    next++;
                }
                if (next >= positional.size()) {
                    ctx.error(
                            owner,
                            arg.span(),
                            "unexpected positional argument for '" + a.name() + "'"
                                    + (decl.params().isEmpty()
                                            ? " (it takes no arguments)"
                                            : positional.isEmpty() ? " (name it: " + names(decl) + ")" : ""));
                    continue;
                }
                param = positional.get(next++);
            } else {
                Optional<AttributeDecl.AttributeParam> named = decl.params().stream()
                        .filter(p -> p.name().equals(arg.name()))
                        .findFirst();
                if (named.isEmpty()) {
                    ctx.error(
                            owner,
                            arg.span(),
                            "unknown argument '" + arg.name() + "' for '" + a.name() + "'"
                                    + (decl.params().isEmpty()
                                            ? " (it takes no arguments)"
                                            : " (expected one of: " + names(decl) + ")"));
                    continue;
                }
                param = named.get();
            }
            if (bound.containsKey(param.name())) {
                ctx.error(
                        owner,
                        arg.span(),
                        "argument '" + param.name() + "' of '" + a.name() + "' is given more than once");
                continue;
            }
            bound.put(param.name(), arg);
            value(owner, a, param, arg.value(), model, field);
        }
        for (AttributeDecl.AttributeParam p : decl.params()) {
            if (!p.type().optional() && !bound.containsKey(p.name())) {
                ctx.error(owner, a.span(), "missing argument '" + p.name() + "' for '" + a.name() + "'");
            }
        }
    }

    private static String names(AttributeDecl decl) {
        return decl.params().stream().map(AttributeDecl.AttributeParam::name).collect(Collectors.joining(", "));
    }

    private void value(
            Declaration owner, Attribute a, AttributeDecl.AttributeParam p, Expr value, DataModel model, Field field) {
        if (isPlaceholder(value)) {
            return; // a syntax error, already reported
        }
        ArgumentName what = new ArgumentName(p.name(), a.name());
        TypeRef t = p.type();
        switch (t.name()) {
            case "FieldReference" -> fieldReferences(owner, what, t.list(), value, model);
            case "TransitiveFieldReference" -> {
                // relation references: checked with the relation (RelationRules)
            }
            case "ContextType" -> {
                if (a.name().equals("@default")) {
                    DefaultValueRules.check(ctx, owner, field, value);
                } else {
                    functions(owner, value);
                }
            }
            default -> {
                functions(owner, value);
                if (t.list()) {
                    if (value instanceof Expr.Array array) {
                        array.items().forEach(item -> literal(owner, what, t.name(), item));
                    } else {
                        ctx.error(owner, value.span(), what + " must be a list");
                    }
                } else {
                    literal(owner, what, t.name(), value);
                }
            }
        }
    }

    /** Literal types that can be checked without evaluating expressions. */
    private void literal(Declaration owner, Object what, String type, Expr value) {
        switch (type) {
            case "String" -> {
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
                if (value instanceof Expr.StringLiteral
                        || value instanceof Expr.NumberLiteral
                        || value instanceof Expr.Array
                        || value instanceof Expr.ObjectLiteral) {
                    ctx.error(owner, value.span(), what + " must be a boolean expression");
                }
            }
            default -> ctx.index.enumDecl(type).ifPresent(e -> enumValue(owner, what, e, value));
        }
    }

    private void enumValue(Declaration owner, Object what, EnumDecl e, Expr value) {
        if (value instanceof Expr.Reference r) {
            if (e.values().stream().noneMatch(v -> v.name().equals(r.name()))) {
                ctx.error(owner, value.span(), "'" + r.name() + "' is not a value of enum '" + e.name() + "'");
            }
        } else if (value instanceof Expr.StringLiteral
                || value instanceof Expr.NumberLiteral
                || value instanceof Expr.BooleanLiteral) {
            ctx.error(owner, value.span(), what + " must be a value of enum '" + e.name() + "'");
        }
    }

    /** {@code [a, b(sort: Desc)]} or {@code a}: fields of the model the attribute belongs to. */
    private void fieldReferences(Declaration owner, Object what, boolean list, Expr value, DataModel model) {
        List<Expr> items;
        if (list) {
            if (!(value instanceof Expr.Array array)) {
                ctx.error(owner, value.span(), what + " must be a list of fields");
                return;
            }
            items = array.items();
        } else {
            items = List.of(value);
        }
        for (Expr item : items) {
            String name;
            if (item instanceof Expr.Reference r) {
                name = r.name();
            } else if (item instanceof Expr.Invocation i) {
                name = i.name();
                for (Argument arg : i.args()) {
                    if (arg.name() == null || !REFERENCE_ARGUMENTS.contains(arg.name())) {
                        ctx.error(
                                owner,
                                arg.span(),
                                "unexpected argument " + (arg.name() == null ? "" : "'" + arg.name() + "' ")
                                        + "of field '" + name + "': expected sort, length or ops");
                    } else if (arg.name().equals("sort")) {
                        ctx.index.enumDecl("SortOrder").ifPresent(e -> enumValue(owner, "sort", e, arg.value()));
                    }
                }
            } else {
                if (!isPlaceholder(item)) {
                    ctx.error(owner, item.span(), what + " must name fields");
                }
                continue;
            }
            if (model != null && !name.isEmpty() && ctx.index.field(model, name).isEmpty()) {
                ctx.error(
                        owner,
                        item.span(),
                        "field '" + name + "' does not exist in " + model.kind().keyword() + " '" + model.name() + "'");
            }
        }
    }

    /** Invocations in an expression name known functions. */
    private void functions(Declaration owner, Expr expr) {
        Expressions.forEach(expr, e -> {
            if (e instanceof Expr.Invocation i && ctx.index.function(i.name()).isEmpty()) {
                ctx.unresolved(owner, i.span(), "unknown function '" + i.name() + "'");
            }
        });
    }

    private void operations(Declaration owner, Attribute a, Set<String> allowed) {
        a.positional(0).flatMap(Expr::asString).ifPresent(ops -> {
            for (String op : ops.split(",")) {
                if (!allowed.contains(op.trim())) {
                    ctx.error(
                            owner,
                            a.args().get(0).span(),
                            "invalid operation '" + op.trim() + "' in '" + a.name()
                                    + "': expected "
                                    + allowed.stream()
                                            .sorted()
                                            .map(s -> "'" + s + "'")
                                            .collect(Collectors.joining(", ")));
                }
            }
        });
    }

    /** Attributes declared {@code @@@once} may appear only once on the same target. */
    private void once(Declaration owner, List<Attribute> attrs, Supplier<String> target) {
        if (attrs.size() < 2) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (Attribute a : attrs) {
            boolean isOnce =
                    ctx.index.attribute(a.name()).map(d -> facts(d).once()).orElse(false);
            if (isOnce && !seen.add(a.name())) {
                ctx.error(owner, a.span(), "attribute '" + a.name() + "' can be used only once on " + target.get());
            }
        }
    }

    private DeclFacts facts(AttributeDecl decl) {
        return facts.computeIfAbsent(decl, d -> {
            Attribute target = d.attributes().stream()
                    .filter(x -> x.name().equals("@@@targetField"))
                    .findFirst()
                    .orElse(null);
            Set<String> kinds = target != null && target.positional(0).orElse(null) instanceof Expr.Array allowed
                    ? allowed.items().stream()
                            .flatMap(e -> e.asReference().stream())
                            .collect(Collectors.toSet())
                    : null;
            return new DeclFacts(
                    d.params().stream()
                            .filter(AttributeDecl.AttributeParam::positional)
                            .toList(),
                    d.attributes().stream().anyMatch(x -> x.name().equals("@@@once")),
                    kinds);
        });
    }

    /**
     * "argument 'name' of '@attr'" in a message; built only when a message is, not for each of the thousands of
     * valid arguments (the check methods take the subject as an {@code Object} so that a plain string fits too).
     */
    private record ArgumentName(String param, String attribute) {
        @Override
        public String toString() {
            return "argument '" + param + "' of '" + attribute + "'";
        }
    }

    static boolean isPlaceholder(Expr e) {
        return e instanceof Expr.Reference r && r.name().isEmpty();
    }
}
