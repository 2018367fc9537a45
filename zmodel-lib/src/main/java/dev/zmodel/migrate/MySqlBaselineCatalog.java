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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MySQL and MariaDB: bulk queries of {@code information_schema} for the current database. Carried as SQL:
 * stored functions and procedures (rebuilt from {@code ROUTINES} and {@code PARAMETERS}: signature, characteristics,
 * body as written), views ({@code VIEWS.VIEW_DEFINITION} without the database name the server qualifies every name
 * with, so the view is created in the database the migration runs on; in dependency order, with their check option
 * and SQL security) and triggers ({@code TRIGGERS}, in their action order). Definers are not carried: the objects
 * belong to the user that runs the migration. Also carried: MariaDB sequences ({@code SHOW CREATE SEQUENCE}, before
 * the tables), table engines, default collations and create options other than the defaults (stated by each table's
 * CREATE TABLE, {@link BaselineObjects#tableOptions()}), partitioning (the clause of {@code SHOW CREATE TABLE}, in the
 * same CREATE TABLE) and events ({@code EVENTS}).
 */
final class MySqlBaselineCatalog implements BaselineCatalog {
    private static final Dialect DIALECT = Dialect.of(Provider.MYSQL);

    static final String ROUTINES = """
            SELECT SPECIFIC_NAME, ROUTINE_NAME, ROUTINE_TYPE, DTD_IDENTIFIER, ROUTINE_DEFINITION, IS_DETERMINISTIC,
                   SQL_DATA_ACCESS, SECURITY_TYPE, ROUTINE_COMMENT, SQL_MODE
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
            SELECT TRIGGER_NAME, ACTION_TIMING, EVENT_MANIPULATION, EVENT_OBJECT_TABLE, ACTION_STATEMENT, SQL_MODE
            FROM information_schema.TRIGGERS
            WHERE TRIGGER_SCHEMA = DATABASE()
            ORDER BY EVENT_OBJECT_TABLE, ACTION_TIMING, EVENT_MANIPULATION, ACTION_ORDER
            """;

    /**
     * Tables whose engine, default collation or create options are not the database's defaults, which are
     * partitioned ({@code CREATE_OPTIONS} says {@code partitioned}, MySQL 8 and MariaDB) or which are MariaDB's
     * system-versioned tables.
     */
    static final String TABLE_OPTIONS = """
            SELECT t.TABLE_NAME, t.ENGINE, t.TABLE_COLLATION, COALESCE(t.CREATE_OPTIONS, ''),
                   t.ENGINE <> @@default_storage_engine, t.TABLE_COLLATION <> s.DEFAULT_COLLATION_NAME,
                   t.TABLE_TYPE = 'SYSTEM VERSIONED'
            FROM information_schema.TABLES t
            JOIN information_schema.SCHEMATA s ON s.SCHEMA_NAME = t.TABLE_SCHEMA
            WHERE t.TABLE_SCHEMA = DATABASE() AND t.TABLE_TYPE IN ('BASE TABLE', 'SYSTEM VERSIONED')
              AND (t.ENGINE <> @@default_storage_engine OR t.TABLE_COLLATION <> s.DEFAULT_COLLATION_NAME
                   OR COALESCE(t.CREATE_OPTIONS, '') <> '' OR t.TABLE_TYPE = 'SYSTEM VERSIONED')
            ORDER BY t.TABLE_NAME
            """;

    /** MariaDB's sequences (MySQL has none, so this finds nothing there). */
    static final String SEQUENCES = """
            SELECT TABLE_NAME FROM information_schema.TABLES
            WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'SEQUENCE'
            ORDER BY TABLE_NAME
            """;

    /**
     * Events with their schedule in the event's own time zone, and whether a one-time event's time has passed
     * (compared in the session's time zone; a zone the server cannot convert is taken as the session's).
     */
    static final String EVENTS = """
            SELECT EVENT_NAME, TIME_ZONE, EVENT_DEFINITION, EVENT_TYPE, CAST(EXECUTE_AT AS CHAR),
                   CAST(INTERVAL_VALUE AS CHAR), INTERVAL_FIELD, CAST(STARTS AS CHAR), CAST(ENDS AS CHAR), STATUS,
                   ON_COMPLETION, EVENT_COMMENT,
                   COALESCE(CONVERT_TZ(EXECUTE_AT, TIME_ZONE, @@session.time_zone), EXECUTE_AT) < NOW(), SQL_MODE
            FROM information_schema.EVENTS
            WHERE EVENT_SCHEMA = DATABASE()
            ORDER BY EVENT_NAME
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
            String comment,
            String sqlMode) {}

    private record ViewDef(String key, ChangelogEntry.Sql sql, String text) {}

    private record TableOptions(String table, String options, boolean partitioned) {}

    @Override
    public BaselineObjects read(Connection connection, DatabaseSchema schema) throws SQLException {
        List<String> notCarried = new ArrayList<>();
        Set<String> tables = new LinkedHashSet<>();
        schema.tables().forEach(t -> tables.add(t.name()));
        Map<String, String> createOptions = new LinkedHashMap<>();
        for (TableOptions o : tableOptions(connection, tables)) {
            String clause = o.partitioned() ? partitionClause(connection, o.table(), notCarried) : null;
            String options = clause == null ? o.options() : (o.options() + "\n" + clause).strip();
            if (!options.isEmpty()) {
                createOptions.put(o.table(), options);
            }
        }
        SqlMode mode = SqlMode.of(connection);
        List<ChangelogEntry.Sql> afterTables = new ArrayList<>(routines(connection, mode, notCarried));
        afterTables.addAll(views(connection, notCarried));
        afterTables.addAll(triggers(connection, mode, notCarried));
        afterTables.addAll(events(connection, mode, notCarried));
        return new BaselineObjects(List.of(), sequences(connection), afterTables, notCarried, createOptions);
    }

    /**
     * The options of each table that CREATE TABLE states after its columns: the engine and the default collation
     * where they are not the server's and the database's (the collation names its character set; columns without
     * their own collation get it, as in the original), and the create options as the server lists them
     * ({@code row_format=FIXED}, {@code transactional=1}, ...) but {@code partitioned}, which the partition clause
     * restores.
     */
    private static List<TableOptions> tableOptions(Connection c, Set<String> tables) throws SQLException {
        List<TableOptions> out = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(TABLE_OPTIONS)) {
            while (rs.next()) {
                String table = rs.getString(1);
                if (!tables.contains(table)) {
                    continue;
                }
                List<String> parts = new ArrayList<>();
                if (rs.getBoolean(5)) {
                    parts.add("ENGINE=" + rs.getString(2));
                }
                if (rs.getBoolean(6)) {
                    parts.add("DEFAULT COLLATE=" + rs.getString(3));
                }
                boolean partitioned = false;
                for (String option : rs.getString(4).trim().split("\\s+")) {
                    if (option.equalsIgnoreCase("partitioned")) {
                        partitioned = true;
                    } else if (!option.isEmpty()) {
                        parts.add(option);
                    }
                }
                if (rs.getBoolean(7)) { // MariaDB's system-versioned table: the server keeps every row's history
                    parts.add("WITH SYSTEM VERSIONING");
                }
                out.add(new TableOptions(table, String.join(" ", parts), partitioned));
            }
        }
        return out;
    }

    /**
     * The partition clause of a partitioned table's {@code SHOW CREATE TABLE}, which its CREATE TABLE states after the
     * options (one statement per partitioned table: information_schema.PARTITIONS does not keep the clause as
     * written). Created partitioned, a table gets the original's create options; partitioned afterwards by
     * {@code ALTER TABLE}, MariaDB gives an Aria table {@code page_checksum=1}.
     */
    private static String partitionClause(Connection c, String table, List<String> notCarried) throws SQLException {
        String clause;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SHOW CREATE TABLE " + q(table))) {
            clause = rs.next() ? partitionClause(rs.getString(2)) : null;
        }
        if (clause == null) {
            notCarried.add("partitioning of table `" + table + "` (SHOW CREATE TABLE shows no partition clause; the "
                    + "table is created without partitions)");
        }
        return clause;
    }

    private static final Pattern VERSIONED_COMMENT = Pattern.compile("(?s)^/\\*!\\d+\\s*(.*?)\\s*\\*/$");

    /**
     * The partition clause of a {@code SHOW CREATE TABLE} text: the lines after the table options line (the only
     * line that starts with {@code )}: partition and column definitions are indented, and comments keep their line
     * breaks escaped); null when there are none.
     */
    static String partitionClause(String createTable) {
        int options = createTable.lastIndexOf("\n)");
        int end = options < 0 ? -1 : createTable.indexOf('\n', options + 1);
        if (end < 0) {
            return null;
        }
        String clause = createTable.substring(end + 1).trim();
        Matcher versioned = VERSIONED_COMMENT.matcher(clause);
        if (versioned.matches()) {
            clause = versioned.group(1);
        }
        return clause.toUpperCase(Locale.ROOT).startsWith("PARTITION BY") ? clause : null;
    }

    /** MariaDB's sequences, as {@code SHOW CREATE SEQUENCE} writes them, before the tables whose defaults use them. */
    private static List<ChangelogEntry.Sql> sequences(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(SEQUENCES)) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        List<ChangelogEntry.Sql> out = new ArrayList<>();
        for (String name : names) {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SHOW CREATE SEQUENCE " + q(name))) {
                if (rs.next()) {
                    out.add(new ChangelogEntry.Sql(
                            "Create sequence `" + name + "`",
                            List.of(rs.getString(2)),
                            List.of("DROP SEQUENCE " + q(name))));
                }
            }
        }
        return out;
    }

    /**
     * Events rebuilt from {@code information_schema.EVENTS} (what {@code SHOW CREATE EVENT} prints, without the
     * definer, for all events at once): the schedule as the event's time zone shows it, the status, completion and
     * comment. One statement per changeset (a formatted SQL changeset whose body has semicolons is sent as one
     * text), so an event whose time zone is not {@code SYSTEM} is created in the deploying session's, which is named. A one-time event whose time has passed and
     * that is not preserved is not carried (a new database drops it on creation); a preserved one is created
     * disabled by the server, which is named when the original is enabled.
     */
    private static List<ChangelogEntry.Sql> events(Connection c, SqlMode sqlMode, List<String> notCarried)
            throws SQLException {
        List<ChangelogEntry.Sql> out = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(EVENTS)) {
            while (rs.next()) {
                String name = rs.getString(1);
                String timeZone = rs.getString(2);
                boolean oneTime = "ONE TIME".equals(rs.getString(4));
                boolean preserve = "PRESERVE".equals(rs.getString(11));
                String status = rs.getString(10);
                boolean past = oneTime && rs.getBoolean(13);
                if (past && !preserve) {
                    notCarried.add("event `" + name + "` (a one-time event at " + rs.getString(5) + ", which has "
                            + "passed, not preserved on completion: a new database drops it on creation)");
                    continue;
                }
                if (past && status.equals("ENABLED")) {
                    notCarried.add("enabled status of event `" + name + "` (a one-time event at " + rs.getString(5)
                            + ", which has passed: a new database creates it disabled)");
                }
                StringBuilder b =
                        new StringBuilder("CREATE EVENT ").append(q(name)).append(" ON SCHEDULE ");
                if (oneTime) {
                    b.append("AT ").append(literal(rs.getString(5)));
                } else {
                    String interval = rs.getString(6);
                    b.append("EVERY ")
                            .append(interval.startsWith("'") ? interval : literal(interval))
                            .append(' ')
                            .append(rs.getString(7));
                    if (rs.getString(8) != null) {
                        b.append(" STARTS ").append(literal(rs.getString(8)));
                    }
                    if (rs.getString(9) != null) {
                        b.append(" ENDS ").append(literal(rs.getString(9)));
                    }
                }
                b.append(" ON COMPLETION ").append(preserve ? "PRESERVE" : "NOT PRESERVE");
                b.append(
                        switch (status) {
                            case "ENABLED" -> " ENABLE";
                            case "DISABLED" -> " DISABLE";
                            case "REPLICA_SIDE_DISABLED" -> " DISABLE ON REPLICA";
                            default -> " DISABLE ON SLAVE"; // SLAVESIDE_DISABLED
                        });
                String comment = rs.getString(12);
                if (comment != null && !comment.isEmpty()) {
                    b.append(" COMMENT ").append(literal(comment));
                }
                b.append("\nDO ").append(rs.getString(3));
                sqlMode.check("event", name, rs.getString(14), notCarried);
                if (!"SYSTEM".equals(timeZone)) {
                    notCarried.add("time zone of event `" + name + "` (" + timeZone + "; the event is created in the "
                            + "deploying session's time zone, which reads its times)");
                }
                out.add(new ChangelogEntry.Sql(
                        "Create event `" + name + "`", List.of(b.toString()), List.of("DROP EVENT " + q(name))));
            }
        }
        return out;
    }

    private static String q(String identifier) {
        return DIALECT.quote(identifier);
    }

    private static String literal(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    private static List<ChangelogEntry.Sql> routines(Connection c, SqlMode sqlMode, List<String> notCarried)
            throws SQLException {
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
                        rs.getString(9),
                        rs.getString(10)));
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
            sqlMode.check(kind, r.name(), r.sqlMode(), notCarried);
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

    private static List<ChangelogEntry.Sql> triggers(Connection c, SqlMode sqlMode, List<String> notCarried)
            throws SQLException {
        List<ChangelogEntry.Sql> out = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(TRIGGERS)) {
            while (rs.next()) {
                String name = rs.getString(1);
                String table = rs.getString(4);
                String sql = "CREATE TRIGGER " + q(name) + " " + rs.getString(2) + " " + rs.getString(3) + " ON "
                        + q(table) + " FOR EACH ROW " + rs.getString(5);
                sqlMode.check("trigger", name, rs.getString(6), notCarried);
                out.add(new ChangelogEntry.Sql(
                        "Create trigger `" + name + "` on `" + table + "`",
                        List.of(sql),
                        List.of("DROP TRIGGER " + q(name))));
            }
        }
        return out;
    }

    /**
     * The sql_mode the baseline is read in, against which each trigger's, routine's and event's own sql_mode (the one
     * it was created under, which the server keeps and runs it with) is compared. The migration creates the object
     * in the deploying session's sql_mode, so one created under another is named: ANSI_QUOTES, PIPES_AS_CONCAT or
     * NO_BACKSLASH_ESCAPES read the same body differently. Setting the original sql_mode first would take a second
     * statement in the changeset, which a formatted SQL changelog sends together with the first. IGNORE_SPACE is left
     * out of the comparison: the MariaDB driver adds it to every session it opens.
     */
    private record SqlMode(String session) {
        static SqlMode of(Connection c) throws SQLException {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT @@SESSION.sql_mode")) {
                return new SqlMode(rs.next() ? rs.getString(1) : "");
            }
        }

        void check(String kind, String name, String objectMode, List<String> notCarried) {
            if (objectMode != null && !flags(objectMode).equals(flags(session))) {
                notCarried.add("sql_mode of " + kind + " `" + name + "` (created under '" + objectMode + "'; the "
                        + "migration creates it under the deploying session's sql_mode, '" + session + "' here, which "
                        + "can read its body differently: deploy with the same sql_mode, or recreate it in a migration "
                        + "of your own)");
            }
        }

        private static Set<String> flags(String mode) {
            Set<String> out = new java.util.TreeSet<>();
            for (String flag : mode.split(",")) {
                if (!flag.isBlank() && !flag.equals("IGNORE_SPACE")) {
                    out.add(flag.trim());
                }
            }
            return out;
        }
    }
}
