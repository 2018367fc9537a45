package dev.zmodel.lang;

import dev.zmodel.lang.ast.Attribute;
import dev.zmodel.lang.ast.DataModel;
import dev.zmodel.lang.ast.Field;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code @db.*} native types: supported by the datasource provider (SQLite supports none, {@code @db.Citext}
 * only PostgreSQL, {@code @db.TinyInt} only MySQL, ...), valid for the field's type, one per field.
 */
final class NativeTypeRules {
    private NativeTypeRules() {}

    static void check(ValidationContext ctx) {
        if (ctx.provider == null) {
            return;
        }
        for (DataModel m : ctx.index.models()) {
            m.fields().forEach(f -> field(ctx, m, f));
        }
        for (DataModel t : ctx.index.typeDefs()) {
            t.fields().forEach(f -> field(ctx, t, f));
        }
    }

    private static void field(ValidationContext ctx, DataModel m, Field f) {
        List<Attribute> nativeTypes = new ArrayList<>(1);
        for (Attribute a : f.attributes()) {
            if (a.name().startsWith("@db.")) {
                nativeTypes.add(a);
            }
        }
        if (nativeTypes.size() > 1) {
            ctx.error(m, nativeTypes.get(1).span(), "field '" + f.name() + "' has more than one native type");
        }
        for (Attribute a : nativeTypes) {
            if (ctx.index.attribute(a.name()).isEmpty()) {
                continue; // unknown attribute: reported by AttributeRules
            }
            String name = a.name().substring("@db.".length());
            Optional<Set<String>> types = NativeTypes.fieldTypes(ctx.provider, name);
            if (types.isEmpty()) {
                ctx.error(
                        m,
                        a.span(),
                        "native type '" + a.name() + "' is not supported by the " + ctx.provider.id() + " provider");
                continue;
            }
            ResolvedType type = ctx.index.resolve(f.type());
            if (type.kind() == ResolvedType.Kind.BUILTIN && !types.get().contains(type.name())
                    || type.kind() == ResolvedType.Kind.ENUM
                    || type.kind() == ResolvedType.Kind.MODEL
                    || type.kind() == ResolvedType.Kind.TYPE) {
                ctx.error(
                        m,
                        a.span(),
                        "native type '" + a.name() + "' cannot be used on field '" + f.name()
                                + "' of type " + ZModelPrinter.typeText(f.type()) + " (" + ctx.provider.id()
                                + " allows it on "
                                + String.join(
                                        ", ", types.get().stream().sorted().toList()) + ")");
            }
        }
    }
}
