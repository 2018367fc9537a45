package dev.zmodel.liquibase;

import dev.zmodel.diff.CreateIndex;
import dev.zmodel.diff.CreateTable;
import dev.zmodel.diff.DropIndex;
import dev.zmodel.diff.DropTable;
import dev.zmodel.diff.RebuildTable;
import dev.zmodel.diff.RenameColumn;
import dev.zmodel.diff.RenameTable;
import dev.zmodel.diff.ddl.SqliteDdl;

/**
 * SQLite: Liquibase has SQL generators for few alterations here (no foreign keys, keys, NOT NULL or type
 * changes; its {@code dropColumn}/{@code addColumn} copy tables with translated types), so only table drops and
 * renames, column renames and plain indexes use change classes. Everything else is raw SQL, rebuilds included,
 * which run outside a transaction so that {@code PRAGMA foreign_keys} takes effect.
 */
final class SqliteLiquibaseChanges extends LiquibaseChanges {
    SqliteLiquibaseChanges() {
        super(new SqliteDdl());
    }

    @Override
    String offlineUrl() {
        return "offline:sqlite";
    }

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
    public Rendered renameColumn(RenameColumn change) {
        return liquibase(renameColumnChange(change), true);
    }

    @Override
    public Rendered createIndex(CreateIndex change) {
        return !change.index().constraint() && isPlain(change.index())
                ? liquibase(createIndexChange(change.table(), change.index()), true) : raw(change);
    }

    @Override
    public Rendered dropIndex(DropIndex change) {
        return liquibase(dropIndexChange(change.table(), change.index()), false);
    }

    @Override
    public Rendered rebuildTable(RebuildTable change) {
        return new Rendered(sql(ddl.statements(change)), false, false);
    }
}
