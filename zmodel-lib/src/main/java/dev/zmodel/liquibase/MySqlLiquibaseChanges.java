package dev.zmodel.liquibase;

import dev.zmodel.diff.AddPrimaryKey;
import dev.zmodel.diff.CreateIndex;
import dev.zmodel.diff.CreateTable;
import dev.zmodel.diff.DropPrimaryKey;
import dev.zmodel.diff.RenameColumn;
import dev.zmodel.diff.SchemaChange;
import dev.zmodel.diff.ddl.MySqlDdl;
import liquibase.change.core.RawSQLChange;

/**
 * MySQL/MariaDB: Liquibase change classes for drops, table renames, keys, plain indexes and foreign keys; raw
 * SQL for column definitions ({@code MODIFY} restates the whole column) and column renames (Liquibase 4.33's
 * {@code renameColumn} writes {@code CHANGE old new <type>}, which drops NOT NULL, defaults, auto-increment and
 * comments that are not restated; {@code RENAME COLUMN} keeps them).
 */
final class MySqlLiquibaseChanges extends LiquibaseChanges {
    MySqlLiquibaseChanges(boolean utf8mb4Tables, java.util.Map<String, String> tableOptions) {
        super(new MySqlDdl(utf8mb4Tables, tableOptions));
    }

    @Override
    String dbms() {
        return "mysql,mariadb";
    }

    @Override
    String offlineUrl() {
        return "offline:mysql?version=8.0";
    }

    @Override
    public Rendered createTable(CreateTable change) {
        return createTableWithIndexes(change, true);
    }

    /**
     * Liquibase 4.33 escapes a backtick inside a MySQL name as {@code ""} instead of doubling it, so its change
     * classes would miss the object (or hit another one); a change naming such an object is written as
     * {@link MySqlDdl}'s SQL, which quotes it right. Such a name shows as a doubled backtick in those statements (a
     * doubled backtick for another reason, e.g. in an index expression, only makes a change raw SQL too, which is
     * always correct).
     */
    @Override
    Rendered render(SchemaChange change) {
        Rendered rendered = super.render(change);
        boolean liquibaseClasses = rendered.changes().stream().anyMatch(c -> !(c instanceof RawSQLChange));
        return liquibaseClasses && ddl.statements(change).stream().anyMatch(s -> s.contains("``"))
                ? raw(change)
                : rendered;
    }

    /** MySQL's primary key is always named {@code PRIMARY}; the name is not stated. */
    @Override
    public Rendered addPrimaryKey(AddPrimaryKey change) {
        return liquibase(addPrimaryKeyChange(new AddPrimaryKey(change.table(), unnamed(change.key()))), true);
    }

    @Override
    public Rendered dropPrimaryKey(DropPrimaryKey change) {
        return liquibase(dropPrimaryKeyChange(new DropPrimaryKey(change.table(), unnamed(change.key()))), false);
    }

    private static dev.zmodel.schema.PrimaryKey unnamed(dev.zmodel.schema.PrimaryKey key) {
        return new dev.zmodel.schema.PrimaryKey(null, key.columns());
    }

    @Override
    public Rendered createIndex(CreateIndex change) {
        return isPlain(change.index())
                ? liquibase(createIndexChange(change.table(), change.index()), true)
                : raw(change);
    }

    /** Raw {@code RENAME COLUMN}: see the class comment. */
    @Override
    public Rendered renameColumn(RenameColumn change) {
        return raw(change);
    }
}
