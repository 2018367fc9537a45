package dev.zmodel.diff.ddl;

import dev.zmodel.Provider;
import dev.zmodel.diff.AddForeignKey;
import dev.zmodel.diff.AddPrimaryKey;
import dev.zmodel.diff.AlterColumn;
import dev.zmodel.diff.CreateIndex;
import dev.zmodel.diff.CreateTable;
import dev.zmodel.diff.DropForeignKey;
import dev.zmodel.diff.DropIndex;
import dev.zmodel.diff.DropPrimaryKey;
import dev.zmodel.diff.RenameIndex;
import dev.zmodel.diff.SetTableComment;
import dev.zmodel.schema.AutoIncrement;
import dev.zmodel.schema.CheckConstraint;
import dev.zmodel.schema.Column;
import dev.zmodel.schema.ColumnType;
import dev.zmodel.schema.Index;
import dev.zmodel.schema.QualifiedName;
import dev.zmodel.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * MySQL 8 / MariaDB 10.6+ DDL: backtick quoting, inline enums, {@code AUTO_INCREMENT}, indexes declared inside
 * CREATE TABLE (an auto-increment column must be indexed when the table is created), column changes as
 * {@code MODIFY} with the whole new definition, {@code RENAME COLUMN} (never {@code CHANGE}, which would drop
 * attributes not restated); new tables in {@code utf8mb4} with {@code utf8mb4_unicode_ci}.
 */
public final class MySqlDdl extends Ddl {
    /**
     * Every new table's character set, as Prisma writes it: the server's default may be {@code latin1} (MariaDB,
     * MySQL 5) or another {@code utf8mb4} collation, and ZModel states none.
     */
    static final String TABLE_CHARSET = "DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci";

    private final boolean utf8mb4Tables;
    private final Map<String, String> tableOptions;

    /** DDL that creates tables in {@code utf8mb4}. */
    public MySqlDdl() {
        this(true, Map.of());
    }

    /**
     * DDL that creates tables in {@code utf8mb4}, or (false) in the database's default character set; a table named
     * in {@code tableOptions} gets those options instead (engine, collation, row format as a baseline read them).
     */
    public MySqlDdl(boolean utf8mb4Tables, Map<String, String> tableOptions) {
        this.utf8mb4Tables = utf8mb4Tables;
        this.tableOptions = Map.copyOf(tableOptions);
    }

    @Override
    public Provider provider() {
        return Provider.MYSQL;
    }

    /** MySQL also treats backslashes in literals as escapes (unless NO_BACKSLASH_ESCAPES). */
    @Override
    public String literal(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    @Override
    public String type(ColumnType type, String tableSchema) {
        String name = type.name().toLowerCase(Locale.ROOT);
        String base = switch (name) {
            case "enum", "set" ->
                name + "(" + type.values().stream().map(this::literal).collect(Collectors.joining(",")) + ")";
            case "decimal", "numeric" ->
                type.precision() == null
                        ? name
                        : name + "(" + type.precision() + "," + (type.scale() == null ? 0 : type.scale()) + ")";
            case "time", "datetime", "timestamp" ->
                type.precision() == null || type.precision() == 0 ? name : name + "(" + type.precision() + ")";
            case "tinyint" -> type.length() != null && type.length() == 1 ? "tinyint(1)" : "tinyint";
            case "smallint", "mediumint", "int", "integer", "bigint" -> name;
            case "float", "double" ->
                type.precision() == null
                        ? name
                        : name + "(" + type.precision() + (type.scale() == null ? "" : "," + type.scale()) + ")";
            default -> type.length() == null ? name : name + "(" + type.length() + ")";
        };
        return type.unsigned() ? base + " unsigned" : base;
    }

    @Override
    public String columnDefinition(Column c, String tableSchema) {
        StringBuilder b = new StringBuilder(quote(c.name())).append(' ').append(type(c.type(), tableSchema));
        if (c.collation() != null) {
            b.append(" COLLATE ").append(c.collation());
        }
        if (c.generated() != null) {
            b.append(" GENERATED ALWAYS AS (")
                    .append(c.generated().expression())
                    .append(')')
                    .append(c.generated().stored() ? " STORED" : " VIRTUAL");
        }
        if (c.generated() == null) {
            b.append(c.nullable() ? " NULL" : " NOT NULL");
        } else if (!c.nullable()) {
            // MariaDB accepts neither NULL nor NOT NULL after a generated column (its generated columns are always
            // nullable); MySQL accepts NOT NULL
            b.append(" NOT NULL");
        }
        if (c.defaultValue() != null && c.generated() == null) {
            b.append(" DEFAULT ").append(c.defaultValue());
        }
        if (c.onUpdate() != null) {
            b.append(" ON UPDATE ").append(c.onUpdate());
        }
        if (c.autoIncrement() == AutoIncrement.AUTO_INCREMENT) {
            b.append(" AUTO_INCREMENT");
        }
        if (c.invisible()) {
            b.append(" INVISIBLE");
        }
        if (c.comment() != null) {
            b.append(" COMMENT ").append(literal(c.comment()));
        }
        return b.toString();
    }

    @Override
    public List<String> createTable(CreateTable change) {
        Table t = change.table();
        List<String> items = new ArrayList<>();
        List<CheckConstraint> tableChecks = new ArrayList<>(t.checks());
        for (Column c : t.columns()) {
            List<CheckConstraint> own = t.checks().stream()
                    .filter(check -> c.name().equals(check.column()))
                    .toList();
            tableChecks.removeAll(own);
            items.add(columnWithChecks(c, own));
        }
        if (t.primaryKey() != null) {
            items.add("PRIMARY KEY (" + columns(t.primaryKey().columns()) + ")");
        }
        for (Index i : t.indexes()) {
            items.add(indexKind(i) + "INDEX " + quote(i.name()) + indexMethod(i) + " (" + indexParts(i) + ")");
        }
        tableChecks.forEach(c -> items.add(checkClause(c.name(), c.expression())));
        t.foreignKeys().forEach(fk -> items.add(foreignKeyClause(fk, null)));
        return List.of("CREATE TABLE " + table(t.qualifiedName()) + " (\n" + joinLines(items) + "\n)"
                + tableOptions(t.name())
                + (t.comment() != null ? " COMMENT " + literal(t.comment()) : ""));
    }

    /**
     * A column's definition with the checks MariaDB keeps on it; such a check takes the column's name, so it is
     * written without one.
     */
    private String columnWithChecks(Column c, List<CheckConstraint> checks) {
        StringBuilder b = new StringBuilder(columnDefinition(c, null));
        checks.forEach(check -> b.append(' ').append(checkClause(null, check.expression())));
        return b.toString();
    }

    private String tableOptions(String table) {
        String options = tableOptions.get(table);
        if (options != null) {
            return " " + options;
        }
        return utf8mb4Tables ? " " + TABLE_CHARSET : "";
    }

    @Override
    public List<String> alterColumn(AlterColumn change) {
        String modify =
                "ALTER TABLE " + table(change.table()) + " MODIFY " + columnWithChecks(change.to(), change.checks());
        if (change.backfillsNulls()) { // the rows holding NULL get the default before the column becomes required
            return List.of(
                    "UPDATE " + table(change.table()) + " SET "
                            + quote(change.from().name()) + " = " + change.to().defaultValue() + " WHERE "
                            + quote(change.from().name()) + " IS NULL",
                    modify);
        }
        return List.of(modify);
    }

    @Override
    public List<String> addPrimaryKey(AddPrimaryKey change) {
        return List.of("ALTER TABLE " + table(change.table()) + " ADD PRIMARY KEY ("
                + columns(change.key().columns()) + ")");
    }

    @Override
    public List<String> dropPrimaryKey(DropPrimaryKey change) {
        return List.of("ALTER TABLE " + table(change.table()) + " DROP PRIMARY KEY");
    }

    @Override
    protected String createIndexStatement(QualifiedName table, Index index) {
        return "CREATE " + indexKind(index) + "INDEX " + quote(index.name()) + indexMethod(index) + " ON "
                + table(table) + " (" + indexParts(index) + ")";
    }

    /** What MySQL writes before {@code INDEX}: a full-text, spatial or unique index. */
    private static String indexKind(Index index) {
        return index.fulltext()
                ? "FULLTEXT "
                : "spatial".equals(index.method()) ? "SPATIAL " : index.unique() ? "UNIQUE " : "";
    }

    /** {@code USING HASH} for a hash index (a MEMORY table's); B-tree, full-text and spatial need no clause. */
    private static String indexMethod(Index index) {
        return "hash".equals(index.method()) ? " USING HASH" : "";
    }

    @Override
    public List<String> createIndex(CreateIndex change) {
        return List.of(createIndexStatement(change.table(), change.index()));
    }

    @Override
    public List<String> dropIndex(DropIndex change) {
        return List.of("DROP INDEX " + quote(change.index().name()) + " ON " + table(change.table()));
    }

    @Override
    public List<String> renameIndex(RenameIndex change) {
        return List.of("ALTER TABLE " + table(change.table()) + " RENAME INDEX "
                + quote(change.index().name()) + " TO " + quote(change.to()));
    }

    @Override
    public List<String> addForeignKey(AddForeignKey change) {
        return List.of("ALTER TABLE " + table(change.table()) + " ADD " + foreignKeyClause(change.foreignKey(), null));
    }

    @Override
    public List<String> dropForeignKey(DropForeignKey change) {
        return List.of("ALTER TABLE " + table(change.table()) + " DROP FOREIGN KEY "
                + quote(change.foreignKey().name()));
    }

    @Override
    public List<String> setTableComment(SetTableComment change) {
        return List.of("ALTER TABLE " + table(change.table()) + " COMMENT = "
                + literal(change.to() == null ? "" : change.to()));
    }
}
