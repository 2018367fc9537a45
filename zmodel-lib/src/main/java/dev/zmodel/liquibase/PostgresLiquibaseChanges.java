package dev.zmodel.liquibase;

import dev.zmodel.diff.AddPrimaryKey;
import dev.zmodel.diff.AlterColumn;
import dev.zmodel.diff.ColumnChange;
import dev.zmodel.diff.CreateIndex;
import dev.zmodel.diff.DropIndex;
import dev.zmodel.diff.DropPrimaryKey;
import dev.zmodel.diff.RenameColumn;
import dev.zmodel.diff.RenameTable;
import dev.zmodel.diff.ddl.PostgresDdl;
import liquibase.change.core.AddNotNullConstraintChange;
import liquibase.change.core.AddUniqueConstraintChange;
import liquibase.change.core.DropNotNullConstraintChange;
import liquibase.change.core.DropUniqueConstraintChange;

import java.util.Set;

/**
 * PostgreSQL: Liquibase change classes for drops, renames, keys, unique constraints, plain indexes, foreign
 * keys and NOT NULL toggles; raw SQL for enums, schemas, column definitions and casts.
 */
final class PostgresLiquibaseChanges extends LiquibaseChanges {
    PostgresLiquibaseChanges(String defaultSchema) {
        super(new PostgresDdl(defaultSchema));
    }

    @Override
    String dbms() {
        return "postgresql";
    }

    @Override
    String offlineUrl() {
        return "offline:postgresql?version=15.0";
    }

    /** Liquibase's renameTable, unless serial sequences must be renamed too (raw SQL, {@code IF EXISTS}). */
    @Override
    public Rendered renameTable(RenameTable change) {
        boolean serial = change.table().columns().stream()
                .anyMatch(c -> c.autoIncrement() == dev.zmodel.schema.AutoIncrement.SEQUENCE);
        return serial ? raw(change) : super.renameTable(change);
    }

    @Override
    public Rendered renameColumn(RenameColumn change) {
        return change.column().autoIncrement() == dev.zmodel.schema.AutoIncrement.SEQUENCE
                ? raw(change)
                : super.renameColumn(change);
    }

    /**
     * A NOT NULL toggle alone is Liquibase's add/dropNotNullConstraint; anything else (a backfill of NULLs with the
     * default included) is raw ALTER COLUMN.
     */
    @Override
    public Rendered alterColumn(AlterColumn change) {
        if (!change.changes().equals(Set.of(ColumnChange.NULLABILITY)) || change.backfillsNulls()) {
            return raw(change);
        }
        if (change.to().nullable()) {
            DropNotNullConstraintChange c = new DropNotNullConstraintChange();
            c.setSchemaName(schema(change.table()));
            c.setTableName(change.table().name());
            c.setColumnName(change.to().name());
            c.setColumnDataType(ddl.type(change.to().type(), change.table().schema()));
            return liquibase(c, true);
        }
        AddNotNullConstraintChange c = new AddNotNullConstraintChange();
        c.setSchemaName(schema(change.table()));
        c.setTableName(change.table().name());
        c.setColumnName(change.to().name());
        c.setColumnDataType(ddl.type(change.to().type(), change.table().schema()));
        return liquibase(c, true);
    }

    @Override
    public Rendered addPrimaryKey(AddPrimaryKey change) {
        return liquibase(addPrimaryKeyChange(change), change.key().name() != null);
    }

    @Override
    public Rendered dropPrimaryKey(DropPrimaryKey change) {
        return liquibase(dropPrimaryKeyChange(change), false);
    }

    @Override
    public Rendered createIndex(CreateIndex change) {
        var index = change.index();
        if (index.constraint() && !index.nullsNotDistinct()) { // Liquibase's change cannot state NULLS NOT DISTINCT
            AddUniqueConstraintChange c = new AddUniqueConstraintChange();
            c.setSchemaName(schema(change.table()));
            c.setTableName(change.table().name());
            c.setConstraintName(index.name());
            c.setColumnNames(String.join(", ", index.columnNames()));
            if (index.deferrable()) {
                c.setDeferrable(true);
            }
            return liquibase(c, true);
        }
        return isPlain(index) ? liquibase(createIndexChange(change.table(), index), true) : raw(change);
    }

    @Override
    public Rendered dropIndex(DropIndex change) {
        if (change.index().constraint()) {
            DropUniqueConstraintChange c = new DropUniqueConstraintChange();
            c.setSchemaName(schema(change.table()));
            c.setTableName(change.table().name());
            c.setConstraintName(change.index().name());
            return liquibase(c, false);
        }
        return super.dropIndex(change);
    }
}
