package dev.zmodel.liquibase;

import dev.zmodel.diff.AddForeignKey;
import dev.zmodel.diff.AddPrimaryKey;
import dev.zmodel.diff.CreateIndex;
import dev.zmodel.diff.CreateTable;
import dev.zmodel.diff.DropColumn;
import dev.zmodel.diff.DropForeignKey;
import dev.zmodel.diff.DropIndex;
import dev.zmodel.diff.DropPrimaryKey;
import dev.zmodel.diff.DropTable;
import dev.zmodel.diff.RenameTable;
import dev.zmodel.diff.SchemaChange;
import dev.zmodel.diff.ddl.MySqlDdl;

import java.util.function.Supplier;

/**
 * MySQL/MariaDB: Liquibase change classes for drops, table renames, keys, plain indexes and foreign keys; raw
 * SQL for column definitions ({@code MODIFY} restates the whole column) and column renames (Liquibase 4.33's
 * {@code renameColumn} writes {@code CHANGE old new <type>}, which drops NOT NULL, defaults, auto-increment and
 * comments that are not restated; {@code RENAME COLUMN} keeps them).
 */
final class MySqlLiquibaseChanges extends LiquibaseChanges {
    MySqlLiquibaseChanges() {
        super(new MySqlDdl());
    }

    @Override
    String offlineUrl() {
        return "offline:mysql?version=8.0";
    }

    @Override
    public Rendered createTable(CreateTable change) {
        return createTableWithIndexes(change, true);
    }

    @Override
    public Rendered dropTable(DropTable change) {
        return unlessBacktick(change, () -> liquibase(dropTableChange(change.table().qualifiedName()), false));
    }

    @Override
    public Rendered renameTable(RenameTable change) {
        return unlessBacktick(change, () -> liquibase(renameTableChange(change), true));
    }

    @Override
    public Rendered dropColumn(DropColumn change) {
        return unlessBacktick(change, () -> liquibase(dropColumnChange(change), false));
    }

    /** MySQL's primary key is always named {@code PRIMARY}; the name is not stated. */
    @Override
    public Rendered addPrimaryKey(AddPrimaryKey change) {
        return unlessBacktick(change, () -> liquibase(addPrimaryKeyChange(new AddPrimaryKey(change.table(),
                unnamed(change.key()))), true));
    }

    @Override
    public Rendered dropPrimaryKey(DropPrimaryKey change) {
        return unlessBacktick(change, () -> liquibase(dropPrimaryKeyChange(new DropPrimaryKey(change.table(),
                unnamed(change.key()))), false));
    }

    /**
     * Liquibase 4.33 escapes a backtick inside a MySQL name as {@code ""} instead of doubling it, so its change
     * classes would name another object (or fail); a change naming such an object is written as {@link MySqlDdl}'s
     * SQL, which quotes it right. Such a name shows as a doubled backtick in those statements (a doubled backtick
     * for another reason, e.g. in an index expression, only makes a change raw SQL too, which is always correct).
     */
    private Rendered unlessBacktick(SchemaChange change, Supplier<Rendered> viaLiquibase) {
        return ddl.statements(change).stream().anyMatch(s -> s.contains("``")) ? raw(change) : viaLiquibase.get();
    }

    private static dev.zmodel.schema.PrimaryKey unnamed(dev.zmodel.schema.PrimaryKey key) {
        return new dev.zmodel.schema.PrimaryKey(null, key.columns());
    }

    @Override
    public Rendered createIndex(CreateIndex change) {
        return unlessBacktick(change, () -> isPlain(change.index())
                ? liquibase(createIndexChange(change.table(), change.index()), true) : raw(change));
    }

    @Override
    public Rendered dropIndex(DropIndex change) {
        return unlessBacktick(change, () -> liquibase(dropIndexChange(change.table(), change.index()), false));
    }

    @Override
    public Rendered addForeignKey(AddForeignKey change) {
        return unlessBacktick(change, () -> liquibase(addForeignKeyChange(change.table(), change.foreignKey()), true));
    }

    @Override
    public Rendered dropForeignKey(DropForeignKey change) {
        return unlessBacktick(change, () -> liquibase(dropForeignKeyChange(change.table(), change.foreignKey()),
                false));
    }
}
