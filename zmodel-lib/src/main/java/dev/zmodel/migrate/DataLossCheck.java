package dev.zmodel.migrate;

import dev.zmodel.Provider;
import dev.zmodel.ZModelException;
import dev.zmodel.diff.AddColumn;
import dev.zmodel.diff.AddPrimaryKey;
import dev.zmodel.diff.AlterColumn;
import dev.zmodel.diff.ColumnChange;
import dev.zmodel.diff.CreateIndex;
import dev.zmodel.diff.DataLoss;
import dev.zmodel.diff.DropColumn;
import dev.zmodel.diff.DropTable;
import dev.zmodel.diff.RebuildTable;
import dev.zmodel.diff.RecreateEnum;
import dev.zmodel.diff.SchemaChange;
import dev.zmodel.diff.ddl.Ddl;
import dev.zmodel.schema.IndexColumn;
import dev.zmodel.schema.QualifiedName;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks risky changes against the rows a database holds (Prisma's destructive-change checker): dropping a table
 * or column that has data, a lossy type change of a column with values — {@link DataLossFinding.Kind#DATA_LOSS};
 * a required column added to a table with rows, a column made required that holds NULLs, a unique index or primary
 * key over duplicate values — {@link DataLossFinding.Kind#WILL_FAIL}. Counting is cheap (one {@code count(*)} per
 * risky change); a table that does not exist yet counts as empty.
 */
public final class DataLossCheck {
    private final Connection connection;
    private final Ddl ddl;
    private final MigrateDialect dialect;

    private DataLossCheck(Connection connection, Provider provider) {
        this.connection = connection;
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
        if (c.dataLoss() == DataLoss.SAFE) {
            return;
        }
        if (c instanceof RebuildTable r) {
            r.reasons().forEach(reason -> check(reason, out));
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
                out.add(fail(
                        "Adds the required column " + name(a.table(), a.column().name()) + " without a default, but "
                                + name(a.table()) + " has " + rows
                                + " row(s). Give it a default, or make it optional, fill it, then make it required."));
            }
        } else if (c instanceof AlterColumn a) {
            if (a.has(ColumnChange.NULLABILITY) && !a.to().nullable()) {
                long nulls = count(a.table(), q(a.from().name()) + " IS NULL");
                if (nulls > 0) {
                    out.add(fail("Makes " + name(a.table(), a.to().name()) + " required, but " + nulls + " row(s) hold "
                            + "NULL there. Update those rows first, or give the column a default."));
                }
            }
            if (a.has(ColumnChange.TYPE) && a.typeRisk() != DataLoss.SAFE) {
                long values = count(a.table(), q(a.from().name()) + " IS NOT NULL");
                if (values > 0) {
                    out.add(loss(a.warning() + " (" + values + " non-null value(s))"));
                }
            }
        } else if (c instanceof CreateIndex i && i.index().unique()) {
            duplicates(
                    i.table(),
                    i.index().columns().stream().map(IndexColumn::column).toList(),
                    out);
        } else if (c instanceof AddPrimaryKey p) {
            duplicates(p.table(), p.key().columns(), out);
        } else if (c instanceof RecreateEnum e) {
            for (var usage : e.usages()) {
                long values = count(usage.table(), q(usage.column()) + " IS NOT NULL");
                if (values > 0) {
                    out.add(loss(e.warning() + " (" + name(usage.table(), usage.column()) + " has " + values
                            + " value(s))"));
                }
            }
        } else if (c instanceof dev.zmodel.diff.AddForeignKey) {
            return; // loses nothing; a violating row makes the migration fail with the database's own message
        } else if (c.warning() != null) {
            out.add(loss(c.warning()));
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
        try (PreparedStatement s = connection.prepareStatement(sql);
                ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            try {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                }
            } catch (SQLException ignored) {
                // keep the first problem
            }
            if (dialect.isMissingObject(e)) {
                return 0;
            }
            throw new ZModelException(
                    "Cannot check whether the changes lose data: counting rows failed (" + e.getMessage()
                            + "). Nothing was changed. Check that the user may read every table.",
                    e);
        }
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
