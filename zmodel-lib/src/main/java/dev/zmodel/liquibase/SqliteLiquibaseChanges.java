package dev.zmodel.liquibase;

import dev.zmodel.diff.AddForeignKey;
import dev.zmodel.diff.CreateIndex;
import dev.zmodel.diff.DropColumn;
import dev.zmodel.diff.DropForeignKey;
import dev.zmodel.diff.RebuildTable;
import dev.zmodel.diff.ddl.SqliteDdl;

/**
 * SQLite: Liquibase has SQL generators for few alterations here (no foreign keys, keys, NOT NULL or type
 * changes; its {@code dropColumn}/{@code addColumn} copy tables with translated types), so only table drops and
 * renames, column renames and plain indexes use change classes (the defaults of {@link LiquibaseChanges}). Everything else is raw SQL, rebuilds included,
 * which run outside a transaction so that {@code PRAGMA foreign_keys} takes effect.
 */
final class SqliteLiquibaseChanges extends LiquibaseChanges {
    SqliteLiquibaseChanges() {
        super(new SqliteDdl());
    }

    @Override
    String dbms() {
        return "sqlite";
    }

    @Override
    String offlineUrl() {
        return "offline:sqlite";
    }

    @Override
    public Rendered createIndex(CreateIndex change) {
        return !change.index().constraint() && isPlain(change.index())
                ? liquibase(createIndexChange(change.table(), change.index()), true)
                : raw(change);
    }

    @Override
    public Rendered dropColumn(DropColumn change) {
        return raw(change);
    }

    @Override
    public Rendered addForeignKey(AddForeignKey change) {
        return raw(change);
    }

    @Override
    public Rendered dropForeignKey(DropForeignKey change) {
        return raw(change);
    }

    @Override
    public Rendered rebuildTable(RebuildTable change) {
        return new Rendered(sql(ddl.statements(change)), false, false);
    }
}
