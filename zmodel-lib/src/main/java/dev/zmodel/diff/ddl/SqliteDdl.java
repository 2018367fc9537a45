package dev.zmodel.diff.ddl;

import dev.zmodel.Provider;
import dev.zmodel.dialect.Dialect;
import dev.zmodel.diff.CreateTable;
import dev.zmodel.diff.DropIndex;
import dev.zmodel.diff.RebuildTable;
import dev.zmodel.schema.AutoIncrement;
import dev.zmodel.schema.Column;
import dev.zmodel.schema.ColumnType;
import dev.zmodel.schema.Index;
import dev.zmodel.schema.IndexColumn;
import dev.zmodel.schema.PrimaryKey;
import dev.zmodel.schema.QualifiedName;
import dev.zmodel.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * SQLite DDL: declared types as written, foreign keys and UNIQUE constraints inside CREATE TABLE,
 * {@code INTEGER PRIMARY KEY AUTOINCREMENT}, and the table rebuild for every change SQLite cannot make in
 * place (the procedure of https://www.sqlite.org/lang_altertable.html#otheralter).
 */
public final class SqliteDdl extends Ddl {
    /** The name of the temporary table a rebuild copies into. */
    public static String rebuildName(String table) {
        return "new_" + table;
    }

    @Override
    public Provider provider() {
        return Provider.SQLITE;
    }

    @Override
    public String type(ColumnType type, String tableSchema) {
        String name = type.name();
        if (type.length() != null) {
            return name + "(" + type.length() + ")";
        }
        if (type.precision() != null) {
            return name + "(" + type.precision() + (type.scale() == null ? "" : "," + type.scale()) + ")";
        }
        return name;
    }

    @Override
    public String columnDefinition(Column c, String tableSchema) {
        return columnDefinition(c, false);
    }

    private String columnDefinition(Column c, boolean inlinePrimaryKey) {
        StringBuilder b = new StringBuilder(quote(c.name()));
        String type = type(c.type(), null);
        if (!type.isEmpty()) {
            b.append(' ').append(type);
        }
        if (!c.nullable()) {
            b.append(" NOT NULL");
        }
        if (inlinePrimaryKey) {
            b.append(" PRIMARY KEY AUTOINCREMENT");
        }
        if (c.defaultValue() != null && c.generated() == null) {
            b.append(" DEFAULT ").append(c.defaultValue());
        }
        if (c.collation() != null) {
            b.append(" COLLATE ").append(c.collation());
        }
        if (c.generated() != null) {
            b.append(" GENERATED ALWAYS AS (")
                    .append(c.generated().expression())
                    .append(')')
                    .append(c.generated().stored() ? " STORED" : " VIRTUAL");
        }
        return b.toString();
    }

    /** CREATE TABLE of {@code t} under the name {@code name}, without its non-constraint indexes. */
    private String createTableStatement(Table t, String name) {
        PrimaryKey pk = t.primaryKey();
        String inline = pk != null
                        && pk.columns().size() == 1
                        && t.column(pk.columns().get(0))
                                .map(c -> c.autoIncrement() == AutoIncrement.ROWID_AUTOINCREMENT)
                                .orElse(false)
                ? pk.columns().get(0)
                : null;
        List<String> items = new ArrayList<>();
        for (Column c : t.columns()) {
            items.add(columnDefinition(c, c.name().equals(inline)));
        }
        if (pk != null && inline == null) {
            items.add((pk.name() != null ? "CONSTRAINT " + quote(pk.name()) + " " : "") + "PRIMARY KEY ("
                    + columns(pk.columns()) + ")");
        }
        for (Index i : t.indexes()) {
            if (i.constraint()) {
                items.add((Dialect.of(provider()).isAutomaticIndexName(i.name())
                                ? ""
                                : "CONSTRAINT " + quote(i.name()) + " ")
                        + "UNIQUE (" + columns(i.columnNames()) + ")");
            }
        }
        t.checks().forEach(c -> items.add(checkClause(c.name(), c.expression())));
        t.foreignKeys().forEach(fk -> items.add(foreignKeyClause(fk, null)));
        return "CREATE TABLE " + quote(name) + " (\n" + joinLines(items) + "\n)"
                + (t.traits().withoutRowid() ? " WITHOUT ROWID" : "");
    }

    private List<String> indexes(Table t) {
        List<String> out = new ArrayList<>();
        for (Index i : t.indexes()) {
            if (!i.constraint()) {
                out.add(createIndexStatement(t.qualifiedName(), i));
            }
        }
        return out;
    }

    @Override
    public List<String> createTable(CreateTable change) {
        List<String> out = new ArrayList<>();
        out.add(createTableStatement(change.table(), change.table().name()));
        out.addAll(indexes(change.table()));
        return out;
    }

    /**
     * An expression key part as written, without the parentheses the other dialects need: SQLite keeps the text of
     * {@code CREATE INDEX} as given and introspection reads the expression back from it, so added parentheses would
     * make a re-created index differ from the original.
     */
    @Override
    protected String indexPart(IndexColumn part) {
        String part0 = super.indexPart(part);
        return part.isExpression()
                ? part.expression() + part0.substring(part.expression().length() + 2)
                : part0;
    }

    @Override
    public List<String> dropIndex(DropIndex change) {
        return List.of("DROP INDEX " + quote(change.index().name()));
    }

    /**
     * The rebuild: foreign keys off (so dropping the old table neither cascades nor fails), copy into a new table,
     * swap, re-create the indexes, then fail if the copied rows violate a foreign key of the new table.
     */
    @Override
    public List<String> rebuildTable(RebuildTable change) {
        Table from = change.from();
        Table to = change.to();
        String temp = rebuildName(to.name());
        List<String> shared = new ArrayList<>();
        for (Column c : to.columns()) {
            if (c.generated() == null
                    && from.column(c.name())
                            .filter(fc -> fc.generated() == null)
                            .isPresent()) {
                shared.add(c.name());
            }
        }
        List<String> out = new ArrayList<>();
        out.add("PRAGMA foreign_keys=OFF");
        out.add(createTableStatement(to, temp));
        if (!shared.isEmpty()) {
            out.add("INSERT INTO " + quote(temp) + " (" + columns(shared) + ") SELECT "
                    + shared.stream().map(c -> copied(from, to, c)).collect(Collectors.joining(", ")) + " FROM "
                    + quote(from.name()));
        }
        out.add("DROP TABLE " + quote(from.name()));
        out.add("ALTER TABLE " + quote(temp) + " RENAME TO " + quote(to.name()));
        out.addAll(indexes(to));
        if (!to.foreignKeys().isEmpty()) {
            out.addAll(foreignKeyCheck(to.name()));
        }
        out.add("PRAGMA foreign_keys=ON");
        return out;
    }

    /** A column that becomes required with a default gets the default where it held NULL. */
    private String copied(Table from, Table to, String column) {
        Column before = from.column(column).orElseThrow();
        Column after = to.column(column).orElseThrow();
        boolean backfill = before.nullable()
                && !after.nullable()
                && after.defaultValue() != null
                && !after.autoIncrement().isAuto();
        return backfill ? "coalesce(" + quote(column) + ", " + after.defaultValue() + ")" : quote(column);
    }

    /**
     * {@code PRAGMA foreign_key_check} only reports violations; inserting their count into a table whose CHECK
     * wants zero turns a violation into an error that stops the migration.
     */
    private List<String> foreignKeyCheck(String table) {
        String check = quote("zmodel_foreign_key_check");
        return List.of(
                "CREATE TEMP TABLE " + check + " (" + quote("violations") + " INTEGER NOT NULL CHECK ("
                        + quote("violations") + " = 0))",
                "INSERT INTO " + check + " SELECT count(*) FROM pragma_foreign_key_check(" + literal(table) + ")",
                "DROP TABLE " + check);
    }

    @Override
    public String table(QualifiedName name) {
        return quote(name.name());
    }
}
