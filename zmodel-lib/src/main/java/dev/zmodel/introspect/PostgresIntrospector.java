package dev.zmodel.introspect;

import dev.zmodel.Provider;
import dev.zmodel.schema.AutoIncrement;
import dev.zmodel.schema.CheckConstraint;
import dev.zmodel.schema.Column;
import dev.zmodel.schema.ColumnType;
import dev.zmodel.schema.DatabaseSchema;
import dev.zmodel.schema.Domain;
import dev.zmodel.schema.EnumType;
import dev.zmodel.schema.ExclusionConstraint;
import dev.zmodel.schema.Extension;
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

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads PostgreSQL 12+ with six bulk {@code pg_catalog} queries (schemas, relations, columns, constraints,
 * indexes, enums) for all requested schemas together.
 */
public final class PostgresIntrospector implements Introspector {
    /** Prisma's rule: a nextval(…) default makes an integer column autoincrement(); elsewhere it is a default. */
    private static final java.util.Set<String> INTEGER_TYPES = java.util.Set.of("int2", "int4", "int8");

    /**
     * The whole default is one {@code nextval(…)} call, on any sequence however its regclass is spelled or cast
     * ({@code nextval(('"s"'::text)::regclass)}); not an expression that merely starts with one.
     */
    static boolean isNextval(String def) {
        if (!def.startsWith("nextval(") || !def.endsWith(")")) {
            return false;
        }
        int depth = 0;
        boolean quoted = false;
        for (int i = "nextval".length(); i < def.length(); i++) {
            char c = def.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')' && --depth == 0) {
                return i == def.length() - 1;
            }
        }
        return false;
    }

    private static final Pattern NULL_DEFAULT = Pattern.compile("^NULL(::[\\w .\"\\[\\]()]+)?$");
    private static final int INDOPTION_DESC = 1;
    private static final int INDOPTION_NULLS_FIRST = 2;

    @Override
    public Provider provider() {
        return Provider.POSTGRESQL;
    }

    @Override
    public IntrospectionResult read(Connection connection, IntrospectionOptions options) {
        long start = System.nanoTime();
        ConnectionDescription database = Sessions.describe(connection);
        CatalogSession session =
                new CatalogSession(connection, database, options.listener(), PostgresIntrospector::advice);
        List<String> requested = userSchemas(options, session);
        String[] schemas = requested.toArray(String[]::new);
        CatalogSession.Binder bindSchemas = statement -> bindTextArray(statement, schemas);

        List<Extension> extensions = new ArrayList<>();
        List<String> existing = checkSchemas(session, bindSchemas, requested, extensions);
        Map<String, RelationBuilder> relations = new LinkedHashMap<>();
        readRelations(session, bindSchemas, relations);
        readColumns(session, bindSchemas, relations);
        readConstraints(session, schemas, relations);
        readIndexes(session, bindSchemas, relations, database.majorVersion() >= 15);
        List<EnumType> enums = readEnums(session, bindSchemas);
        List<StoredObject> stored = readStoredObjects(session, bindSchemas, database.majorVersion());

        TableFilter filter = TableFilter.of(options);
        List<Table> tables = new ArrayList<>();
        List<View> views = new ArrayList<>();
        for (RelationBuilder r : relations.values()) {
            if (!filter.accepts(r.schema, r.name)) {
                continue;
            }
            if (r.view) {
                views.add(r.toView());
            } else {
                tables.add(r.toTable(true));
            }
        }
        DatabaseSchema schema = new DatabaseSchema(
                Provider.POSTGRESQL,
                database.product(),
                existing,
                tables,
                views,
                enums,
                extensions,
                stored.stream()
                        .filter(o -> o.table() == null || filter.accepts(o.schema(), o.table()))
                        .toList());
        return Sessions.finish(session, schema, start);
    }

    private static void bindTextArray(PreparedStatement statement, String[] values) throws SQLException {
        Array array = statement.getConnection().createArrayOf("text", values);
        statement.setArray(1, array);
    }

    private static String key(String schema, String name) {
        return schema + '\u0000' + name;
    }

    /** The requested schemas without system schemas ({@code pg_*}, {@code information_schema}), which are never read. */
    private static List<String> userSchemas(IntrospectionOptions options, CatalogSession session) {
        List<String> schemas = new ArrayList<>();
        for (String schema : options.schemas()) {
            if (schema.startsWith("pg_") || schema.equals("information_schema")) {
                session.listener().warn("Schema \"" + schema + "\" is a system schema and is not introspected");
            } else if (!schemas.contains(schema)) {
                schemas.add(schema);
            }
        }
        return schemas;
    }

    /**
     * The requested schemas that exist (a missing one is a warning, and is not reported as a namespace, so a
     * migration towards a model that uses it creates it); fails on one the user may not read. The same query lists
     * the database's extensions, added to {@code extensions} by name.
     */
    private static List<String> checkSchemas(
            CatalogSession session, CatalogSession.Binder bind, List<String> requested, List<Extension> extensions) {
        Map<String, Boolean> usable = new HashMap<>();
        String[] user = new String[1];
        session.query("reading schemas", PostgresQueries.SCHEMAS, bind, row -> {
            if (row.getString(4) != null) {
                extensions.add(new Extension(row.getString(4), row.getString(1)));
                return;
            }
            usable.put(row.getString(1), row.getBoolean(2));
            user[0] = row.getString(3);
        });
        extensions.sort(java.util.Comparator.comparing(Extension::name));
        for (String schema : requested) {
            Boolean canUse = usable.get(schema);
            if (canUse == null) {
                session.listener()
                        .warn("Schema \"" + schema + "\" does not exist in " + session.database()
                                + "; nothing was read from it");
            } else if (!canUse) {
                throw session.failure(
                        "reading schemas",
                        "role \"" + user[0] + "\" has no USAGE privilege on schema \"" + schema + "\"",
                        "Connect as the schema's owner, or grant access: GRANT USAGE ON SCHEMA "
                                + Sessions.quote(schema) + " TO " + Sessions.quote(user[0]) + ";");
            }
        }
        return requested.stream().filter(usable::containsKey).toList();
    }

    private static void readRelations(
            CatalogSession session, CatalogSession.Binder bind, Map<String, RelationBuilder> relations) {
        session.query("reading tables and views", PostgresQueries.RELATIONS, bind, row -> {
            String schema = row.getString(1);
            String name = row.getString(2);
            String kind = row.getString(3);
            boolean view = kind.equals("v") || kind.equals("m");
            RelationBuilder r = new RelationBuilder(schema, name, view);
            r.materialized = kind.equals("m");
            r.comment = row.getString(7);
            r.definition = Sessions.viewDefinition(row.getString(8));
            if (!view) {
                List<String> parents = strings(row.getArray(9));
                boolean partition = row.getBoolean(4);
                r.traits = new TableTraits(
                        kind.equals("p"),
                        partition && !parents.isEmpty() ? parents.get(0) : null,
                        partition ? List.of() : parents,
                        row.getBoolean(5),
                        row.getBoolean(6),
                        false,
                        row.getString(10));
            }
            relations.put(key(schema, name), r);
        });
    }

    private static void readColumns(
            CatalogSession session, CatalogSession.Binder bind, Map<String, RelationBuilder> relations) {
        Lookup lookup = new Lookup(relations);
        TableProgress progress = TableProgress.start(session, relations.size());
        session.query("reading columns", PostgresQueries.COLUMNS, bind, row -> {
            RelationBuilder r = lookup.get(row.getString(1), row.getString(2));
            if (r == null) {
                return;
            }
            progress.columnOf(r);
            boolean array = row.getBoolean(11);
            int dims = array ? Math.max(1, row.getInt(5)) : 0;
            ColumnType type = row.getString(18) == null
                    ? PostgresTypes.decode(
                            row.getString(8),
                            row.getString(9),
                            row.getString(10),
                            row.getInt(6),
                            dims,
                            row.getString(7))
                    // a domain: its base type with the domain's modifier, and the domain named; a domain over an
                    // array adds its dimensions to the column's
                    : PostgresTypes.decode(
                                    row.getString(18),
                                    row.getString(19),
                                    row.getString(20),
                                    row.getInt(21),
                                    dims + row.getInt(23),
                                    row.getString(22) + "[]".repeat(dims + row.getInt(23)))
                            .withDomain(new Domain(row.getString(10), row.getString(8), row.getInt(23)));
            String def = row.getString(12);
            String identity = row.getString(13);
            String generatedKind = row.getString(14);
            AutoIncrement auto = AutoIncrement.NONE;
            Generated generated = null;
            if ("a".equals(identity)) {
                auto = AutoIncrement.IDENTITY_ALWAYS;
            } else if ("d".equals(identity)) {
                auto = AutoIncrement.IDENTITY_BY_DEFAULT;
            }
            if (generatedKind != null && !generatedKind.isEmpty()) {
                generated = new Generated(def, true);
                def = null;
            } else if (def != null && isNextval(def) && dims == 0 && INTEGER_TYPES.contains(type.name())) {
                auto = AutoIncrement.SEQUENCE;
                // a standalone sequence (no column owns it) stays named: migrations create the column with that
                // default instead of a serial of its own
                def = row.getBoolean(24) ? def : null;
            } else if (def != null
                    && def.startsWith("NULL")
                    && NULL_DEFAULT.matcher(def).matches()) {
                def = null;
            }
            r.addColumn(
                    row.getInt(17),
                    new Column(
                            row.getString(3),
                            type,
                            !row.getBoolean(4),
                            def,
                            auto,
                            generated,
                            row.getString(15),
                            null,
                            row.getString(16)));
        });
        progress.finish();
        for (RelationBuilder r : relations.values()) {
            r.sortColumnsByPosition();
        }
    }

    private static void readConstraints(
            CatalogSession session, String[] schemas, Map<String, RelationBuilder> relations) {
        Lookup lookup = new Lookup(relations);
        // the schemas appear twice in this query (select list and WHERE); both parameters get the same array
        CatalogSession.Binder bindTwice = statement -> {
            Array array = statement.getConnection().createArrayOf("text", schemas);
            statement.setArray(1, array);
            statement.setArray(2, array);
        };
        session.query("reading constraints", PostgresQueries.CONSTRAINTS, bindTwice, row -> {
            RelationBuilder r = lookup.get(row.getString(1), row.getString(2));
            if (r == null) {
                return;
            }
            String name = row.getString(3);
            switch (row.getString(4)) {
                case "p" -> r.primaryKey = new PrimaryKey(name, columnNames(r, row.getString(7)));
                case "f" -> {
                    String refSchema = row.getString(8);
                    String refTable = row.getString(9);
                    RelationBuilder referenced = relations.get(key(refSchema, refTable));
                    List<String> refColumns =
                            referenced != null ? columnNames(referenced, row.getString(10)) : strings(row.getArray(14));
                    r.foreignKeys.add(new ForeignKey(
                            name,
                            columnNames(r, row.getString(7)),
                            refSchema,
                            refTable,
                            refColumns,
                            action(row.getString(12)),
                            action(row.getString(11)),
                            row.getBoolean(5),
                            row.getBoolean(6),
                            row.getBoolean(15)));
                }
                case "c" -> r.checks.add(new CheckConstraint(name, row.getString(13)));
                case "x" -> r.exclusions.add(new ExclusionConstraint(name, row.getString(13)));
                default -> {
                    // 'u': read with its index
                }
            }
        });
    }

    private static void readIndexes(
            CatalogSession session,
            CatalogSession.Binder bind,
            Map<String, RelationBuilder> relations,
            boolean hasNullsNotDistinct) {
        Lookup lookup = new Lookup(relations);
        String sql = String.format(PostgresQueries.INDEXES, hasNullsNotDistinct ? "ix.indnullsnotdistinct" : "false");
        session.query("reading indexes", sql, bind, row -> {
            RelationBuilder r = lookup.get(row.getString(1), row.getString(2));
            if (r == null) {
                return;
            }
            String name = row.getString(3);
            RelationBuilder.IndexBuilder index = r.lastIndex(name);
            if (index == null) {
                index = new RelationBuilder.IndexBuilder(name);
                index.unique = row.getBoolean(4);
                String method = row.getString(5);
                index.method = "btree".equals(method) ? null : method;
                index.predicate = row.getString(6);
                index.constraint = "u".equals(row.getString(11));
                index.deferrable = row.getBoolean(12);
                index.nullsNotDistinct = row.getBoolean(13);
                r.indexes.add(index);
            }
            int option = row.getInt(9);
            boolean desc = (option & INDOPTION_DESC) != 0;
            boolean nullsFirst = (option & INDOPTION_NULLS_FIRST) != 0;
            NullsOrder nulls =
                    desc == nullsFirst ? NullsOrder.DEFAULT : nullsFirst ? NullsOrder.FIRST : NullsOrder.LAST;
            int attnum = row.getInt(7);
            index.columns.add(new IndexColumn(
                    attnum == 0 ? null : r.columnAt(attnum),
                    row.getString(8),
                    desc ? SortOrder.DESC : SortOrder.ASC,
                    nulls,
                    row.getString(10),
                    null));
        });
    }

    private static List<StoredObject> readStoredObjects(
            CatalogSession session, CatalogSession.Binder bind, int majorVersion) {
        List<StoredObject> out = new ArrayList<>();
        session.query(
                "reading triggers, functions and sequences",
                PostgresQueries.STORED_OBJECTS.replace(
                        "{COMPRESSION}", majorVersion >= 14 ? "a.attcompression" : "NULL::\"char\""),
                bind,
                row -> out.add(new StoredObject(
                        StoredObject.Kind.valueOf(row.getString(1)),
                        row.getString(2),
                        row.getString(3),
                        row.getString(4),
                        row.getString(5))));
        return out;
    }

    private static List<EnumType> readEnums(CatalogSession session, CatalogSession.Binder bind) {
        List<EnumType> enums = new ArrayList<>();
        List<String> values = new ArrayList<>();
        String[] current = new String[3]; // schema, name, comment of the enum being read
        session.query("reading enums", PostgresQueries.ENUMS, bind, row -> {
            String schema = row.getString(1);
            String name = row.getString(2);
            if (!name.equals(current[1]) || !schema.equals(current[0])) {
                if (current[1] != null) {
                    enums.add(new EnumType(current[0], current[1], values, current[2]));
                }
                values.clear();
                current[0] = schema;
                current[1] = name;
                current[2] = row.getString(4);
            }
            String label = row.getString(3);
            if (label != null) {
                values.add(label); // null: an enum without values
            }
        });
        if (current[1] != null) {
            enums.add(new EnumType(current[0], current[1], values, current[2]));
        }
        return enums;
    }

    private static ReferentialAction action(String code) {
        return switch (code) {
            case "r" -> ReferentialAction.RESTRICT;
            case "c" -> ReferentialAction.CASCADE;
            case "n" -> ReferentialAction.SET_NULL;
            case "d" -> ReferentialAction.SET_DEFAULT;
            default -> ReferentialAction.NO_ACTION;
        };
    }

    /**
     * Names of the columns at the attribute numbers of {@code conkey}/{@code confkey}, read as text ({@code 1,3}):
     * decoding an {@code int2[]} through the driver's {@link Array} costs several times as much, for every key.
     */
    private static List<String> columnNames(RelationBuilder relation, String attnums) {
        if (attnums == null || attnums.isEmpty()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        int start = 0;
        while (start <= attnums.length()) {
            int comma = attnums.indexOf(',', start);
            int end = comma < 0 ? attnums.length() : comma;
            names.add(relation.columnAt(Integer.parseInt(attnums, start, end, 10)));
            start = end + 1;
        }
        return names;
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.asList((String[]) array.getArray());
    }

    private static String advice(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("08")) {
            return "Check that the PostgreSQL server is reachable and the connection still open";
        }
        if (state.equals("42501")) {
            return "Check that the user may read the schema (GRANT USAGE ON SCHEMA ...) and the system catalog";
        }
        return "Check that the server is PostgreSQL 12 or newer and that the user may read pg_catalog";
    }

    /** Finds the builder of the current row's relation, remembering the last hit (rows come grouped). */
    private static final class Lookup {
        private final Map<String, RelationBuilder> relations;
        private String lastSchema;
        private String lastName;
        private RelationBuilder last;

        Lookup(Map<String, RelationBuilder> relations) {
            this.relations = relations;
        }

        RelationBuilder get(String schema, String name) {
            if (last != null && name.equals(lastName) && schema.equals(lastSchema)) {
                return last;
            }
            lastSchema = schema;
            lastName = name;
            last = relations.get(key(schema, name));
            return last;
        }
    }
}
