package dev.zmodel.model;

import dev.zmodel.ZModelException;
import dev.zmodel.lang.DatabaseNames;
import dev.zmodel.lang.ResolvedType;
import dev.zmodel.lang.ast.Attribute;
import dev.zmodel.lang.ast.DataModel;
import dev.zmodel.lang.ast.Expr;
import dev.zmodel.lang.ast.Field;
import dev.zmodel.schema.ForeignKey;
import dev.zmodel.schema.QualifiedName;
import dev.zmodel.schema.ReferentialAction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The foreign keys of a model's table: one per relation field with {@code fields}/{@code references}, with
 * Prisma's default actions when the schema gives none ({@code onDelete} Restrict when a foreign-key field is
 * required, else SetNull; {@code onUpdate} Cascade), and for a concrete model of a delegate base its id → the
 * base's id, {@code ON DELETE CASCADE ON UPDATE CASCADE} (ZenStack's {@code delegate_aux_*} relation). None with
 * {@code relationMode = "prisma"}.
 */
final class ForeignKeys {
    private final ModelContext ctx;

    ForeignKeys(ModelContext ctx) {
        this.ctx = ctx;
    }

    List<ForeignKey> of(DataModel model, String table) {
        List<ForeignKey> out = new ArrayList<>();
        if (!ctx.foreignKeys) {
            return out;
        }
        for (Field f : ctx.fields(model)) {
            ResolvedType resolved = ctx.resolve(f);
            if (!resolved.isRelation() || resolved.model().kind() != DataModel.Kind.MODEL) {
                continue;
            }
            Attribute relation = f.attribute("@relation").orElse(null);
            if (relation == null || relation.named("fields").isEmpty()) {
                continue;
            }
            out.add(foreignKey(model, table, f, resolved.model(), relation));
        }
        ctx.index.superModel(model).ifPresent(base -> out.add(delegate(model, table, base)));
        out.sort(Comparator.comparing(ForeignKey::name));
        return out;
    }

    private ForeignKey foreignKey(DataModel model, String table, Field field, DataModel related, Attribute relation) {
        String where = ctx.where(model, field);
        List<Field> fields = KeyPart.list(relation.named("fields").orElseThrow(), where).stream()
                .map(p -> ctx.field(model, p.field(), where))
                .toList();
        List<String> references = KeyPart.list(
                        relation.named("references")
                                .orElseThrow(() -> new ZModelException(where
                                        + ": @relation(fields: …) needs references: […]; add the related model's key fields, e.g. "
                                        + "references: [id].")),
                        where)
                .stream()
                .map(p -> DatabaseNames.column(ctx.field(related, p.field(), where)))
                .toList();
        List<String> columns = fields.stream().map(DatabaseNames::column).toList();
        boolean required = fields.stream().anyMatch(f -> !f.type().optional());
        ReferentialAction onDelete = action(relation, "onDelete", where)
                .orElse(required ? ReferentialAction.RESTRICT : ReferentialAction.SET_NULL);
        ReferentialAction onUpdate = action(relation, "onUpdate", where).orElse(ReferentialAction.CASCADE);
        String name = relation.named("map").flatMap(Expr::asString).orElse(ctx.names.foreignKey(table, columns));
        QualifiedName target = ctx.table(related);
        return new ForeignKey(
                name, columns, target.schema(), target.name(), references, onDelete, onUpdate, false, false);
    }

    private ForeignKey delegate(DataModel model, String table, DataModel base) {
        String where = ctx.where(model);
        List<String> columns = ctx.idFieldNames(model).stream()
                .map(f -> DatabaseNames.column(ctx.field(model, f, where)))
                .toList();
        List<String> references = ctx.idFieldNames(base).stream()
                .map(f -> DatabaseNames.column(ctx.field(base, f, where)))
                .toList();
        QualifiedName target = ctx.table(base);
        return new ForeignKey(
                ctx.names.foreignKey(table, columns),
                columns,
                target.schema(),
                target.name(),
                references,
                ReferentialAction.CASCADE,
                ReferentialAction.CASCADE,
                false,
                false);
    }

    private static java.util.Optional<ReferentialAction> action(Attribute relation, String name, String where) {
        return relation.named(name).flatMap(Expr::asReference).map(v -> switch (v) {
            case "Cascade" -> ReferentialAction.CASCADE;
            case "Restrict" -> ReferentialAction.RESTRICT;
            case "NoAction" -> ReferentialAction.NO_ACTION;
            case "SetNull" -> ReferentialAction.SET_NULL;
            case "SetDefault" -> ReferentialAction.SET_DEFAULT;
            default ->
                throw new ZModelException(where + ": unknown referential action " + v + "; use Cascade, Restrict, "
                        + "NoAction, SetNull or SetDefault.");
        });
    }
}
