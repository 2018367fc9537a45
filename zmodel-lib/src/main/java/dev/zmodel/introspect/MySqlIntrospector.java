package dev.zmodel.introspect;

import dev.zmodel.Provider;
import dev.zmodel.dialect.Dialect;
import dev.zmodel.schema.AutoIncrement;
import dev.zmodel.schema.CheckConstraint;
import dev.zmodel.schema.Column;
import dev.zmodel.schema.ColumnType;
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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads MySQL 8 and MariaDB 10.6+ (the connection's current database) with six {@code information_schema}
 * queries: current database, tables (+ views), columns, index parts, foreign-key parts, check constraints.
 * Differences between the two servers are decided by {@link MySqlFlavor}.
 */
public final class MySqlIntrospector implements Introspector {
    private static final java.util.Set<String> SYSTEM_DATABASES =
            java.util.Set.of("mysql", "information_schema", "performance_schema", "sys");

    @Override
    public Provider provider() {
        return Provider.MYSQL;
    }

    @Override
    public IntrospectionResult read(Connection connection, IntrospectionOptions options) {
        long start = System.nanoTime();
        ConnectionDescription database = Sessions.describe(connection);
        MySqlFlavor flavor = MySqlFlavor.of(database);
        CatalogSession session =
                new CatalogSession(connection, database, options.listener(), MySqlIntrospector::advice);

        String[] current = new String[1];
        session.query(
                "reading the current database", MySqlQueries.CURRENT_DATABASE, row -> current[0] = row.getString(1));
        String db = current[0];
        if (db == null) {
            throw session.failure(
                    "reading the current database",
                    "the connection has no current database",
                    "Name the database in the connection URL (jdbc:mysql://host:3306/<database>)");
        }
        if (SYSTEM_DATABASES.contains(db.toLowerCase(Locale.ROOT))) {
            throw session.failure(
                    "reading the current database",
                    "\"" + db + "\" is a system database",
                    "Connect to the application's database instead (name it in the connection URL)");
        }
        CatalogSession.Binder bind = statement -> statement.setString(1, db);
        CatalogSession.Binder bindTwice = statement -> {
            statement.setString(1, db);
            statement.setString(2, db);
        };

        Map<String, RelationBuilder> relations = new LinkedHashMap<>();
        Map<String, String> tableCollations = new HashMap<>();
        List<StoredObject> fromTables = new ArrayList<>();
        readTables(session, bindTwice, relations, tableCollations, fromTables);
        readColumns(session, bind, flavor, db, relations, tableCollations);
        readIndexes(session, bind, flavor, relations);
        readForeignKeys(session, bind, db, relations);
        if (flavor.hasCheckConstraints()) {
            readChecks(session, bind, flavor, relations);
        }
        List<StoredObject> stored = new ArrayList<>();
        session.query(
                "reading triggers, routines and events",
                MySqlQueries.STORED_OBJECTS,
                statement -> {
                    for (int i = 1; i <= 3; i++) {
                        statement.setString(i, db);
                    }
                },
                row -> stored.add(new StoredObject(
                        StoredObject.Kind.valueOf(row.getString(1)),
                        null,
                        row.getString(2),
                        row.getString(3),
                        row.getString(4))));
        // in the query's order, by kind and then name: sequences and storage settings by name as the catalog's
        // collation orders ASCII names (case-insensitively), settings shared by several tables in table order
        fromTables.sort(Comparator.comparing(StoredObject::name, String.CASE_INSENSITIVE_ORDER));
        stored.addAll(fromTables);
        stored.sort(Comparator.comparing(o -> o.kind().name()));

        TableFilter filter = TableFilter.of(options);
        List<Table> tables = new ArrayList<>();
        List<View> views = new ArrayList<>();
        for (RelationBuilder r : relations.values()) {
            if (!filter.accepts(db, r.name)) {
                continue;
            }
            if (r.view) {
                baseDefaults(r, relations, db);
                views.add(r.toView());
            } else {
                if (flavor.jsonIsLongtext()) {
                    recognizeMariaDbJson(r);
                }
                tables.add(r.toTable(true));
            }
        }
        DatabaseSchema schema = new DatabaseSchema(
                Provider.MYSQL,
                database.product(),
                List.of(db),
                tables,
                views,
                List.of(),
                List.of(),
                stored.stream()
                        .filter(o -> o.table() == null || filter.accepts(db, o.table()))
                        .toList());
        return Sessions.finish(session, schema, start);
    }

    /** {@code `db`.`table`.`column` AS `alias`} in a view definition as the catalog prints it. */
    private static final java.util.regex.Pattern VIEW_COLUMN = java.util.regex.Pattern.compile(
            "`((?:[^`]|``)+)`\\.`((?:[^`]|``)+)`\\.`((?:[^`]|``)+)` AS `((?:[^`]|``)+)`");

    /** {@code `alias`.`column` AS `alias`}: a column of a table the view names with an alias. */
    private static final java.util.regex.Pattern ALIASED_VIEW_COLUMN =
            java.util.regex.Pattern.compile("(?<![`.])`((?:[^`]|``)+)`\\.`((?:[^`]|``)+)` AS `((?:[^`]|``)+)`");

    /** {@code `db`.`table` `alias`} in a view's FROM clause as the catalog prints it. */
    private static final java.util.regex.Pattern TABLE_ALIAS =
            java.util.regex.Pattern.compile("`((?:[^`]|``)+)`\\.`((?:[^`]|``)+)` `((?:[^`]|``)+)`");

    /**
     * A view column that is a plain reference to an AUTO_INCREMENT column has no default, as MySQL 8 reports it;
     * MariaDB reports {@code 0}. Other defaults and the nullability of view columns follow the base column in both.
     */
    private static void baseDefaults(RelationBuilder view, Map<String, RelationBuilder> relations, String db) {
        if (view.definition == null) {
            return;
        }
        Map<String, Column> bases = new HashMap<>();
        java.util.regex.Matcher m = VIEW_COLUMN.matcher(view.definition);
        while (m.find()) {
            RelationBuilder base = m.group(1).replace("``", "`").equals(db)
                    ? relations.get(m.group(2).replace("``", "`"))
                    : null;
            String column = m.group(3).replace("``", "`");
            if (base != null && !base.view) {
                base.columns.stream()
                        .filter(c -> c.name().equals(column))
                        .findFirst()
                        .ifPresent(c -> bases.put(m.group(4).replace("``", "`"), c));
            }
        }
        Map<String, RelationBuilder> aliases = new HashMap<>();
        java.util.regex.Matcher a = TABLE_ALIAS.matcher(view.definition);
        while (a.find()) {
            if (a.group(1).replace("``", "`").equals(db)) {
                RelationBuilder base = relations.get(a.group(2).replace("``", "`"));
                if (base != null && !base.view) {
                    aliases.put(a.group(3).replace("``", "`"), base);
                }
            }
        }
        java.util.regex.Matcher r = ALIASED_VIEW_COLUMN.matcher(view.definition);
        while (r.find()) {
            RelationBuilder base = aliases.get(r.group(1).replace("``", "`"));
            String column = r.group(2).replace("``", "`");
            if (base != null) {
                base.columns.stream()
                        .filter(c -> c.name().equals(column))
                        .findFirst()
                        .ifPresent(c -> bases.putIfAbsent(r.group(3).replace("``", "`"), c));
            }
        }
        for (int i = 0; i < view.columns.size(); i++) {
            Column c = view.columns.get(i);
            Column base = bases.get(c.name());
            if (base != null && base.autoIncrement().isAuto() && c.defaultValue() != null) {
                view.columns.set(i, c.withDefault(null));
            }
        }
    }

    /** Tables and views into {@code relations}; sequences and tables' storage settings into {@code stored}. */
    private static void readTables(
            CatalogSession session,
            CatalogSession.Binder bind,
            Map<String, RelationBuilder> relations,
            Map<String, String> collations,
            List<StoredObject> stored) {
        session.query("reading tables and views", MySqlQueries.TABLES, bind, row -> {
            String name = row.getString(1);
            String type = row.getString(2);
            if ("SEQUENCE".equals(type)) {
                stored.add(new StoredObject(StoredObject.Kind.SEQUENCE, null, name, null, null));
                return;
            }
            boolean view = "VIEW".equals(type);
            RelationBuilder r = new RelationBuilder(null, name, view);
            if (view) {
                r.definition = Sessions.viewDefinition(row.getString(5));
            } else {
                r.comment = emptyToNull(row.getString(3));
                collations.put(name, row.getString(4));
                String options = row.getString(6);
                if (options != null && options.toLowerCase(Locale.ROOT).contains("partitioned")) {
                    r.traits = new TableTraits(true, null, List.of(), false, false, false);
                }
                String storage = row.getString(7);
                if (storage != null && !storage.isEmpty()) { // a base or MariaDB's system-versioned table
                    stored.add(new StoredObject(StoredObject.Kind.TABLE_STORAGE, null, storage, name, null));
                }
            }
            relations.put(name, r);
        });
    }

    private static void readColumns(
            CatalogSession session,
            CatalogSession.Binder bind,
            MySqlFlavor flavor,
            String db,
            Map<String, RelationBuilder> relations,
            Map<String, String> collations) {
        TableProgress progress = TableProgress.start(session, relations.size());
        session.query("reading columns", MySqlQueries.COLUMNS, bind, row -> {
            String table = row.getString(1);
            RelationBuilder r = relations.get(table);
            if (r == null) {
                return;
            }
            progress.columnOf(r);
            String dataType = row.getString(5);
            ColumnType type = MySqlTypes.decode(
                    dataType,
                    longOrNull(row, 6),
                    longOrNull(row, 7),
                    longOrNull(row, 8),
                    longOrNull(row, 9),
                    row.getString(10));
            String extra = row.getString(11) == null ? "" : row.getString(11);
            String lowerExtra = extra.toLowerCase(Locale.ROOT);
            String generation = emptyToNull(row.getString(13));
            Generated generated = null;
            String def = MySqlDefaults.unqualifiedSequences(
                    MySqlDefaults.normalize(flavor, row.getString(3), dataType, extra), db);
            if (generation != null
                    && (lowerExtra.contains("virtual generated")
                            || lowerExtra.contains("stored generated")
                            || lowerExtra.contains("persistent generated"))) {
                generated = new Generated(generation, !lowerExtra.contains("virtual"));
                def = null;
            }
            AutoIncrement auto =
                    lowerExtra.contains("auto_increment") ? AutoIncrement.AUTO_INCREMENT : AutoIncrement.NONE;
            String collation = row.getString(14);
            if (collation != null && !r.view && collation.equals(collations.get(table))) {
                collation = null;
            }
            if (r.view) {
                collation = null;
            }
            r.columns.add(new Column(
                    row.getString(2),
                    type,
                    "YES".equals(row.getString(4)),
                    def,
                    auto,
                    generated,
                    emptyToNull(row.getString(12)),
                    MySqlDefaults.onUpdate(extra),
                    collation,
                    // MySQL 8.0.23+ and MariaDB 10.3+: a column SELECT * leaves out
                    lowerExtra.contains("invisible")));
        });
        progress.finish();
    }

    private static void readIndexes(
            CatalogSession session,
            CatalogSession.Binder bind,
            MySqlFlavor flavor,
            Map<String, RelationBuilder> relations) {
        String sql = String.format(MySqlQueries.INDEXES, flavor.hasIndexExpressions() ? "EXPRESSION" : "NULL");
        Map<String, List<String>> primaryKeys = new HashMap<>();
        session.query("reading indexes", sql, bind, row -> {
            RelationBuilder r = relations.get(row.getString(1));
            if (r == null || r.view) {
                return;
            }
            String name = row.getString(2);
            if (name.equals("PRIMARY")) {
                primaryKeys.computeIfAbsent(r.name, k -> new ArrayList<>()).add(row.getString(4));
                return;
            }
            RelationBuilder.IndexBuilder index = r.lastIndex(name);
            if (index == null) {
                index = new RelationBuilder.IndexBuilder(name);
                index.unique = row.getInt(3) == 0;
                String type =
                        row.getString(7) == null ? "BTREE" : row.getString(7).toUpperCase(Locale.ROOT);
                index.fulltext = type.equals("FULLTEXT");
                index.method = switch (type) {
                    case "BTREE", "FULLTEXT" -> null;
                    default -> type.toLowerCase(Locale.ROOT);
                };
                r.indexes.add(index);
            }
            int subPart = row.getInt(5);
            // MariaDB reports SUB_PART 32 for SPATIAL key parts, which cannot have a prefix
            Integer length = row.wasNull() || "spatial".equals(index.method) ? null : subPart;
            SortOrder order = "D".equals(row.getString(6)) ? SortOrder.DESC : SortOrder.ASC;
            index.columns.add(
                    new IndexColumn(row.getString(4), row.getString(8), order, NullsOrder.DEFAULT, null, length));
        });
        primaryKeys.forEach((table, columns) -> relations.get(table).primaryKey = new PrimaryKey("PRIMARY", columns));
    }

    private static void readForeignKeys(
            CatalogSession session, CatalogSession.Binder bind, String db, Map<String, RelationBuilder> relations) {
        Map<String, FkRules> rules = new HashMap<>();
        session.query(
                "reading foreign-key rules",
                MySqlQueries.FOREIGN_KEY_RULES,
                bind,
                row -> rules.put(
                        fkKey(row.getString(1), row.getString(2)),
                        new FkRules(action(row.getString(4)), action(row.getString(3)))));
        Map<String, FkParts> parts = new LinkedHashMap<>();
        session.query("reading foreign keys", MySqlQueries.FOREIGN_KEY_COLUMNS, bind, row -> {
            String table = row.getString(1);
            String name = row.getString(2);
            String key = fkKey(table, name);
            FkRules rule = rules.get(key);
            // a key without rules is not (or no longer) a foreign key of this database's tables
            if (rule == null || !relations.containsKey(table)) {
                return;
            }
            FkParts fk = parts.get(key);
            if (fk == null) {
                String refSchema = row.getString(4);
                fk = new FkParts(
                        table,
                        name,
                        db.equals(refSchema) ? null : refSchema,
                        row.getString(5),
                        rule.onDelete(),
                        rule.onUpdate());
                parts.put(key, fk);
            }
            fk.columns.add(row.getString(3));
            fk.referencedColumns.add(row.getString(6));
        });
        for (FkParts p : parts.values()) {
            relations
                    .get(p.table)
                    .foreignKeys
                    .add(new ForeignKey(
                            p.name,
                            p.columns,
                            p.referencedSchema,
                            p.referencedTable,
                            p.referencedColumns,
                            p.onDelete,
                            p.onUpdate,
                            false,
                            false));
        }
    }

    private static void readChecks(
            CatalogSession session,
            CatalogSession.Binder bind,
            MySqlFlavor flavor,
            Map<String, RelationBuilder> relations) {
        String sql = !flavor.mariaDb()
                ? MySqlQueries.CHECKS_MYSQL
                : flavor.hasCheckLevel() ? MySqlQueries.CHECKS_MARIADB : MySqlQueries.CHECKS_MARIADB_WITHOUT_LEVEL;
        session.query("reading check constraints", sql, bind, row -> {
            RelationBuilder r = relations.get(row.getString(1));
            if (r != null && !r.view) {
                String name = row.getString(2);
                // MariaDB names a column's check after its column
                String column = "Column".equals(row.getString(4)) ? name : null;
                r.checks.add(new CheckConstraint(name, row.getString(3), column));
            }
        });
    }

    /**
     * MariaDB stores {@code JSON} as {@code LONGTEXT} plus a {@code CHECK (json_valid(`col`))}: report the column
     * as {@code json} and drop that check.
     */
    private static void recognizeMariaDbJson(RelationBuilder r) {
        if (r.checks.isEmpty()) {
            return;
        }
        for (int i = 0; i < r.columns.size(); i++) {
            Column c = r.columns.get(i);
            if (!c.type().name().equals("longtext")) {
                continue;
            }
            String clause = "json_valid(" + Dialect.of(Provider.MYSQL).quote(c.name()) + ")";
            boolean removed = r.checks.removeIf(check -> check.expression().equals(clause));
            if (removed) {
                // the collation (utf8mb4_bin) comes with MariaDB's JSON alias; it is not a choice of the user
                r.columns.set(
                        i,
                        new Column(
                                c.name(),
                                MySqlTypes.json(),
                                c.nullable(),
                                c.defaultValue(),
                                c.autoIncrement(),
                                c.generated(),
                                c.comment(),
                                c.onUpdate(),
                                null,
                                c.invisible()));
            }
        }
    }

    private static String fkKey(String table, String constraint) {
        return table + '\u0000' + constraint;
    }

    private record FkRules(ReferentialAction onDelete, ReferentialAction onUpdate) {}

    private static ReferentialAction action(String rule) {
        if (rule == null) {
            return ReferentialAction.NO_ACTION;
        }
        return switch (rule.toUpperCase(Locale.ROOT)) {
            case "CASCADE" -> ReferentialAction.CASCADE;
            case "SET NULL" -> ReferentialAction.SET_NULL;
            case "SET DEFAULT" -> ReferentialAction.SET_DEFAULT;
            case "RESTRICT" -> ReferentialAction.RESTRICT;
            default -> ReferentialAction.NO_ACTION;
        };
    }

    private static Long longOrNull(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static String advice(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("08")) {
            return "Check that the MySQL/MariaDB server is reachable and the connection still open";
        }
        if (state.equals("42000") || e.getErrorCode() == 1044 || e.getErrorCode() == 1142) {
            return "Check that the user has privileges on the database (GRANT SELECT ON <database>.* TO <user>)";
        }
        return "Check that the server is MySQL 8 or MariaDB 10.6+ and that the user may read information_schema";
    }

    /** A foreign key collected from its per-column rows. */
    private static final class FkParts {
        final String table;
        final String name;
        final String referencedSchema;
        final String referencedTable;
        final ReferentialAction onDelete;
        final ReferentialAction onUpdate;
        final List<String> columns = new ArrayList<>(2);
        final List<String> referencedColumns = new ArrayList<>(2);

        FkParts(
                String table,
                String name,
                String referencedSchema,
                String referencedTable,
                ReferentialAction onDelete,
                ReferentialAction onUpdate) {
            this.table = table;
            this.name = name;
            this.referencedSchema = referencedSchema;
            this.referencedTable = referencedTable;
            this.onDelete = onDelete;
            this.onUpdate = onUpdate;
        }
    }
}
