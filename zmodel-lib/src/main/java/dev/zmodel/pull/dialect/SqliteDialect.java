package dev.zmodel.pull.dialect;

import dev.zmodel.Provider;
import dev.zmodel.lang.ast.Expr;
import dev.zmodel.schema.ForeignKey;
import dev.zmodel.schema.Index;
import dev.zmodel.schema.Table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * SQLite: unnamed primary keys, foreign key names never written, no index methods. Relation fields follow
 * {@code PRAGMA foreign_key_list} order, which is the reverse of declaration order (as Prisma's describer).
 */
final class SqliteDialect implements Dialect {
    private static final ConstraintNames NAMES = new ConstraintNames(10000);

    @Override
    public Provider provider() {
        return Provider.SQLITE;
    }

    @Override
    public ConstraintNames constraintNames() {
        return NAMES;
    }

    @Override
    public List<ForeignKey> relationOrder(Table table) {
        List<ForeignKey> reversed = new ArrayList<>(table.foreignKeys());
        Collections.reverse(reversed);
        return reversed;
    }

    @Override
    public boolean namesPrimaryKeys() {
        return false;
    }

    @Override
    public boolean namesForeignKeys() {
        return false;
    }

    @Override
    public boolean joinTableMayUsePrimaryKey() {
        return false;
    }

    @Override
    public IndexMethod indexMethod(String method) {
        return method == null ? IndexMethod.DEFAULT : IndexMethod.unsupported();
    }

    @Override
    public Optional<Expr> operatorClass(String operatorClass) {
        return Optional.empty();
    }

    @Override
    public boolean isForeignKeyIndex(Table table, Index index) {
        return false;
    }
}
