package dev.zmodel.pull;

import dev.zmodel.lang.ResolvedType;
import dev.zmodel.lang.ast.Argument;
import dev.zmodel.lang.ast.Attribute;
import dev.zmodel.lang.ast.DataModel;
import dev.zmodel.lang.ast.Expr;
import dev.zmodel.lang.ast.Field;
import dev.zmodel.lang.ast.FieldType;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Merges one field. A matched field keeps its name, comments and user attributes; the database decides its
 * type, {@code ?} and {@code []} — except that a view field keeps the user's required arity, an enum-typed field
 * stays enum-typed on SQLite (which stores enums as text), and a typed JSON field ({@code @json} with a
 * {@code type}) keeps its type. A new field takes the fresh field, with {@code @map} added when its name had to
 * change.
 */
final class FieldMerger {
    private static final Set<String> JSON_COLUMN_TYPES = Set.of("Json", "String");

    private final MergePlan plan;
    private final Translator translator;

    FieldMerger(MergePlan plan, Translator translator) {
        this.plan = plan;
        this.translator = translator;
    }

    /** A fresh field matched to the existing one. */
    Field merge(DataModel freshModel, Field fresh, Field existing, boolean view) {
        Field t = translator.field(freshModel, fresh);
        FieldType type = type(existing, t.type(), view);
        List<Attribute> attributes = FieldAttributeMerger.merge(
                existing.attributes(),
                t.attributes(),
                view,
                plan.options.alwaysMap(),
                type.name().equals("DateTime"));
        return new Field(
                existing.name(),
                type,
                attributes,
                CommentCarry.withDocs(existing.trivia(), fresh.trivia()),
                existing.span());
    }

    /** A fresh field without an existing counterpart. */
    Field added(DataModel freshModel, Field fresh) {
        Field t = translator.field(freshModel, fresh);
        if (!t.name().equals(fresh.name()) && plan.fresh.isColumn(fresh) && !fresh.has("@map")) {
            List<Attribute> attributes = new ArrayList<>(t.attributes());
            attributes.add(Attribute.of("@map", Argument.positional(Expr.StringLiteral.of(fresh.name()))));
            t = t.withAttributes(attributes);
        }
        return t;
    }

    private FieldType type(Field existing, FieldType fresh, boolean view) {
        FieldType out = fresh;
        ResolvedType old = plan.existing.resolve(existing);
        if (old.kind() == ResolvedType.Kind.ENUM
                && !plan.options.databaseHasEnums()
                && !fresh.isUnsupported()
                && fresh.name().equals("String")) {
            out = new FieldType(existing.type().name(), null, fresh.list(), fresh.optional(), fresh.span());
        } else if (old.kind() == ResolvedType.Kind.TYPE
                && existing.has("@json")
                && !fresh.isUnsupported()
                && JSON_COLUMN_TYPES.contains(fresh.name())) {
            out = new FieldType(existing.type().name(), null, existing.type().list(), fresh.optional(), fresh.span());
        }
        if (view) {
            out = out.withOptional(existing.type().optional());
        }
        return sameType(out, existing.type()) ? existing.type() : out;
    }

    private static boolean sameType(FieldType a, FieldType b) {
        return a.name().equals(b.name())
                && a.list() == b.list()
                && a.optional() == b.optional()
                && (a.unsupported() == null
                        ? b.unsupported() == null
                        : b.unsupported() != null
                                && a.unsupported()
                                        .value()
                                        .equals(b.unsupported().value()));
    }
}
