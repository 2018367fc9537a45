package dev.zmodel.migrate;

import dev.zmodel.Provider;
import dev.zmodel.dialect.Dialect;
import dev.zmodel.liquibase.ChangelogEntry;
import dev.zmodel.schema.DatabaseSchema;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * MySQL and MariaDB: five bulk queries of {@code information_schema} for the current database. Carried as SQL:
 * stored functions and procedures (rebuilt from {@code ROUTINES} and {@code PARAMETERS}: signature, characteristics,
 * body as written), views ({@code VIEWS.VIEW_DEFINITION} without the database name the server qualifies every name
 * with, so the view is created in the database the migration runs on; in dependency order, with their check option
 * and SQL security) and triggers ({@code TRIGGERS}, in their action order). Definers are not carried: the objects
 * belong to the user that runs the migration. Events, partitioning, MariaDB sequences, and table engines and
 * collations other than the database's defaults are named in {@link BaselineObjects#notCarried()}.
 */
final class MySqlBaselineCatalog implements BaselineCatalog {
    private static final Dialect DIALECT = Dialect.of(Provider.MYSQL);

    static final String ROUTINES = """
            SELECT SPECIFIC_NAME, ROUTINE_NAME, ROUTINE_TYPE, DTD_IDENTIFIER, ROUTINE_DEFINITION, IS_DETERMINISTIC,
                   SQL_DATA_ACCESS, SECURITY_TYPE, ROUTINE_COMMENT
            FROM information_schema.ROUTINES
            WHERE ROUTINE_SCHEMA = DATABASE() AND ROUTINE_TYPE IN ('FUNCTION', 'PROCEDURE')
            ORDER BY ROUTINE_NAME, ROUTINE_TYPE
            """;

    static final String PARAMETERS = """
            SELECT SPECIFIC_NAME, ROUTINE_TYPE, PARAMETER_MODE, PARAMETER_NAME, DTD_IDENTIFIER
            FROM information_schema.PARAMETERS
            WHERE SPECIFIC_SCHEMA = DATABASE() AND ORDINAL_POSITION > 0
            ORDER BY SPECIFIC_NAME, ROUTINE_TYPE, ORDINAL_POSITION
            """;

    static final String VIEWS = """
            SELECT TABLE_SCHEMA, TABLE_NAME, VIEW_DEFINITION, CHECK_OPTION, SECURITY_TYPE
            FROM information_schema.VIEWS
            WHERE TABLE_SCHEMA = DATABASE()
            ORDER BY TABLE_NAME
            """;

    static final String TRIGGERS = """
            SELECT TRIGGER_NAME, ACTION_TIMING, EVENT_MANIPULATION, EVENT_OBJECT_TABLE, ACTION_STATEMENT
            FROM information_schema.TRIGGERS
            WHERE TRIGGER_SCHEMA = DATABASE()
            ORDER BY EVENT_OBJECT_TABLE, ACTION_TIMING, EVENT_MANIPULATION, ACTION_ORDER
            """;

    static final String NOT_CARRIED = """
            SELECT CAST('event' AS CHAR) AS kind, CAST(EVENT_NAME AS CHAR) AS name, CAST('' AS CHAR) AS detail
            FROM information_schema.EVENTS WHERE EVENT_SCHEMA = DATABASE()
            UNION ALL
            SELECT DISTINCT 'partitioning', CAST(TABLE_NAME AS CHAR), CAST(PARTITION_METHOD AS CHAR)
            FROM information_schema.PARTITIONS WHERE TABLE_SCHEMA = DATABASE() AND PARTITION_NAME IS NOT NULL
            UNION ALL
            SELECT 'sequence', CAST(TABLE_NAME AS CHAR), ''
            FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'SEQUENCE'
            UNION ALL
            SELECT 'table engine', CAST(TABLE_NAME AS CHAR), CAST(ENGINE AS CHAR)
            FROM information_schema.TABLES
            WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' AND ENGINE <> @@default_storage_engine
            UNION ALL
            SELECT 'table collation', CAST(t.TABLE_NAME AS CHAR), CAST(t.TABLE_COLLATION AS CHAR)
            FROM information_schema.TABLES t
            JOIN information_schema.SCHEMATA s ON s.SCHEMA_NAME = t.TABLE_SCHEMA
            WHERE t.TABLE_SCHEMA = DATABASE() AND t.TABLE_TYPE = 'BASE TABLE'
              AND t.TABLE_COLLATION <> s.DEFAULT_COLLATION_NAME
            ORDER BY 1, 2
            """;

    private record Routine(
            String specificName,
            String name,
            String type,
            String returns,
            String body,
            boolean deterministic,
            String dataAccess,
            String security,
            String comment) {}

    private record ViewDef(String key, ChangelogEntry.Sql sql, String text) {}

    @Override
    public BaselineObjects read(Connection connection, DatabaseSchema schema) throws SQLException {
        List<String> notCarried = new ArrayList<>();
        List<ChangelogEntry.Sql> afterTables = new ArrayList<>(routines(connection, notCarried));
        afterTables.addAll(views(connection, notCarried));
        afterTables.addAll(triggers(connection));
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(NOT_CARRIED)) {
            while (rs.next()) {
                String kind = rs.getString(1);
                String name = "`" + rs.getString(2) + "`";
                String detail = rs.getString(3);
                notCarried.add(
                        switch (kind) {
                            case "partitioning" ->
                                "partitioning of table " + name + " (" + detail
                                        + "; the table is created without partitions)";
                            case "table engine" ->
                                "engine of table " + name + " (" + detail
                                        + "; the table is created with the server's default engine)";
                            case "table collation" ->
                                "collation of table " + name + " (" + detail
                                        + "; the table is created with the database's default collation)";
                            default -> kind + " " + name + " (not created)";
                        });
            }
        }
        return new BaselineObjects(List.of(), List.of(), afterTables, notCarried);
    }

    private static String q(String identifier) {
        return DIALECT.quote(identifier);
    }

    private static String literal(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    private static List<ChangelogEntry.Sql> routines(Connection c, List<String> notCarried) throws SQLException {
        List<Routine> routines = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(ROUTINES)) {
            while (rs.next()) {
                routines.add(new Routine(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        "YES".equals(rs.getString(6)),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9)));
            }
        }
        if (routines.isEmpty()) {
            return List.of();
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(PARAMETERS)) {
            while (rs.next()) {
                boolean function = "FUNCTION".equals(rs.getString(2));
                String mode = rs.getString(3);
                parameters
                        .computeIfAbsent(rs.getString(2) + " " + rs.getString(1), k -> new ArrayList<>())
                        .add((function || mode == null ? "" : mode + " ") + q(rs.getString(4)) + " " + rs.getString(5));
            }
        }
        List<ChangelogEntry.Sql> out = new ArrayList<>();
        for (Routine r : routines) {
            String kind = r.type().toLowerCase(Locale.ROOT);
            if (r.body() == null) {
                notCarried.add(kind + " `" + r.name() + "` (its definition is not readable by this user; connect as "
                        + "its definer or a user with SHOW_ROUTINE / SELECT on mysql.proc)");
                continue;
            }
            StringBuilder b = new StringBuilder("CREATE ")
                    .append(r.type())
                    .append(' ')
                    .append(q(r.name()))
                    .append('(')
                    .append(String.join(", ", parameters.getOrDefault(r.type() + " " + r.specificName(), List.of())))
                    .append(')');
            if (r.type().equals("FUNCTION")) {
                b.append(" RETURNS ").append(r.returns());
            }
            b.append('\n').append(r.deterministic() ? "DETERMINISTIC" : "NOT DETERMINISTIC");
            if (r.dataAccess() != null) {
                b.append('\n').append(r.dataAccess());
            }
            if (r.security() != null) {
                b.append("\nSQL SECURITY ").append(r.security());
            }
            if (r.comment() != null && !r.comment().isEmpty()) {
                b.append("\nCOMMENT ").append(literal(r.comment()));
            }
            b.append('\n').append(r.body());
            out.add(new ChangelogEntry.Sql(
                    "Create " + kind + " `" + r.name() + "`",
                    List.of(b.toString()),
                    List.of("DROP " + r.type() + " " + q(r.name()))));
        }
        return out;
    }

    private static List<ChangelogEntry.Sql> views(Connection c, List<String> notCarried) throws SQLException {
        List<ViewDef> views = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(VIEWS)) {
            while (rs.next()) {
                String database = rs.getString(1);
                String name = rs.getString(2);
                String definition = rs.getString(3);
                if (definition == null || definition.isBlank()) {
                    notCarried.add("view `" + name + "` (its definition is not readable by this user; grant it SHOW "
                            + "VIEW)");
                    continue;
                }
                // the server qualifies every table and column with the database: leave it out, so the view reads
                // the tables of the database the migration runs on
                String text = definition.replace(q(database) + ".", "");
                String check = rs.getString(4);
                String sql = "CREATE" + ("INVOKER".equals(rs.getString(5)) ? " SQL SECURITY INVOKER" : "") + " VIEW "
                        + q(name) + " AS " + text
                        + (check == null || check.equals("NONE") ? "" : " WITH " + check + " CHECK OPTION");
                views.add(new ViewDef(
                        name.toLowerCase(Locale.ROOT),
                        new ChangelogEntry.Sql(
                                "Create view `" + name + "`", List.of(sql), List.of("DROP VIEW " + q(name))),
                        text));
            }
        }
        return BaselineCatalog.dependenciesFirst(views, ViewDef::key, v -> mentioned(v, views)).stream()
                .map(ViewDef::sql)
                .toList();
    }

    /** The other views whose quoted name the view's definition contains. */
    private static Set<String> mentioned(ViewDef view, List<ViewDef> views) {
        Set<String> out = new LinkedHashSet<>();
        for (ViewDef other : views) {
            if (!other.key().equals(view.key())
                    && Pattern.compile(Pattern.quote(DIALECT.quote(other.key())), Pattern.CASE_INSENSITIVE)
                            .matcher(view.text())
                            .find()) {
                out.add(other.key());
            }
        }
        return out;
    }

    private static List<ChangelogEntry.Sql> triggers(Connection c) throws SQLException {
        List<ChangelogEntry.Sql> out = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(TRIGGERS)) {
            while (rs.next()) {
                String name = rs.getString(1);
                String table = rs.getString(4);
                String sql = "CREATE TRIGGER " + q(name) + " " + rs.getString(2) + " " + rs.getString(3) + " ON "
                        + q(table) + " FOR EACH ROW " + rs.getString(5);
                out.add(new ChangelogEntry.Sql(
                        "Create trigger `" + name + "` on `" + table + "`",
                        List.of(sql),
                        List.of("DROP TRIGGER " + q(name))));
            }
        }
        return out;
    }
}
