package dev.zmodel.model;

import dev.zmodel.ZModelException;
import dev.zmodel.lang.DatabaseNames;
import dev.zmodel.lang.ResolvedType;
import dev.zmodel.lang.ast.DataModel;
import dev.zmodel.lang.ast.Expr;
import dev.zmodel.lang.ast.Field;
import dev.zmodel.schema.Column;
import dev.zmodel.schema.ForeignKey;
import dev.zmodel.schema.Index;
import dev.zmodel.schema.PrimaryKey;
import dev.zmodel.schema.QualifiedName;
import dev.zmodel.schema.ReferentialAction;
import dev.zmodel.schema.Table;
import dev.zmodel.schema.TableTraits;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Implicit many-to-many relations (both sides lists, no {@code fields}) → Prisma 6's join table {@code _AToB}: A is
 * the model whose name sorts first, a relation name replaces {@code AToB}; columns {@code A} and {@code B} typed like
 * the ids they reference, NOT NULL; on PostgreSQL the primary key {@code _AToB_AB_pkey (A, B)}, on MySQL and SQLite
 * the unique index {@code _AToB_AB_unique (A, B)}; the index {@code _AToB_B_index (B)}; foreign keys
 * {@code _AToB_A_fkey}/{@code _AToB_B_fkey} with {@code ON DELETE CASCADE ON UPDATE CASCADE}. The table lives in A's
 * schema.
 */
final class ManyToManyTables {
    private final ModelContext ctx;
    private final ColumnBuilder columns;

    ManyToManyTables(ModelContext ctx) {
        this.ctx = ctx;
        this.columns = new ColumnBuilder(ctx);
    }

    List<Table> build() {
        List<Table> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (DataModel model : ctx.models()) {
            for (Field field : ctx.fields(model)) {
                ResolvedType resolved = ctx.resolve(field);
                if (!resolved.isRelation()
                        || !field.type().list()
                        || resolved.model().kind() != DataModel.Kind.MODEL) {
                    continue;
                }
                DataModel other = resolved.model();
                String relationName = relationName(field).orElse(null);
                Optional<Field> opposite = ctx.fields(other).stream()
                        .filter(f -> f != field
                                && f.type().name().equals(model.name())
                                && java.util.Objects.equals(relationName(f).orElse(null), relationName))
                        .findFirst();
                if (opposite.isEmpty() || !opposite.get().type().list()) {
                    continue;
                }
                DataModel a = model.name().compareTo(other.name()) <= 0 ? model : other;
                DataModel b = a == model ? other : model;
                String table = "_" + (relationName != null ? relationName : a.name() + "To" + b.name());
                if (seen.add(table)) {
                    out.add(joinTable(table, a, b, ctx.where(model, field)));
                }
            }
        }
        return out;
    }

    private static Optional<String> relationName(Field field) {
        return field.attribute("@relation").flatMap(a -> a.arg("name", 0)).flatMap(Expr::asString);
    }

    private Table joinTable(String name, DataModel a, DataModel b, String where) {
        QualifiedName target = ctx.table(a);
        Column columnA = idColumn(a, where).withName("A");
        Column columnB = idColumn(b, where).withName("B");
        PrimaryKey pk = null;
        List<Index> indexes = new ArrayList<>();
        if (ctx.facts.joinTablePrimaryKey()) {
            pk = new PrimaryKey(ctx.names.joinTablePrimaryKey(name), List.of("A", "B"));
        } else {
            indexes.add(Index.of(ctx.names.joinTableUnique(name), true, List.of("A", "B")));
        }
        indexes.add(Index.of(ctx.names.joinTableIndex(name), false, List.of("B")));
        indexes.sort(java.util.Comparator.comparing(Index::name));
        List<ForeignKey> fks = new ArrayList<>();
        if (ctx.foreignKeys) {
            fks.add(reference(name, "A", a));
            fks.add(reference(name, "B", b));
        }
        return new Table(
                target.schema(),
                name,
                List.of(columnA, columnB),
                pk,
                indexes,
                fks,
                List.of(),
                List.of(),
                null,
                TableTraits.NONE);
    }

    private Column idColumn(DataModel model, String where) {
        List<String> ids = ctx.idFieldNames(model);
        if (ids.size() != 1) {
            throw new ZModelException(where + ": an implicit many-to-many relation needs a single @id field on model "
                    + model.name() + ".");
        }
        Field id = ctx.field(model, ids.get(0), where);
        Column c = columns.column(model, id);
        return Column.of(c.name(), c.type(), false);
    }

    private ForeignKey reference(String table, String column, DataModel model) {
        QualifiedName target = ctx.table(model);
        String id =
                DatabaseNames.column(ctx.field(model, ctx.idFieldNames(model).get(0), ctx.where(model)));
        return new ForeignKey(
                ctx.names.foreignKey(table, List.of(column)),
                List.of(column),
                target.schema(),
                target.name(),
                List.of(id),
                ReferentialAction.CASCADE,
                ReferentialAction.CASCADE,
                false,
                false);
    }
}
