package dev.zmodel.model;

import dev.zmodel.ZModelException;
import dev.zmodel.lang.DatabaseNames;
import dev.zmodel.lang.ast.Attribute;
import dev.zmodel.lang.ast.DataModel;
import dev.zmodel.lang.ast.Expr;
import dev.zmodel.lang.ast.Field;
import dev.zmodel.schema.AutoIncrement;
import dev.zmodel.schema.Column;
import dev.zmodel.schema.ColumnType;
import dev.zmodel.schema.Index;
import dev.zmodel.schema.IndexColumn;
import dev.zmodel.schema.NullsOrder;
import dev.zmodel.schema.PrimaryKey;
import dev.zmodel.schema.QualifiedName;
import dev.zmodel.schema.SortOrder;
import dev.zmodel.schema.Table;
import dev.zmodel.schema.TableTraits;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One model → one table: its columns, primary key ({@code @id}/{@code @@id}), unique indexes
 * ({@code @unique}/{@code @@unique}) and indexes ({@code @@index}, {@code @@fulltext}) with Prisma's default
 * names. Foreign keys are added by {@link ForeignKeys}.
 */
final class TableBuilder {
    private final ModelContext ctx;
    private final ColumnBuilder columns;

    TableBuilder(ModelContext ctx) {
        this.ctx = ctx;
        this.columns = new ColumnBuilder(ctx);
    }

    Table build(DataModel model) {
        QualifiedName name = ctx.table(model);
        List<Column> cols = new ArrayList<>();
        for (Field f : ctx.fields(model)) {
            Column c = columns.column(model, f);
            if (c != null) {
                cols.add(c);
            }
        }
        PrimaryKey pk = primaryKey(model, name.name());
        cols = checkAutoIncrement(model, cols, pk);
        List<Index> indexes = indexes(model, name.name(), cols);
        return new Table(
                name.schema(), name.name(), cols, pk, indexes, List.of(), List.of(), List.of(), null, TableTraits.NONE);
    }

    private List<Column> checkAutoIncrement(DataModel model, List<Column> cols, PrimaryKey pk) {
        if (!ctx.facts.rowidAutoIncrement()) {
            return cols;
        }
        List<Column> out = new ArrayList<>();
        for (Column c : cols) {
            boolean singleKey = pk != null && pk.columns().equals(List.of(c.name()));
            if (singleKey) {
                c = ColumnBuilder.rowidAlias(c);
            }
            if (c.autoIncrement() == AutoIncrement.ROWID_AUTOINCREMENT
                    && (!singleKey || !c.type().raw().strip().equalsIgnoreCase("INTEGER"))) {
                throw new ZModelException(ctx.where(model) + ": on SQLite, autoincrement() needs an Int @id (INTEGER "
                        + "PRIMARY KEY AUTOINCREMENT); column " + c.name()
                        + " is not one. Make it the model's Int @id, or "
                        + "remove @default(autoincrement()).");
            }
            out.add(c);
        }
        return out;
    }

    // ---------------------------------------------------------------- primary key

    private PrimaryKey primaryKey(DataModel model, String table) {
        List<String> ids = ctx.idFieldNames(model);
        if (ids.isEmpty()) {
            return null;
        }
        String where = ctx.where(model);
        List<String> columnNames = ids.stream()
                .map(f -> DatabaseNames.column(ctx.field(model, f, where)))
                .toList();
        String map = idAttribute(model)
                .flatMap(a -> a.named("map"))
                .flatMap(Expr::asString)
                .orElse(null);
        String fixed = ctx.facts.primaryKeyName();
        String name = fixed == null ? map != null ? map : ctx.names.primaryKey(table) : fixed.isEmpty() ? null : fixed;
        return new PrimaryKey(name, columnNames);
    }

    private Optional<Attribute> idAttribute(DataModel model) {
        for (Field f : ctx.index.allFields(model)) {
            if (f.has("@id")) {
                return f.attribute("@id");
            }
        }
        return ctx.attributes(model).stream()
                .filter(a -> a.name().equals("@@id"))
                .reduce((a, b) -> b);
    }

    // ---------------------------------------------------------------- indexes

    private List<Index> indexes(DataModel model, String table, List<Column> cols) {
        List<Index> out = new ArrayList<>();
        for (Field f : ctx.fields(model)) {
            Optional<Attribute> unique = f.attribute("@unique");
            if (unique.isPresent() && !ctx.resolve(f).isRelation()) {
                Attribute a = unique.get();
                SortOrder sort = a.named("sort")
                        .flatMap(Expr::asReference)
                        .filter("Desc"::equals)
                        .map(s -> SortOrder.DESC)
                        .orElse(SortOrder.ASC);
                Integer length = a.named("length")
                        .filter(Expr.NumberLiteral.class::isInstance)
                        .map(e -> Integer.valueOf(((Expr.NumberLiteral) e).text()))
                        .orElse(null);
                out.add(index(model, table, cols, a, List.of(new KeyPart(f.name(), sort, length, null)), true, false));
            }
        }
        for (Attribute a : ctx.attributes(model)) {
            switch (a.name()) {
                case "@@unique" -> out.add(index(model, table, cols, a, parts(model, a), true, false));
                case "@@index" -> out.add(index(model, table, cols, a, parts(model, a), false, false));
                case "@@fulltext" -> {
                    if (!ctx.facts.fulltextIndexes()) {
                        throw new ZModelException(ctx.where(model) + ": @@fulltext is only supported on MySQL; use "
                                + "@@index on this provider, or remove it.");
                    }
                    out.add(index(model, table, cols, a, parts(model, a), false, true));
                }
                default -> {}
            }
        }
        out.sort(Comparator.comparing(Index::name));
        return out;
    }

    private List<KeyPart> parts(DataModel model, Attribute a) {
        return KeyPart.list(
                a.arg("fields", 0)
                        .orElseThrow(() -> new ZModelException(ctx.where(model) + ": " + a.name()
                                + " needs a list of fields, e.g. " + a.name() + "([email]).")),
                ctx.where(model));
    }

    private Index index(
            DataModel model,
            String table,
            List<Column> cols,
            Attribute a,
            List<KeyPart> parts,
            boolean unique,
            boolean fulltext) {
        String where = ctx.where(model) + " " + a.name();
        String method = method(a, where);
        List<IndexColumn> keyColumns = new ArrayList<>();
        for (KeyPart part : parts) {
            String column = DatabaseNames.column(ctx.field(model, part.field(), where));
            Integer length = part.length();
            if (length != null && !ctx.facts.indexPrefixLengths()) {
                ctx.warn(where + ": length: " + length + " on " + part.field() + " is only supported on MySQL; "
                        + "the index uses the whole column.");
                length = null;
            }
            String ops = part.ops();
            if (ops != null && !ctx.facts.operatorClasses()) {
                ctx.warn(where + ": ops: on " + part.field() + " is only supported on PostgreSQL; left out.");
                ops = null;
            }
            if (ops != null) {
                ColumnType type = cols.stream()
                        .filter(c -> c.name().equals(column))
                        .findFirst()
                        .map(Column::type)
                        .orElse(null);
                if (type != null && OperatorClasses.isDefault(method, ops, type)) {
                    ops = null;
                }
            }
            keyColumns.add(new IndexColumn(column, null, part.sort(), NullsOrder.DEFAULT, ops, length));
        }
        List<String> columnNames = keyColumns.stream().map(IndexColumn::column).toList();
        String name = a.named("map")
                .flatMap(Expr::asString)
                .orElse(unique ? ctx.names.unique(table, columnNames) : ctx.names.index(table, columnNames));
        // a name the database chooses itself (SQLite's sqlite_autoindex_*) is an inline UNIQUE, created without it
        boolean inline = unique && ctx.dialect.isAutomaticIndexName(name);
        return new Index(name, keyColumns, unique, inline, method, null, fulltext, false);
    }

    private String method(Attribute a, String where) {
        String type = a.named("type").flatMap(Expr::asReference).orElse(null);
        if (type == null || type.equals("BTree")) {
            return null;
        }
        if (!ctx.facts.indexMethods()) {
            ctx.warn(where + ": type: " + type + " is only supported on PostgreSQL; the index is a B-tree.");
            return null;
        }
        return switch (type) {
            case "Hash" -> "hash";
            case "Gist" -> "gist";
            case "Gin" -> "gin";
            case "SpGist" -> "spgist";
            case "Brin" -> "brin";
            default ->
                throw new ZModelException(
                        where + ": unknown index type " + type + "; use BTree, Hash, Gist, Gin, " + "SpGist or Brin.");
        };
    }
}
