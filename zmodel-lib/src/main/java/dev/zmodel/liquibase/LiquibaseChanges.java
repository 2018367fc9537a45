package dev.zmodel.liquibase;

import dev.zmodel.Provider;
import dev.zmodel.diff.AddColumn;
import dev.zmodel.diff.AddEnumValue;
import dev.zmodel.diff.AddForeignKey;
import dev.zmodel.diff.AddPrimaryKey;
import dev.zmodel.diff.AlterColumn;
import dev.zmodel.diff.CreateEnum;
import dev.zmodel.diff.CreateExtension;
import dev.zmodel.diff.CreateIndex;
import dev.zmodel.diff.CreateSchema;
import dev.zmodel.diff.CreateTable;
import dev.zmodel.diff.DropColumn;
import dev.zmodel.diff.DropEnum;
import dev.zmodel.diff.DropExtension;
import dev.zmodel.diff.DropForeignKey;
import dev.zmodel.diff.DropIndex;
import dev.zmodel.diff.DropPrimaryKey;
import dev.zmodel.diff.DropSchema;
import dev.zmodel.diff.DropTable;
import dev.zmodel.diff.RebuildTable;
import dev.zmodel.diff.RecreateEnum;
import dev.zmodel.diff.RenameColumn;
import dev.zmodel.diff.RenameConstraint;
import dev.zmodel.diff.RenameIndex;
import dev.zmodel.diff.RenameTable;
import dev.zmodel.diff.ReplaceJoinTable;
import dev.zmodel.diff.SchemaChange;
import dev.zmodel.diff.SetTableComment;
import dev.zmodel.diff.ddl.Ddl;
import dev.zmodel.schema.ForeignKey;
import dev.zmodel.schema.Index;
import dev.zmodel.schema.IndexColumn;
import dev.zmodel.schema.NullsOrder;
import dev.zmodel.schema.QualifiedName;
import dev.zmodel.schema.SortOrder;
import liquibase.change.AddColumnConfig;
import liquibase.change.Change;
import liquibase.change.core.AddForeignKeyConstraintChange;
import liquibase.change.core.AddPrimaryKeyChange;
import liquibase.change.core.CreateIndexChange;
import liquibase.change.core.DropColumnChange;
import liquibase.change.core.DropForeignKeyConstraintChange;
import liquibase.change.core.DropIndexChange;
import liquibase.change.core.DropPrimaryKeyChange;
import liquibase.change.core.DropTableChange;
import liquibase.change.core.RawSQLChange;
import liquibase.change.core.RenameColumnChange;
import liquibase.change.core.RenameTableChange;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps each {@link SchemaChange} to the Liquibase changes of one changeset, for one dialect.
 *
 * <p>Rule: a Liquibase change class is used where it writes exactly the SQL of {@link Ddl} — drops, renames,
 * keys, plain indexes, foreign keys. Everything that defines a column (create table, add column, column type,
 * default or identity changes) is raw SQL from {@link Ddl}, because Liquibase's {@code DataTypeFactory} and
 * default-value handling rewrite native types and defaults (e.g. a PostgreSQL enum {@code "Role"} becomes
 * {@code ROLE}, {@code money} becomes {@code DECIMAL}, MySQL {@code time(3)} loses its precision,
 * {@code CURRENT_TIMESTAMP} becomes {@code NOW()}), and a migration must create exactly the schema it was
 * diffed for. So are PostgreSQL enums, casts and SQLite rebuilds, for which Liquibase has no change class.
 *
 * <p>Each dialect subclass overrides the kinds it renders with Liquibase change classes; the defaults here are
 * raw SQL.
 */
abstract class LiquibaseChanges implements SchemaChange.Visitor<LiquibaseChanges.Rendered> {

    /**
     * The forward changes of one changeset.
     *
     * @param automaticRollback true when Liquibase derives a correct rollback from {@code changes} itself (all are
     *                          change classes with a known inverse); otherwise the renderer writes the inverse
     *                          change explicitly
     * @param runInTransaction  false for SQLite rebuilds ({@code PRAGMA foreign_keys} is a no-op in a transaction)
     */
    record Rendered(List<Change> changes, boolean automaticRollback, boolean runInTransaction) {}

    protected final Ddl ddl;

    protected LiquibaseChanges(Ddl ddl) {
        this.ddl = ddl;
    }

    /**
     * The one place that picks the dialect. Objects of the options' default schema are written without their
     * schema, so Liquibase's {@code defaultSchemaName} places them.
     */
    static LiquibaseChanges forProvider(Provider provider, RenderOptions options) {
        return switch (provider) {
            case POSTGRESQL -> new PostgresLiquibaseChanges(options.defaultSchema());
            case MYSQL -> new MySqlLiquibaseChanges(!options.serverCharset(), options.tableOptions());
            case SQLITE -> new SqliteLiquibaseChanges();
        };
    }

    /** Liquibase's {@code dbms} of every changeset: the databases the changelog was written for. */
    abstract String dbms();

    /** The URL of a Liquibase offline database of this dialect, to generate SQL without a server. */
    abstract String offlineUrl();

    Rendered render(SchemaChange change) {
        return change.accept(this);
    }

    // ---------------------------------------------------------------- building blocks

    /** Raw SQL: one {@code <sql>} per statement, never split or stripped by Liquibase. */
    protected List<Change> sql(List<String> statements) {
        List<Change> out = new ArrayList<>();
        for (String statement : statements) {
            RawSQLChange c = new RawSQLChange(statement);
            c.setSplitStatements(false);
            out.add(c);
        }
        return out;
    }

    protected Rendered raw(SchemaChange change) {
        return new Rendered(sql(ddl.statements(change)), false, true);
    }

    protected static Rendered liquibase(Change change, boolean automaticRollback) {
        return new Rendered(List.of(change), automaticRollback, true);
    }

    /** The schema attribute: PostgreSQL's schema, null elsewhere and for the default schema. */
    protected String schema(QualifiedName table) {
        return schema(table.schema());
    }

    protected String schema(String schema) {
        return schema == null || schema.equals(ddl.defaultSchema()) ? null : schema;
    }

    protected DropTableChange dropTableChange(QualifiedName table) {
        DropTableChange c = new DropTableChange();
        c.setSchemaName(schema(table));
        c.setTableName(table.name());
        return c;
    }

    protected RenameTableChange renameTableChange(RenameTable change) {
        RenameTableChange c = new RenameTableChange();
        c.setSchemaName(schema(change.from()));
        c.setOldTableName(change.from().name());
        c.setNewTableName(change.to());
        return c;
    }

    protected DropColumnChange dropColumnChange(DropColumn change) {
        DropColumnChange c = new DropColumnChange();
        c.setSchemaName(schema(change.table()));
        c.setTableName(change.table().name());
        c.setColumnName(change.column().name());
        return c;
    }

    protected RenameColumnChange renameColumnChange(RenameColumn change) {
        RenameColumnChange c = new RenameColumnChange();
        c.setSchemaName(schema(change.table()));
        c.setTableName(change.table().name());
        c.setOldColumnName(change.from());
        c.setNewColumnName(change.to());
        return c;
    }

    protected AddPrimaryKeyChange addPrimaryKeyChange(AddPrimaryKey change) {
        AddPrimaryKeyChange c = new AddPrimaryKeyChange();
        c.setSchemaName(schema(change.table()));
        c.setTableName(change.table().name());
        c.setColumnNames(String.join(", ", change.key().columns()));
        c.setConstraintName(change.key().name());
        return c;
    }

    protected DropPrimaryKeyChange dropPrimaryKeyChange(DropPrimaryKey change) {
        DropPrimaryKeyChange c = new DropPrimaryKeyChange();
        c.setSchemaName(schema(change.table()));
        c.setTableName(change.table().name());
        c.setConstraintName(change.key().name());
        return c;
    }

    /** True when Liquibase's {@code createIndex} can state the index (no method, predicate, expression, …). */
    protected static boolean isPlain(Index index) {
        return !index.constraint()
                && !index.fulltext()
                && !index.deferrable()
                && !index.nullsNotDistinct()
                && index.predicate() == null
                && (index.method() == null || index.method().equalsIgnoreCase("btree"))
                && index.columns().stream()
                        .allMatch(c -> !c.isExpression()
                                && c.operatorClass() == null
                                && c.nulls() == NullsOrder.DEFAULT
                                && c.length() == null);
    }

    protected CreateIndexChange createIndexChange(QualifiedName table, Index index) {
        CreateIndexChange c = new CreateIndexChange();
        c.setSchemaName(schema(table));
        c.setTableName(table.name());
        c.setIndexName(index.name());
        if (index.unique()) {
            c.setUnique(true);
        }
        for (IndexColumn part : index.columns()) {
            AddColumnConfig column = new IndexColumnConfig();
            column.setName(part.column());
            if (part.order() == SortOrder.DESC) {
                column.setDescending(true);
            }
            c.addColumn(column);
        }
        return c;
    }

    protected DropIndexChange dropIndexChange(QualifiedName table, Index index) {
        DropIndexChange c = new DropIndexChange();
        c.setSchemaName(schema(table));
        c.setTableName(table.name());
        c.setIndexName(index.name());
        return c;
    }

    protected AddForeignKeyConstraintChange addForeignKeyChange(QualifiedName table, ForeignKey fk) {
        AddForeignKeyConstraintChange c = new AddForeignKeyConstraintChange();
        c.setConstraintName(fk.name());
        c.setBaseTableSchemaName(schema(table));
        c.setBaseTableName(table.name());
        c.setBaseColumnNames(String.join(", ", fk.columns()));
        c.setReferencedTableSchemaName(schema(fk.referencedSchema() != null ? fk.referencedSchema() : table.schema()));
        c.setReferencedTableName(fk.referencedTable());
        c.setReferencedColumnNames(String.join(", ", fk.referencedColumns()));
        c.setOnDelete(fk.onDelete().sql());
        c.setOnUpdate(fk.onUpdate().sql());
        if (fk.deferrable()) {
            c.setDeferrable(true);
            c.setInitiallyDeferred(fk.initiallyDeferred());
        }
        return c;
    }

    protected DropForeignKeyConstraintChange dropForeignKeyChange(QualifiedName table, ForeignKey fk) {
        DropForeignKeyConstraintChange c = new DropForeignKeyConstraintChange();
        c.setBaseTableSchemaName(schema(table));
        c.setBaseTableName(table.name());
        c.setConstraintName(fk.name());
        return c;
    }

    /**
     * CREATE TABLE as raw SQL; the table's plain indexes follow as {@code createIndex} unless the dialect declares
     * them inside CREATE TABLE ({@code indexesInline}).
     */
    protected Rendered createTableWithIndexes(CreateTable change, boolean indexesInline) {
        var table = change.table();
        if (indexesInline) {
            return raw(change);
        }
        List<Index> plain = table.indexes().stream()
                .filter(i -> !i.constraint() && isPlain(i))
                .toList();
        List<Index> rest =
                table.indexes().stream().filter(i -> !plain.contains(i)).toList();
        List<Change> out = new ArrayList<>(sql(ddl.statements(new CreateTable(table.withIndexes(rest)))));
        for (Index i : plain) {
            out.add(createIndexChange(table.qualifiedName(), i));
        }
        return new Rendered(out, false, true);
    }

    // ---------------------------------------------------------------- defaults: Liquibase change classes
    // Where Liquibase 4.33 generates correct SQL on every dialect; a dialect overrides what it cannot use.

    @Override
    public Rendered createTable(CreateTable change) {
        return createTableWithIndexes(change, false);
    }

    @Override
    public Rendered dropTable(DropTable change) {
        return liquibase(dropTableChange(change.table().qualifiedName()), false);
    }

    @Override
    public Rendered renameTable(RenameTable change) {
        return liquibase(renameTableChange(change), true);
    }

    @Override
    public Rendered dropColumn(DropColumn change) {
        return liquibase(dropColumnChange(change), false);
    }

    @Override
    public Rendered renameColumn(RenameColumn change) {
        return liquibase(renameColumnChange(change), true);
    }

    @Override
    public Rendered dropIndex(DropIndex change) {
        return liquibase(dropIndexChange(change.table(), change.index()), false);
    }

    @Override
    public Rendered addForeignKey(AddForeignKey change) {
        if (change.foreignKey().matchFull()) {
            return raw(change); // Liquibase's addForeignKeyConstraint cannot state MATCH FULL
        }
        return liquibase(addForeignKeyChange(change.table(), change.foreignKey()), true);
    }

    @Override
    public Rendered dropForeignKey(DropForeignKey change) {
        return liquibase(dropForeignKeyChange(change.table(), change.foreignKey()), false);
    }

    // ---------------------------------------------------------------- defaults: raw SQL

    @Override
    public Rendered createSchema(CreateSchema change) {
        return raw(change);
    }

    @Override
    public Rendered dropSchema(DropSchema change) {
        return raw(change);
    }

    @Override
    public Rendered createExtension(CreateExtension change) {
        return raw(change);
    }

    @Override
    public Rendered dropExtension(DropExtension change) {
        return raw(change);
    }

    @Override
    public Rendered createEnum(CreateEnum change) {
        return raw(change);
    }

    @Override
    public Rendered dropEnum(DropEnum change) {
        return raw(change);
    }

    @Override
    public Rendered addEnumValue(AddEnumValue change) {
        return raw(change);
    }

    @Override
    public Rendered recreateEnum(RecreateEnum change) {
        return raw(change);
    }

    @Override
    public Rendered addColumn(AddColumn change) {
        return raw(change);
    }

    @Override
    public Rendered alterColumn(AlterColumn change) {
        return raw(change);
    }

    @Override
    public Rendered addPrimaryKey(AddPrimaryKey change) {
        return raw(change);
    }

    @Override
    public Rendered dropPrimaryKey(DropPrimaryKey change) {
        return raw(change);
    }

    @Override
    public Rendered createIndex(CreateIndex change) {
        return raw(change);
    }

    @Override
    public Rendered renameIndex(RenameIndex change) {
        return raw(change);
    }

    @Override
    public Rendered renameConstraint(RenameConstraint change) {
        return raw(change);
    }

    @Override
    public Rendered setTableComment(SetTableComment change) {
        return raw(change);
    }

    @Override
    public Rendered rebuildTable(RebuildTable change) {
        return raw(change);
    }

    @Override
    public Rendered replaceJoinTable(ReplaceJoinTable change) {
        return raw(change);
    }
}
