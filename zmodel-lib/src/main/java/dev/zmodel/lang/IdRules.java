package dev.zmodel.lang;

import dev.zmodel.lang.ast.Attribute;
import dev.zmodel.lang.ast.DataModel;
import dev.zmodel.lang.ast.Field;

import java.util.ArrayList;
import java.util.List;

/**
 * Identifiers: every model (not views or types) needs {@code @id}, {@code @@id}, {@code @unique} or
 * {@code @@unique} — its own, mixed in or inherited — unless it has {@code @@ignore}; an {@code @id} field is
 * a required, non-list scalar or enum; one {@code @id} field at most; not both {@code @id} and {@code @@id}.
 */
final class IdRules {
    private IdRules() {}

    static void check(ValidationContext ctx) {
        for (DataModel m : ctx.index.models()) {
            if (m.kind() == DataModel.Kind.MODEL) {
                model(ctx, m);
            }
        }
    }

    private static void model(ValidationContext ctx, DataModel m) {
        List<Field> fields = ctx.index.allFields(m);
        List<Attribute> blockAttributes = blockAttributes(ctx, m);
        List<Field> idFields = fields.stream().filter(f -> f.has("@id")).toList();
        boolean blockId = blockAttributes.stream().anyMatch(a -> a.name().equals("@@id"));
        for (Field f : idFields) {
            if (!m.fields().contains(f)) {
                continue; // reported where it is declared
            }
            ResolvedType type = ctx.index.resolve(f.type());
            if (f.type().optional()) {
                ctx.error(m, f.span(), "@id field '" + f.name() + "' cannot be optional");
            } else if (f.type().list()) {
                ctx.error(m, f.span(), "@id field '" + f.name() + "' cannot be a list");
            } else if (!type.isScalar() && type.kind() != ResolvedType.Kind.UNKNOWN) {
                ctx.error(m, f.span(), "@id field '" + f.name() + "' must be a scalar or enum field");
            }
        }
        if (idFields.size() > 1) {
            ctx.error(
                    m,
                    idFields.get(1).span(),
                    "model '" + m.name() + "' has more than one @id field; use @@id(["
                            + String.join(
                                    ", ", idFields.stream().map(Field::name).toList()) + "]) for a composite id");
        }
        if (!idFields.isEmpty() && blockId) {
            ctx.error(m, m.span(), "model '" + m.name() + "' cannot have both @id and @@id");
        }
        boolean unique = fields.stream().anyMatch(f -> f.has("@unique"))
                || blockAttributes.stream().anyMatch(a -> a.name().equals("@@unique"));
        boolean ignored = blockAttributes.stream().anyMatch(a -> a.name().equals("@@ignore"));
        if (idFields.isEmpty() && !blockId && !unique && !ignored) {
            ctx.error(
                    m,
                    m.span(),
                    "model '" + m.name() + "' needs a unique identifier: add @id, @@id, @unique or "
                            + "@@unique (or @@ignore to leave it out of the client)");
        }
    }

    /** The model's block attributes plus those of its mixins and base models. */
    static List<Attribute> blockAttributes(ValidationContext ctx, DataModel m) {
        List<Attribute> out = new ArrayList<>();
        collect(ctx, m, out, new java.util.HashSet<>());
        return out;
    }

    private static void collect(ValidationContext ctx, DataModel m, List<Attribute> out, java.util.Set<String> seen) {
        if (!seen.add(m.name())) {
            return;
        }
        out.addAll(m.attributes());
        m.mixins().forEach(x -> ctx.index.typeDef(x).ifPresent(t -> collect(ctx, t, out, seen)));
        ctx.index.superModel(m).ifPresent(b -> collect(ctx, b, out, seen));
    }
}
