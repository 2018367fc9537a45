package dev.zmodel.introspect;

import dev.zmodel.Provider;
import dev.zmodel.schema.AutoIncrement;
import dev.zmodel.schema.CheckConstraint;
import dev.zmodel.schema.Column;
import dev.zmodel.schema.DatabaseSchema;
import dev.zmodel.schema.ForeignKey;
import dev.zmodel.schema.Generated;
import dev.zmodel.schema.IndexColumn;
import dev.zmodel.schema.NullsOrder;
import dev.zmodel.schema.PrimaryKey;
import dev.zmodel.schema.ReferentialAction;
import dev.zmodel.schema.SortOrder;
import dev.zmodel.schema.StoredObject;
import dev.zmodel.schema.Table;
import dev.zmodel.schema.TableTraits;
import dev.zmodel.schema.View;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads SQLite 3.37+ ({@code main}) with four queries: {@code sqlite_schema} (with {@code pragma_table_list}), and {@code pragma_table_xinfo},
 * {@code pragma_index_list} × {@code pragma_index_xinfo} and {@code pragma_foreign_key_list} each joined with
 * it. What the pragmas do not say comes from the DDL ({@link SqliteDdl}).
 */
public final class SqliteIntrospector implements Introspector {
    private static final int HIDDEN_VIRTUAL = 2;
    private static final int HIDDEN_STORED = 3;
    private static final int CID_EXPRESSION = -2;

    @Override
    public Provider provider() {
        return Provider.SQLITE;
    }

    @Override
    public IntrospectionResult read(Connection connection, IntrospectionOptions options) {
        long start = System.nanoTime();
        ConnectionDescription database = Sessions.describe(connection);
        CatalogSession session =
                new CatalogSession(connection, database, options.listener(), SqliteIntrospector::advice);

        Map<String, RelationBuilder> relations = new LinkedHashMap<>();
        Map<String, SqliteDdl.TableDdl> tableDdl = new HashMap<>();
        Map<String, String> indexSql = new HashMap<>();
        List<StoredObject> stored = new ArrayList<>();
        readSchema(session, relations, tableDdl, indexSql, stored);
        Map<String, TreeMap<Integer, String>> primaryKeys = new HashMap<>();
        readColumns(session, relations, tableDdl, primaryKeys);
        readIndexes(session, relations, indexSql);
        readForeignKeys(session, relations, tableDdl, primaryKeys);

        TableFilter filter = TableFilter.of(options);
        List<Table> tables = new ArrayList<>();
        List<View> views = new ArrayList<>();
        for (RelationBuilder r : relations.values()) {
            if (!filter.accepts("main", r.name)) {
                continue;
            }
            if (r.view) {
                views.add(r.toView());
            } else {
                tables.add(r.toTable(false));
            }
        }
        DatabaseSchema schema = new DatabaseSchema(
                Provider.SQLITE,
                database.product(),
                List.of("main"),
                tables,
                views,
                List.of(),
                List.of(),
                stored.stream()
                        .filter(o -> filter.accepts("main", o.table() == null ? o.name() : o.table()))
                        .toList());
        return Sessions.finish(session, schema, start);
    }

    private static void readSchema(
            CatalogSession session,
            Map<String, RelationBuilder> relations,
            Map<String, SqliteDdl.TableDdl> tableDdl,
            Map<String, String> indexSql,
            List<StoredObject> stored) {
        session.query("reading sqlite_schema", SqliteQueries.SCHEMA, row -> {
            String type = row.getString(1);
            String name = row.getString(2);
            String sql = row.getString(4);
            switch (type) {
                case "table" -> {
                    if ("shadow".equals(row.getString(5))) {
                        return; // SQLite's own storage of a virtual table: created and dropped with it
                    }
                    if ("virtual".equals(row.getString(5))) {
                        stored.add(new StoredObject(
                                StoredObject.Kind.VIRTUAL_TABLE, null, name, null, SqliteDdl.virtualTableModule(sql)));
                        return;
                    }
                    RelationBuilder r = new RelationBuilder(null, name, false);
                    SqliteDdl.TableDdl ddl = SqliteDdl.parseTable(sql);
                    tableDdl.put(name, ddl);
                    r.traits = ddl.withoutRowid()
                            ? new TableTraits(false, null, List.of(), false, false, true)
                            : TableTraits.NONE;
                    for (SqliteDdl.CheckDdl check : ddl.checks()) {
                        r.checks.add(new CheckConstraint(check.name(), check.expression()));
                    }
                    relations.put(name, r);
                }
                case "view" -> {
                    RelationBuilder r = new RelationBuilder(null, name, true);
                    r.definition = SqliteDdl.viewBody(sql);
                    relations.put(name, r);
                }
                case "trigger" ->
                    stored.add(new StoredObject(
                            StoredObject.Kind.TRIGGER, null, name, row.getString(3), SqliteDdl.triggerTiming(sql)));
                default -> indexSql.put(name, sql);
            }
        });
    }

    private static void readColumns(
            CatalogSession session,
            Map<String, RelationBuilder> relations,
            Map<String, SqliteDdl.TableDdl> tableDdl,
            Map<String, TreeMap<Integer, String>> primaryKeys) {
        List<PendingColumn> pending = new ArrayList<>();
        SqliteTypes.Cache types = new SqliteTypes.Cache();
        TableProgress progress = TableProgress.start(session, relations.size());
        session.query("reading columns", SqliteQueries.COLUMNS, row -> {
            RelationBuilder r = relations.get(row.getString(1));
            int hidden = row.getInt(7);
            if (r == null || hidden == 1) {
                return; // hidden columns of virtual tables
            }
            progress.columnOf(r);
            String name = row.getString(2);
            String declared = row.getString(3);
            int pk = row.getInt(6);
            SqliteDdl.ColumnDdl ddl = r.view
                    ? SqliteDdl.ColumnDdl.NONE
                    : tableDdl.getOrDefault(r.name, SqliteDdl.TableDdl.EMPTY).column(name);
            Generated generated = null;
            if (hidden == HIDDEN_VIRTUAL || hidden == HIDDEN_STORED) {
                generated = new Generated(ddl.generatedExpression(), hidden == HIDDEN_STORED);
            }
            if (pk > 0 && !r.view) {
                primaryKeys.computeIfAbsent(r.name, k -> new TreeMap<>()).put(pk, name);
            }
            String def = row.getString(5);
            if (def != null && def.equalsIgnoreCase("NULL")) {
                def = null; // DEFAULT NULL is no default
            }
            pending.add(new PendingColumn(
                    r,
                    new Column(
                            name,
                            types.decode(declared),
                            row.getInt(4) == 0,
                            def,
                            AutoIncrement.NONE,
                            generated,
                            null,
                            null,
                            ddl.collation()),
                    ddl));
        });
        progress.finish();
        // the primary key is known only after all rows: rowid aliases are decided afterwards
        for (PendingColumn p : pending) {
            RelationBuilder r = p.relation();
            Column c = p.column();
            SqliteDdl.ColumnDdl ddl = p.ddl();
            TreeMap<Integer, String> pk = primaryKeys.get(r.name);
            if (!r.view && isRowidAlias(c, ddl, pk, r.traits.withoutRowid())) {
                // a rowid alias never holds NULL, whatever the declaration says
                c = c.withAutoIncrement(ddl.autoincrement() ? AutoIncrement.ROWID_AUTOINCREMENT : AutoIncrement.ROWID)
                        .withNullable(false);
            }
            r.columns.add(c);
        }
        primaryKeys.forEach((table, columns) ->
                relations.get(table).primaryKey = new PrimaryKey(null, new ArrayList<>(columns.values())));
        inferViewTypes(relations, types);
    }

    /** View columns without a declared type get one inferred from their expression ({@link SqliteViewTypes}). */
    private static void inferViewTypes(Map<String, RelationBuilder> relations, SqliteTypes.Cache types) {
        Map<String, Map<String, String>> declared = new LinkedHashMap<>();
        for (RelationBuilder r : relations.values()) {
            Map<String, String> columns = new LinkedHashMap<>();
            r.columns.forEach(c -> columns.put(c.name(), c.type().raw()));
            declared.put(r.name, columns);
        }
        for (RelationBuilder r : relations.values()) {
            if (!r.view || r.definition == null) {
                continue;
            }
            List<String> expressions = SqliteViewTypes.selectList(r.definition);
            if (expressions.size() != r.columns.size()) {
                continue; // a column list of its own, or SELECT * : the columns cannot be paired
            }
            for (int i = 0; i < r.columns.size(); i++) {
                Column c = r.columns.get(i);
                if (c.type().raw() == null || c.type().raw().isBlank()) {
                    String inferred = SqliteViewTypes.infer(expressions.get(i), SqliteViewTypes.lookup(declared));
                    if (!inferred.isEmpty()) {
                        r.columns.set(i, c.withType(types.decode(inferred)));
                        declared.get(r.name).put(c.name(), inferred);
                    }
                }
            }
        }
    }

    /** {@code INTEGER PRIMARY KEY} (exactly that type, single-column key, not DESC, rowid table). */
    private static boolean isRowidAlias(
            Column c, SqliteDdl.ColumnDdl ddl, TreeMap<Integer, String> pk, boolean withoutRowid) {
        return !withoutRowid
                && pk != null
                && pk.size() == 1
                && pk.firstEntry().getValue().equals(c.name())
                && c.type().raw().strip().equalsIgnoreCase("INTEGER")
                && !ddl.primaryKeyDesc();
    }

    private static void readIndexes(
            CatalogSession session, Map<String, RelationBuilder> relations, Map<String, String> indexSql) {
        Map<String, SqliteDdl.IndexDdl> parsed = new HashMap<>();
        int[] position = new int[1];
        session.query("reading indexes", SqliteQueries.INDEXES, row -> {
            RelationBuilder r = relations.get(row.getString(1));
            String origin = row.getString(4);
            if (r == null || "pk".equals(origin)) {
                return;
            }
            String name = row.getString(2);
            SqliteDdl.IndexDdl ddl = parsed.computeIfAbsent(name, n -> SqliteDdl.parseIndex(indexSql.get(n)));
            RelationBuilder.IndexBuilder index = r.lastIndex(name);
            if (index == null) {
                index = new RelationBuilder.IndexBuilder(name);
                index.unique = row.getInt(3) == 1;
                index.constraint = "u".equals(origin);
                index.predicate = row.getInt(5) == 1 ? ddl.predicate() : null;
                r.indexes.add(index);
                position[0] = 0;
            }
            int cid = row.getInt(6);
            String column = row.getString(7);
            String expression = null;
            if (cid == CID_EXPRESSION) {
                column = null;
                expression = position[0] < ddl.parts().size() ? ddl.parts().get(position[0]) : null;
            }
            position[0]++;
            index.columns.add(new IndexColumn(
                    column,
                    expression,
                    row.getInt(8) == 1 ? SortOrder.DESC : SortOrder.ASC,
                    NullsOrder.DEFAULT,
                    null,
                    null));
        });
    }

    private static void readForeignKeys(
            CatalogSession session,
            Map<String, RelationBuilder> relations,
            Map<String, SqliteDdl.TableDdl> tableDdl,
            Map<String, TreeMap<Integer, String>> primaryKeys) {
        Map<String, Map<Integer, FkParts>> byTable = new LinkedHashMap<>();
        session.query("reading foreign keys", SqliteQueries.FOREIGN_KEYS, row -> {
            String table = row.getString(1);
            if (!relations.containsKey(table)) {
                return;
            }
            int id = row.getInt(2);
            Map<Integer, FkParts> fks = byTable.computeIfAbsent(table, k -> new LinkedHashMap<>());
            FkParts fk = fks.get(id);
            if (fk == null) {
                fk = new FkParts(row.getString(3), action(row.getString(7)), action(row.getString(6)));
                fks.put(id, fk);
            }
            fk.columns.add(row.getString(4));
            fk.referencedColumns.add(row.getString(5));
        });
        byTable.forEach((table, fks) -> {
            List<SqliteDdl.ForeignKeyDdl> declared =
                    tableDdl.getOrDefault(table, SqliteDdl.TableDdl.EMPTY).foreignKeys();
            int i = 0;
            for (FkParts p : fks.values()) {
                SqliteDdl.ForeignKeyDdl ddl = i < declared.size() ? declared.get(i) : null;
                i++;
                if (ddl != null && !sameColumns(ddl.columns(), p.columns)) {
                    ddl = null; // the DDL did not parse as expected: no name rather than a wrong one
                }
                List<String> referenced = p.referencedColumns;
                if (referenced.stream().allMatch(c -> c == null)) {
                    TreeMap<Integer, String> pk = primaryKeys.get(p.table);
                    referenced = pk == null ? List.of() : new ArrayList<>(pk.values());
                }
                relations
                        .get(table)
                        .foreignKeys
                        .add(new ForeignKey(
                                ddl == null ? null : ddl.name(),
                                p.columns,
                                null,
                                p.table,
                                referenced,
                                p.onDelete,
                                p.onUpdate,
                                ddl != null && ddl.deferrable(),
                                ddl != null && ddl.initiallyDeferred()));
            }
        });
    }

    private static boolean sameColumns(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equalsIgnoreCase(b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static ReferentialAction action(String rule) {
        return switch (rule == null ? "" : rule.toUpperCase(Locale.ROOT)) {
            case "CASCADE" -> ReferentialAction.CASCADE;
            case "SET NULL" -> ReferentialAction.SET_NULL;
            case "SET DEFAULT" -> ReferentialAction.SET_DEFAULT;
            case "RESTRICT" -> ReferentialAction.RESTRICT;
            default -> ReferentialAction.NO_ACTION;
        };
    }

    private static String advice(SQLException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if (message.contains("no such table: sqlite_schema") || message.contains("no such table-valued function")) {
            return "SQLite 3.37 or newer is required";
        }
        if (message.contains("not a database") || message.contains("corrupt")) {
            return "Check that the file is an SQLite database";
        }
        return "Check that the SQLite file is readable and not locked by another process";
    }

    private record PendingColumn(RelationBuilder relation, Column column, SqliteDdl.ColumnDdl ddl) {}

    /** A foreign key collected from its per-column pragma rows. */
    private static final class FkParts {
        final String table;
        final ReferentialAction onDelete;
        final ReferentialAction onUpdate;
        final List<String> columns = new ArrayList<>(2);
        final List<String> referencedColumns = new ArrayList<>(2);

        FkParts(String table, ReferentialAction onDelete, ReferentialAction onUpdate) {
            this.table = table;
            this.onDelete = onDelete;
            this.onUpdate = onUpdate;
        }
    }
}
