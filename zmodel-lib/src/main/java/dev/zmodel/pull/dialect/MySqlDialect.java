package dev.zmodel.pull.dialect;

import dev.zmodel.Provider;
import dev.zmodel.lang.ast.Expr;
import dev.zmodel.schema.ForeignKey;
import dev.zmodel.schema.Index;
import dev.zmodel.schema.IndexColumn;
import dev.zmodel.schema.Table;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * MySQL and MariaDB: 64-character identifiers, primary keys always named {@code PRIMARY} (never written),
 * named foreign keys, and the index MySQL creates for each foreign key (named after the constraint).
 */
final class MySqlDialect implements Dialect {
    private static final ConstraintNames NAMES = new ConstraintNames(64);

    @Override
    public Provider provider() {
        return Provider.MYSQL;
    }

    @Override
    public ConstraintNames constraintNames() {
        return NAMES;
    }

    @Override
    public List<ForeignKey> relationOrder(Table table) {
        return table.foreignKeys(); // by constraint name
    }

    @Override
    public boolean namesPrimaryKeys() {
        return false;
    }

    @Override
    public boolean namesForeignKeys() {
        return true;
    }

    @Override
    public boolean joinTableMayUsePrimaryKey() {
        return false;
    }

    @Override
    public IndexMethod indexMethod(String method) {
        if (method == null || method.equalsIgnoreCase("btree")) {
            return IndexMethod.DEFAULT;
        }
        return method.toLowerCase(Locale.ROOT).equals("fulltext") ? IndexMethod.DEFAULT : IndexMethod.unsupported();
    }

    @Override
    public Optional<Expr> operatorClass(String operatorClass) {
        return Optional.empty();
    }

    /**
     * A plain index on exactly a foreign key's columns, named as MySQL names the index it creates for a foreign key:
     * after the constraint, or — for a key declared without a name — after its first column.
     */
    @Override
    public boolean isForeignKeyIndex(Table table, Index index) {
        if (index.unique() || index.fulltext() || index.hasExpressions()) {
            return false;
        }
        List<String> columns = index.columns().stream().map(IndexColumn::column).toList();
        boolean plain = index.columns().stream().allMatch(c -> c.length() == null
                && c.order() == dev.zmodel.schema.SortOrder.ASC);
        return plain && table.foreignKeys().stream()
                .anyMatch(fk -> fk.columns().equals(columns)
                        && (index.name().equals(fk.name()) || index.name().equals(fk.columns().get(0))));
    }
}
