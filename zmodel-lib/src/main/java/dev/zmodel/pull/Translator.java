package dev.zmodel.pull;

import dev.zmodel.lang.ast.Argument;
import dev.zmodel.lang.ast.Attribute;
import dev.zmodel.lang.ast.DataModel;
import dev.zmodel.lang.ast.EnumDecl;
import dev.zmodel.lang.ast.Expr;
import dev.zmodel.lang.ast.Field;
import dev.zmodel.lang.ast.FieldType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rewrites nodes of the fresh schema into output names: field types naming models and enums, {@code fields:}
 * and {@code references:} of {@code @relation} and the relation name, the field lists of {@code @@id},
 * {@code @@unique}, {@code @@index} and {@code @@fulltext}, and enum values in {@code @default}.
 */
final class Translator {
    private static final Set<String> FIELD_LISTS = Set.of("@@id", "@@unique", "@@index", "@@fulltext");

    private final MergePlan plan;

    Translator(MergePlan plan) {
        this.plan = plan;
    }

    /** A fresh field with output name, type and attributes (its own trivia). */
    Field field(DataModel model, Field f) {
        List<Attribute> attributes = new ArrayList<>();
        for (Attribute a : f.attributes()) {
            Attribute t = fieldAttribute(model, f, a);
            if (!t.name().equals("@relation") || !t.args().isEmpty()) {
                attributes.add(t);
            }
        }
        Relation r = plan.fresh.relations().of(f);
        String name = r == null ? null : plan.relationNames.get(r);
        if (name != null && !f.has("@relation")) {
            attributes.add(Attribute.of("@relation", Argument.positional(Expr.StringLiteral.of(name))));
        }
        return new Field(plan.fieldName(model, f.name()), type(f.type()), attributes, f.trivia(), f.span());
    }

    FieldType type(FieldType t) {
        if (t.isUnsupported()) {
            return t;
        }
        String name = plan.typeName(t.name());
        return name.equals(t.name()) ? t : new FieldType(name, t.unsupported(), t.list(), t.optional(), t.span());
    }

    Attribute fieldAttribute(DataModel model, Field f, Attribute a) {
        if (a.name().equals("@relation")) {
            return relation(model, f, a);
        }
        if (a.name().equals("@default")) {
            EnumDecl e = plan.fresh.enumOf(f);
            if (e != null) {
                Map<String, String> values = plan.valueNames.getOrDefault(e, Map.of());
                return map(a, x -> enumValue(x, values));
            }
        }
        return a;
    }

    Attribute blockAttribute(DataModel model, Attribute a) {
        if (!FIELD_LISTS.contains(a.name())) {
            return a;
        }
        return Ast.fieldList(a)
                .map(list -> Ast.withArg(a, "fields", 0, Ast.renameItems(list, n -> plan.fieldName(model, n))))
                .orElse(a);
    }

    private Attribute relation(DataModel model, Field f, Attribute a) {
        Relation r = plan.fresh.relations().of(f);
        Attribute out = a;
        if (r != null) {
            String name = plan.relationNames.get(r);
            out = name == null
                    ? Ast.withoutArg(out, "name", 0)
                    : Ast.withArg(out, "name", 0, Expr.StringLiteral.of(name));
            if (name != null && !startsWithName(out)) {
                out = nameFirst(out);
            }
        }
        DataModel target = plan.fresh.target(f);
        Attribute renamed = out;
        out = renamed.named("fields")
                .map(list -> Ast.withArg(renamed, "fields", -1, Ast.renameItems(list, n -> plan.fieldName(model, n))))
                .orElse(renamed);
        if (target != null) {
            Attribute withFields = out;
            out = withFields
                    .named("references")
                    .map(list -> Ast.withArg(
                            withFields, "references", -1, Ast.renameItems(list, n -> plan.fieldName(target, n))))
                    .orElse(withFields);
        }
        return out;
    }

    private static boolean startsWithName(Attribute a) {
        return !a.args().isEmpty()
                && (a.args().get(0).isPositional()
                        || "name".equals(a.args().get(0).name()));
    }

    /** Moves a {@code name:} argument appended at the end to the front, as a positional argument. */
    private static Attribute nameFirst(Attribute a) {
        List<Argument> args = new ArrayList<>();
        Argument name = null;
        for (Argument arg : a.args()) {
            if ("name".equals(arg.name())) {
                name = Argument.positional(arg.value());
            } else {
                args.add(arg);
            }
        }
        if (name != null) {
            args.add(0, name);
        }
        return new Attribute(a.name(), args, true, a.span());
    }

    private static Expr enumValue(Expr x, Map<String, String> values) {
        if (x instanceof Expr.Reference r) {
            return new Expr.Reference(values.getOrDefault(r.name(), r.name()), r.span());
        }
        if (x instanceof Expr.Array arr) {
            return new Expr.Array(
                    arr.items().stream().map(i -> enumValue(i, values)).toList(), arr.span());
        }
        return x;
    }

    private static Attribute map(Attribute a, java.util.function.UnaryOperator<Expr> f) {
        List<Argument> args = a.args().stream()
                .map(x -> new Argument(x.name(), f.apply(x.value()), x.span()))
                .toList();
        return new Attribute(a.name(), args, a.parens(), a.span());
    }
}
