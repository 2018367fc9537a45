package dev.zmodel.diff;

import dev.zmodel.Provider;
import dev.zmodel.schema.DatabaseSchema;
import dev.zmodel.schema.ExclusionConstraint;
import dev.zmodel.schema.Index;
import dev.zmodel.schema.IndexColumn;
import dev.zmodel.schema.Table;
import dev.zmodel.schema.TableTraits;
import dev.zmodel.schema.View;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.zmodel.diff.Fixtures.col;
import static dev.zmodel.diff.Fixtures.nullable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What ZModel cannot express is never dropped or corrected, only reported. */
class DiffUnmanagedTest {
    private final Fixtures f = Fixtures.of(Provider.POSTGRESQL);

    @Test
    void unmanagedObjectsOfTheCurrentSchemaAreLeftAloneAndListed() {
        Index partial = new Index(
                "Order_open_idx",
                List.of(IndexColumn.of("status")),
                false,
                false,
                null,
                "(status = 'open'::text)",
                false,
                false);
        Index expression = new Index(
                "Order_lower_idx",
                List.of(new IndexColumn(null, "lower(status)", null, null, null, null)),
                false,
                false,
                null,
                null,
                false,
                false);
        Table order = new Table(
                "public",
                "Order",
                List.of(f.id(), col("status", f.text()), col("total", f.intType())),
                f.pk("Order", "id"),
                List.of(expression, partial),
                List.of(),
                List.of(new dev.zmodel.schema.CheckConstraint("Order_total_check", "CHECK ((total > 0))")),
                List.of(new ExclusionConstraint("Order_no_overlap", "EXCLUDE USING gist (total WITH =)")),
                null,
                new TableTraits(false, null, List.of(), false, true, false));
        Table partition = new Table(
                "public",
                "Order_2026",
                List.of(f.id()),
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                new TableTraits(false, "Order", List.of(), false, false, false));
        DatabaseSchema current = new DatabaseSchema(
                Provider.POSTGRESQL,
                null,
                List.of("public"),
                List.of(order, partition),
                List.of(new View("public", "open_orders", List.of(), "SELECT 1", false, null)),
                List.of());
        Table target = new Table(
                "public",
                "Order",
                List.of(f.id(), col("status", f.text()), col("total", f.intType())),
                f.pk("Order", "id"),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                TableTraits.NONE);
        DiffResult r = SchemaDiff.diff(current, f.schema(target));
        assertEquals(List.of(), r.changes());
        assertEquals(
                List.of(
                        "view `open_orders`",
                        "partition on `Order_2026` (partition of Order)",
                        "check constraint `Order_total_check` on `Order` (CHECK ((total > 0)))",
                        "exclusion constraint `Order_no_overlap` on `Order` (EXCLUDE USING gist (total WITH =))",
                        "row-level security on `Order`",
                        "expression index `Order_lower_idx` on `Order`",
                        "partial index `Order_open_idx` on `Order` (WHERE (status = 'open'::text))"),
                r.unmanaged().stream().map(UnmanagedObject::describe).toList());
    }

    @Test
    void aTargetPartialIndexIsManaged() {
        Index partial = new Index("T_a_idx", List.of(IndexColumn.of("a")), false, false, null, "a > 0", false, false);
        Table from = f.table("T").id().column(col("a", f.intType())).build();
        Table to =
                f.table("T").id().column(col("a", f.intType())).index(partial).build();
        DiffResult r = SchemaDiff.diff(f.schema(from), f.schema(to));
        assertTrue(r.changes().get(0) instanceof CreateIndex);
    }

    /**
     * ZModel states only JSON strings as a Json field's default (ZenStack's rule): an expression default of a Json
     * column is kept where the model has none; a JSON literal default the model no longer has is dropped.
     */
    @Test
    void aJsonExpressionDefaultIsKeptTowardsAModel() {
        dev.zmodel.schema.ColumnType jsonb = dev.zmodel.schema.ColumnType.of("jsonb");
        Table database = f.table("T")
                .id()
                .column(nullable("built", jsonb).withDefault("jsonb_build_object('k', 1)"))
                .column(nullable("doc", jsonb).withDefault("'{}'::jsonb"))
                .build();
        Table model = f.table("T")
                .id()
                .column(nullable("built", jsonb))
                .column(nullable("doc", jsonb))
                .build();
        List<SchemaChange> changes = SchemaDiff.diff(
                        f.schema(database), f.schema(model), DiffOptions.towardsModel(List.of()))
                .changes();
        assertEquals(1, changes.size(), changes.toString());
        AlterColumn alter = (AlterColumn) changes.get(0);
        assertEquals("doc", alter.from().name());
        assertEquals(java.util.Set.of(ColumnChange.DEFAULT), alter.changes());
        // towards a database, which states everything, the expression default is dropped too
        assertEquals(
                2,
                SchemaDiff.diff(f.schema(database), f.schema(model)).changes().size());
    }
}
