package dev.zmodel.diff;

import dev.zmodel.Provider;
import dev.zmodel.dialect.Dialect;
import dev.zmodel.dialect.MappedType;
import dev.zmodel.schema.AutoIncrement;
import dev.zmodel.schema.Column;
import dev.zmodel.schema.ColumnType;
import dev.zmodel.schema.Index;
import dev.zmodel.schema.Table;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * SQLite: declared types compared case-insensitively, unnamed keys, rowid aliases, and the alterations SQLite
 * cannot make in place (they need a {@link RebuildTable}).
 */
final class SqliteDiffRules implements DiffRules {
    @Override
    public Dialect dialect() {
        return Dialect.of(Provider.SQLITE);
    }

    /**
     * Declared types are the same when the type table gives them one ZModel type ({@code NVARCHAR(40)} and
     * {@code TEXT} are both {@code String}, {@code INT} and {@code INTEGER} both {@code Int}): SQLite stores a value
     * by its column's type affinity, not by the declared name, and ZModel has no {@code @db.*} types on SQLite to
     * state one. Types the table cannot map compare by their declaration.
     */
    @Override
    public boolean sameType(ColumnType from, ColumnType to, String tableSchema) {
        MappedType a = dialect().types().toZModelByZenStackRules(Column.of("c", from, true));
        MappedType b = dialect().types().toZModelByZenStackRules(Column.of("c", to, true));
        if (a instanceof MappedType.Scalar x && b instanceof MappedType.Scalar y) {
            return a.equals(b)
                    || Objects.equals(x.nativeType(), y.nativeType())
                            && dialect().types().storedAlike(x.type(), y.type());
        }
        return from.name().equalsIgnoreCase(to.name())
                && Objects.equals(from.length(), to.length())
                && Objects.equals(from.precision(), to.precision())
                && Objects.equals(from.scale(), to.scale());
    }

    /**
     * {@code INTEGER PRIMARY KEY} is always a rowid alias, whether a side says so or not, and it assigns ids with or
     * without the {@code AUTOINCREMENT} keyword (which only forbids reusing the ids of deleted rows): all three are
     * one auto-increment, so a database whose keys lack the keyword is not rebuilt to add it. Only a column declared
     * {@code INTEGER} is a rowid alias: a {@code BIGINT} or {@code INT} key (stored alike, so {@link #sameType} does
     * not tell them apart) becoming an auto-increment is a change.
     */
    @Override
    public boolean sameAutoIncrement(Column from, Column to, Table toTable) {
        if (autoincrementOverNonRowid(from, to) || autoincrementOverNonRowid(to, from)) {
            return false;
        }
        return plain(from.autoIncrement()) == plain(to.autoIncrement());
    }

    /** One side asks for AUTOINCREMENT, the other is a key that is not a rowid alias (not declared INTEGER). */
    private static boolean autoincrementOverNonRowid(Column a, Column b) {
        return a.autoIncrement() == AutoIncrement.ROWID_AUTOINCREMENT
                && b.autoIncrement() == AutoIncrement.NONE
                && !b.type().name().equalsIgnoreCase("integer");
    }

    private static AutoIncrement plain(AutoIncrement value) {
        return value == AutoIncrement.ROWID || value == AutoIncrement.ROWID_AUTOINCREMENT ? AutoIncrement.NONE : value;
    }

    /**
     * SQLite lets a primary key column that is not a rowid alias hold NULL (a quirk it keeps for old databases);
     * ZModel ids are required and cannot state it, and a table is not rebuilt for it.
     */
    @Override
    public boolean sameNullability(Column from, Column to, Table fromTable) {
        return from.nullable() == to.nullable()
                || from.nullable()
                        && fromTable.primaryKey() != null
                        && fromTable.primaryKey().columns().contains(from.name());
    }

    @Override
    public boolean sameIndexName(Index from, Index to) {
        return from.name().equals(to.name())
                || from.constraint()
                        && dialect().isAutomaticIndexName(from.name())
                        && to.unique()
                        && from.columnNames().equals(to.columnNames());
    }

    @Override
    public boolean requiresRebuild(SchemaChange change, Table table) {
        if (change instanceof AlterColumn
                || change instanceof AddPrimaryKey
                || change instanceof DropPrimaryKey
                || change instanceof AddForeignKey
                || change instanceof DropForeignKey
                || change instanceof RenameConstraint) {
            return true;
        }
        if (change instanceof CreateIndex c) {
            return c.index().constraint();
        }
        if (change instanceof DropIndex d) {
            return d.index().constraint();
        }
        if (change instanceof AddColumn a) {
            Column c = a.column();
            return a.requiredWithoutDefault()
                    || !isConstant(c.defaultValue())
                    || c.autoIncrement().isAuto()
                    || (c.generated() != null && c.generated().stored());
        }
        if (change instanceof DropColumn d) {
            String name = d.column().name();
            return table.primaryKey() != null && table.primaryKey().columns().contains(name)
                    || table.indexes().stream()
                            .anyMatch(i -> i.columnNames().contains(name) || i.isPartial() || i.hasExpressions())
                    || table.foreignKeys().stream().anyMatch(fk -> fk.columns().contains(name));
        }
        return false;
    }

    /** SQLite's ADD COLUMN accepts only constant defaults (no {@code CURRENT_TIMESTAMP}, no expressions). */
    private static boolean isConstant(String expression) {
        if (expression == null) {
            return true;
        }
        String e = expression.trim();
        return e.matches("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?")
                || e.matches("(?s)'.*'")
                || e.matches("(?i)[xX]'[0-9a-f]*'")
                || e.equalsIgnoreCase("null")
                || e.equalsIgnoreCase("true")
                || e.equalsIgnoreCase("false");
    }

    /**
     * SQLite keeps every value whatever the declared type; only a change of type affinity may convert values. Text
     * affinity keeps integers, booleans, text, dates and JSON exactly (as their text), and numeric affinity keeps
     * integers.
     */
    @Override
    public DataLoss typeChangeRisk(ColumnType from, ColumnType to) {
        TypeFamily a = family(from);
        TypeFamily b = family(to);
        if (a == b
                || b == TypeFamily.STRING
                        && Set.of(
                                        TypeFamily.INTEGER,
                                        TypeFamily.BOOLEAN,
                                        TypeFamily.DATE,
                                        TypeFamily.DATETIME,
                                        TypeFamily.JSON)
                                .contains(a)
                || a == TypeFamily.INTEGER && (b == TypeFamily.DECIMAL || b == TypeFamily.BOOLEAN)) {
            return DataLoss.SAFE;
        }
        return DataLoss.DATA_DEPENDENT;
    }

    /**
     * A rebuild copies the values into the new column, whose affinity converts text only when it is a well-formed
     * number; other text stays text, in a column the client reads as a number. Nothing makes the copy fail.
     */
    @Override
    public java.util.List<ConversionCheck> conversionChecks(ColumnType from, ColumnType to, String column) {
        TypeFamily b = family(to);
        if (family(from) == TypeFamily.STRING
                && (b == TypeFamily.INTEGER || b == TypeFamily.FLOAT || b == TypeFamily.DECIMAL)) {
            return java.util.List.of(new ConversionCheck(
                    "typeof(" + column + ") = 'text' AND " + column + " <> CAST(" + column + " AS NUMERIC)",
                    false,
                    "are not numbers; SQLite would keep them as text in the " + to.name() + " column"));
        }
        return java.util.List.of();
    }

    @Override
    public TypeFamily family(ColumnType type) {
        String name = type.name().toLowerCase(Locale.ROOT);
        if (name.contains("int")) {
            return TypeFamily.INTEGER;
        }
        if (name.contains("char") || name.contains("clob") || name.contains("text")) {
            return TypeFamily.STRING;
        }
        if (name.isEmpty() || name.contains("blob")) {
            return TypeFamily.BINARY;
        }
        if (name.contains("real") || name.contains("floa") || name.contains("doub")) {
            return TypeFamily.FLOAT;
        }
        if (name.startsWith("bool")) {
            return TypeFamily.BOOLEAN;
        }
        if (name.equals("date")) {
            return TypeFamily.DATE;
        }
        if (name.startsWith("datetime") || name.startsWith("timestamp")) {
            return TypeFamily.DATETIME;
        }
        if (name.startsWith("json")) {
            return TypeFamily.JSON;
        }
        return TypeFamily.DECIMAL;
    }

    @Override
    public Integer size(ColumnType type) {
        return null;
    }
}
