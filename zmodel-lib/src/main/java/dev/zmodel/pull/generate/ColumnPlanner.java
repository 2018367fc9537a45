package dev.zmodel.pull.generate;

import dev.zmodel.dialect.MappedType;
import dev.zmodel.schema.Column;
import dev.zmodel.schema.QualifiedName;

import java.util.Set;
import java.util.function.Function;

/**
 * Decides what each column becomes ({@link ColumnPlan}): the dialect's type mapping, the column's enum when it can
 * be declared (else {@code Unsupported} with the type name), and generated columns as
 * {@code Unsupported("<type> GENERATED ALWAYS AS (<expr>) STORED|VIRTUAL")} — read-only for clients, and the
 * exact DDL for migrations.
 */
final class ColumnPlanner {
    private final Function<Column, MappedType> types;
    private final Catalog catalog;
    private final Set<EnumKey> declarable;

    /** @param declarable the enums that are declared (at least one value left after naming) */
    ColumnPlanner(Function<Column, MappedType> types, Catalog catalog, Set<EnumKey> declarable) {
        this.types = types;
        this.catalog = catalog;
        this.declarable = declarable;
    }

    ColumnPlan plan(QualifiedName owner, Column column) {
        boolean list = column.type().isArray();
        if (column.generated() != null) {
            String text = column.type().raw() + " GENERATED ALWAYS AS ("
                    + column.generated().expression() + ") "
                    + (column.generated().stored() ? "STORED" : "VIRTUAL");
            return new ColumnPlan(column, ColumnPlan.Shape.UNSUPPORTED, null, null, text, null, false, true);
        }
        MappedType mapped = types.apply(column);
        if (mapped instanceof MappedType.EnumRef) {
            EnumKey key = Catalog.enumKey(owner, column);
            if (catalog.enumSource(key).isPresent() && declarable.contains(key)) {
                return new ColumnPlan(column, ColumnPlan.Shape.ENUM, null, null, null, key, list, false);
            }
            String name = column.type().name().equals("enum")
                    ? column.type().raw()
                    : column.type().name();
            return new ColumnPlan(
                    column, ColumnPlan.Shape.UNSUPPORTED, null, null, list ? "_" + name : name, null, list, false);
        }
        if (mapped instanceof MappedType.Unsupported u) {
            return new ColumnPlan(column, ColumnPlan.Shape.UNSUPPORTED, null, null, u.nativeType(), null, list, false);
        }
        MappedType.Scalar s = (MappedType.Scalar) mapped;
        return new ColumnPlan(column, ColumnPlan.Shape.SCALAR, s.type(), s.nativeType(), null, null, list, false);
    }
}
