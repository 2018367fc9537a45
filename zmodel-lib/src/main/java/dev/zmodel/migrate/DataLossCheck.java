package dev.zmodel.migrate;

import dev.zmodel.Provider;
import dev.zmodel.ZModelException;
import dev.zmodel.diff.AddColumn;
import dev.zmodel.diff.AddForeignKey;
import dev.zmodel.diff.AddPrimaryKey;
import dev.zmodel.diff.AlterColumn;
import dev.zmodel.diff.ColumnChange;
import dev.zmodel.diff.ConversionCheck;
import dev.zmodel.diff.CreateIndex;
import dev.zmodel.diff.DataLoss;
import dev.zmodel.diff.DropColumn;
import dev.zmodel.diff.DropTable;
import dev.zmodel.diff.RebuildTable;
import dev.zmodel.diff.RecreateEnum;
import dev.zmodel.diff.SchemaChange;
import dev.zmodel.diff.ddl.Ddl;
import dev.zmodel.schema.ForeignKey;
import dev.zmodel.schema.IndexColumn;
import dev.zmodel.schema.QualifiedName;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks risky changes against the rows a database holds (Prisma's destructive-change checker), counting only the
 * rows each change affects: dropping a table or column that has data, a lossy type change of a column with values,
 * values a type change would cut — {@link DataLossFinding.Kind#DATA_LOSS}; a required column without a default added
 * to a table with rows, a column made required without a default that holds NULLs, values a type change cannot
 * convert (tested with the database's conversion rules, {@link ConversionCheck}), an enum value removed while rows
 * hold it, a unique index or primary key over duplicate values, a foreign key that rows break —
 * {@link DataLossFinding.Kind#WILL_FAIL}. One {@code count(*)} per risky change; a table that does not exist yet
 * counts as empty.
 */
public final class DataLossCheck {
    private final Connection connection;
    private final Provider provider;
    private final Ddl ddl;
    private final MigrateDialect dialect;

    private DataLossCheck(Connection connection, Provider provider) {
        this.connection = connection;
        this.provider = provider;
        this.ddl = Ddl.forProvider(provider);
        this.dialect = MigrateDialect.forProvider(provider);
    }

    public static List<DataLossFinding> check(Connection connection, Provider provider, List<SchemaChange> changes) {
        DataLossCheck check = new DataLossCheck(connection, provider);
        List<DataLossFinding> out = new ArrayList<>();
        for (SchemaChange c : changes) {
            check.check(c, out);
        }
        return out;
    }

    private void check(SchemaChange c, List<DataLossFinding> out) {
        if (c instanceof RebuildTable r) {
            r.reasons().forEach(reason -> check(reason, out));
        } else if (c instanceof AddForeignKey fk) {
            if (!fk.newTable()) { // even one that replaces an equal key: SQLite may hold rows that break it
                orphans(fk, out);
            }
        } else if (c.dataLoss() == DataLoss.SAFE) {
            return;
        } else if (c instanceof DropTable d) {
            long rows = count(d.table().qualifiedName(), null);
            if (rows > 0) {
                out.add(loss("Drops table " + name(d.table().qualifiedName()) + ", which has " + rows + " row(s)."));
            }
        } else if (c instanceof DropColumn d) {
            long values = count(d.table(), q(d.column().name()) + " IS NOT NULL");
            if (values > 0) {
                out.add(loss("Drops column " + name(d.table(), d.column().name()) + ", which holds " + values
                        + " non-null value(s)."));
            }
        } else if (c instanceof AddColumn a) {
            long rows = count(a.table(), null);
            if (rows > 0) {
                out.add(fail("Adds the required column "
                        + name(a.table(), a.column().name()) + " without a default, "
                        + "but " + name(a.table()) + " has " + rows + " row(s). Give the field a @default (its rows "
                        + "get that value), or make it optional."));
            }
        } else if (c instanceof AlterColumn a) {
            alterColumn(a, out);
        } else if (c instanceof CreateIndex i && i.index().unique()) {
            duplicates(
                    i.table(),
                    i.index().columns().stream().map(IndexColumn::column).toList(),
                    out);
        } else if (c instanceof AddPrimaryKey p) {
            duplicates(p.table(), p.key().columns(), out);
        } else if (c instanceof RecreateEnum e) {
            removedEnumValues(e, out);
        } else if (c.warning() != null) {
            out.add(loss(c.warning()));
        }
    }

    private void alterColumn(AlterColumn a, List<DataLossFinding> out) {
        String column = q(a.from().name());
        if (a.makesRequired() && !a.backfillsNulls()) {
            long nulls = count(a.table(), column + " IS NULL");
            if (nulls > 0) {
                out.add(fail("Makes " + name(a.table(), a.to().name()) + " required, but " + nulls + " row(s) hold "
                        + "NULL there. Fill those rows first, or give the field a @default (the migration then sets "
                        + "it on them)."));
            }
        }
        if (!a.has(ColumnChange.TYPE) || a.typeRisk() == DataLoss.SAFE) {
            return;
        }
        List<ConversionCheck> checks = ConversionCheck.of(provider, a);
        for (ConversionCheck check : checks) {
            long rows = count(a.table(), column + " IS NOT NULL AND (" + check.condition() + ")");
            if (rows == 0) {
                continue;
            }
            String sentence = "Changes the type of " + name(a.table(), a.to().name()) + " from "
                    + a.from().type().name() + " to " + a.to().type().name() + ", but " + rows + " value(s) "
                    + check.what() + (check.fails() ? ": the migration would fail on them" : "")
                    + ". Find them with: SELECT * FROM " + ddl.table(a.table()) + " WHERE " + check.condition();
            out.add(check.fails() ? fail(sentence + ". Change those rows first.") : loss(sentence + "."));
        }
        if (a.typeRisk() == DataLoss.DESTRUCTIVE || checks.isEmpty()) {
            // no exact check of this conversion: every value may be affected
            long values = count(a.table(), column + " IS NOT NULL");
            if (values > 0) {
                out.add(loss(a.warning() + " (" + values + " non-null value(s))"));
            }
        }
    }

    /** Rows holding an enum value that the recreated type no longer has: the conversion through text fails on them. */
    private void removedEnumValues(RecreateEnum e, List<DataLossFinding> out) {
        List<String> removed = e.removedValues();
        String literals = String.join(", ", removed.stream().map(ddl::literal).toList());
        for (var usage : e.usages()) {
            String column = q(usage.column());
            String condition = usage.arrayDimensions() == 0
                    ? column + "::text IN (" + literals + ")"
                    : column + "::text[] && ARRAY[" + literals + "]";
            long rows = count(usage.table(), condition);
            if (rows > 0) {
                out.add(fail("Removes " + (removed.size() == 1 ? "value " : "values ") + names(removed)
                        + " from enum `" + e.from().name() + "`, but " + rows + " row(s) of "
                        + name(usage.table(), usage.column()) + " hold " + (removed.size() == 1 ? "it" : "them")
                        + ": the migration would fail on them. Change those rows first (find them with: SELECT * FROM "
                        + ddl.table(usage.table()) + " WHERE " + condition + ")."));
            }
        }
    }

    /**
     * Rows whose key references no row: adding the foreign key fails on them. When the referenced table does not exist
     * yet (created by the same migration), every row with a key is such a row.
     */
    private void orphans(AddForeignKey change, List<DataLossFinding> out) {
        ForeignKey fk = change.foreignKey();
        QualifiedName referenced = new QualifiedName(
                fk.referencedSchema() != null
                        ? fk.referencedSchema()
                        : change.table().schema(),
                fk.referencedTable());
        List<String> notNull = new ArrayList<>();
        List<String> join = new ArrayList<>();
        for (int i = 0; i < fk.columns().size(); i++) {
            notNull.add("c." + q(fk.columns().get(i)) + " IS NOT NULL");
            join.add("p." + q(fk.referencedColumns().get(i)) + " = c."
                    + q(fk.columns().get(i)));
        }
        String keyed =
                "SELECT count(*) FROM " + ddl.table(change.table()) + " c WHERE " + String.join(" AND ", notNull);
        long rows;
        try {
            rows = queryOrThrow(keyed + " AND NOT EXISTS (SELECT 1 FROM " + ddl.table(referenced) + " p WHERE "
                    + String.join(" AND ", join) + ")");
        } catch (SQLException e) {
            rows = recover(e) ? query(keyed) : 0;
        }
        if (rows > 0) {
            out.add(fail("Adds " + (fk.name() == null ? "a foreign key" : "foreign key `" + fk.name() + "`") + " on "
                    + name(change.table()) + "(" + String.join(", ", fk.columns()) + "), but " + rows + " row(s) "
                    + "reference " + name(referenced) + " rows that do not exist: the migration would fail on them. "
                    + "Delete those rows or fix their references first."));
        }
    }

    private void duplicates(QualifiedName table, List<String> columns, List<DataLossFinding> out) {
        if (columns.isEmpty() || columns.stream().anyMatch(java.util.Objects::isNull)) {
            return;
        }
        String cols = String.join(", ", columns.stream().map(this::q).toList());
        String notNull = String.join(
                " AND ", columns.stream().map(col -> q(col) + " IS NOT NULL").toList());
        String sql = "SELECT count(*) FROM (SELECT " + cols + " FROM " + ddl.table(table) + " WHERE " + notNull
                + " GROUP BY " + cols + " HAVING count(*) > 1) d";
        long groups = query(sql);
        if (groups > 0) {
            out.add(fail("Adds a unique constraint on " + name(table) + "(" + String.join(", ", columns) + "), but "
                    + groups + " value(s) occur more than once. Remove the duplicates first."));
        }
    }

    private long count(QualifiedName table, String where) {
        return query("SELECT count(*) FROM " + ddl.table(table) + (where == null ? "" : " WHERE " + where));
    }

    /**
     * The count, or 0 when the table or column does not exist (yet: it is created by the same migration). Any other
     * failure stops the check: counting 0 rows on an error would let a migration drop data unasked.
     */
    private long query(String sql) {
        try {
            return queryOrThrow(sql);
        } catch (SQLException e) {
            if (recover(e)) {
                return 0;
            }
            throw new IllegalStateException(e); // not reached: recover throws
        }
    }

    private long queryOrThrow(String sql) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql);
                ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** True when the failed count met a missing table or column; any other failure is thrown. */
    private boolean recover(SQLException e) {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException ignored) {
            // keep the first problem
        }
        if (dialect.isMissingObject(e)) {
            return true;
        }
        throw new ZModelException(
                "Cannot check whether the changes lose data: counting rows failed (" + e.getMessage()
                        + "). Nothing was changed. Check that the user may read every table.",
                e);
    }

    private static String names(List<String> values) {
        return String.join(", ", values.stream().map(v -> "`" + v + "`").toList());
    }

    private String q(String identifier) {
        return ddl.quote(identifier);
    }

    private static String name(QualifiedName table) {
        return "`"
                + (table.schema() == null || table.schema().equals("public")
                        ? table.name()
                        : table.schema() + "." + table.name())
                + "`";
    }

    private static String name(QualifiedName table, String column) {
        return "`"
                + (table.schema() == null || table.schema().equals("public")
                        ? table.name()
                        : table.schema() + "." + table.name())
                + "." + column + "`";
    }

    private static DataLossFinding loss(String message) {
        return new DataLossFinding(DataLossFinding.Kind.DATA_LOSS, message);
    }

    private static DataLossFinding fail(String message) {
        return new DataLossFinding(DataLossFinding.Kind.WILL_FAIL, message);
    }
}
