package dev.zmodel.lang;

import dev.zmodel.lang.ast.DataModel;
import dev.zmodel.lang.ast.Declaration;
import dev.zmodel.lang.ast.EnumDecl;
import dev.zmodel.lang.ast.EnumValue;
import dev.zmodel.lang.ast.Field;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Database names: two models (or views) mapped to the same table in the same schema, two columns of a model
 * mapped to the same name, two enums or two enum values with the same database name. Clashes that involve
 * no {@code @map}/{@code @@map} are plain duplicates, reported by {@link DeclarationRules}. Names are read by
 * {@link DatabaseNames}.
 */
final class MappingRules {
    private MappingRules() {}

    static void check(ValidationContext ctx) {
        Map<String, Declaration> tables = new HashMap<>();
        for (DataModel m : ctx.index.models()) {
            String schema = DatabaseNames.schema(m).orElse("");
            String table = DatabaseNames.table(m);
            clash(
                    ctx,
                    tables,
                    schema + "." + table,
                    m,
                    m.attribute("@@map").isPresent(),
                    m.kind().keyword() + " '" + m.name() + "' maps to table '" + table + "'");
            columns(ctx, m);
        }
        Map<String, Declaration> enumTypes = new HashMap<>();
        for (EnumDecl e : ctx.index.enums()) {
            String name = DatabaseNames.enumName(e);
            clash(
                    ctx,
                    enumTypes,
                    name,
                    e,
                    e.attribute("@@map").isPresent(),
                    "enum '" + e.name() + "' maps to '" + name + "'");
            values(ctx, e);
        }
    }

    private static void clash(
            ValidationContext ctx,
            Map<String, Declaration> seen,
            String key,
            Declaration d,
            boolean mapped,
            String message) {
        Declaration first = seen.putIfAbsent(key, d);
        boolean firstMapped = first != null
                && (first instanceof DataModel fm
                        ? fm.attribute("@@map").isPresent()
                        : first instanceof EnumDecl fe && fe.attribute("@@map").isPresent());
        if (first != null && (mapped || firstMapped)) {
            ctx.error(d, d.span(), message + ", which '" + first.name() + "' already uses");
        }
    }

    private static void columns(ValidationContext ctx, DataModel m) {
        Map<String, Field> seen = new HashMap<>();
        List<Field> fields = ctx.index.allFields(m).stream()
                .filter(f -> ctx.index.isOwnOrMixedIn(m, f))
                .toList();
        for (Field f : fields) {
            ResolvedType type = ctx.index.resolve(f.type());
            if (type.isRelation() || f.has("@computed") || type.kind() == ResolvedType.Kind.UNKNOWN) {
                continue;
            }
            String column = DatabaseNames.column(f);
            Field first = seen.putIfAbsent(column, f);
            if (first != null && (f.has("@map") || first.has("@map"))) {
                ctx.error(
                        m,
                        m.fields().contains(f) ? f.span() : m.span(),
                        "field '" + f.name() + "' of "
                                + m.kind().keyword() + " '" + m.name() + "' maps to column '" + column
                                + "', which field '"
                                + first.name() + "' already uses");
            }
        }
    }

    private static void values(ValidationContext ctx, EnumDecl e) {
        Map<String, EnumValue> seen = new HashMap<>();
        for (EnumValue v : e.values()) {
            String name = DatabaseNames.enumValue(v);
            EnumValue first = seen.putIfAbsent(name, v);
            if (first != null
                    && (v.attribute("@map").isPresent()
                            || first.attribute("@map").isPresent())) {
                ctx.error(
                        e,
                        v.span(),
                        "enum value '" + v.name() + "' maps to '" + name + "', which '" + first.name()
                                + "' already uses");
            }
        }
    }
}
