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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * SQLite: one query of {@code sqlite_master}. Virtual tables (FTS, R*Tree, …), views and triggers are carried with
 * the text SQLite keeps of their {@code CREATE} statement, exactly as it was written: virtual tables first (SQLite
 * creates their shadow tables itself; introspection does not read those), then views in dependency order (a view
 * after the views its text names), then triggers (a trigger may be on a view or write to a virtual table).
 */
final class SqliteBaselineCatalog implements BaselineCatalog {
    private static final Dialect DIALECT = Dialect.of(Provider.SQLITE);

    static final String OBJECTS = """
            SELECT type, name, tbl_name, sql
            FROM sqlite_master
            WHERE type IN ('view', 'trigger', 'table') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND sql IS NOT NULL
            ORDER BY rowid
            """;

    private record Item(String type, String name, String table, String sql) {}

    @Override
    public BaselineObjects read(Connection connection, DatabaseSchema schema) throws SQLException {
        List<Item> items = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(OBJECTS)) {
            while (rs.next()) {
                items.add(new Item(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        }
        List<Item> views = items.stream().filter(i -> i.type().equals("view")).toList();
        List<ChangelogEntry.Sql> afterTables = new ArrayList<>();
        for (Item t : items) {
            if (isVirtual(t)) {
                afterTables.add(new ChangelogEntry.Sql(
                        "Create virtual table `" + t.name() + "`",
                        List.of(t.sql().strip()),
                        List.of("DROP TABLE " + DIALECT.quote(t.name()))));
            }
        }
        for (Item v : BaselineCatalog.dependenciesFirst(
                views, i -> i.name().toLowerCase(Locale.ROOT), v -> mentioned(v, views))) {
            afterTables.add(new ChangelogEntry.Sql(
                    "Create view `" + v.name() + "`",
                    List.of(v.sql().strip()),
                    List.of("DROP VIEW " + DIALECT.quote(v.name()))));
        }
        for (Item t : items) {
            if (t.type().equals("trigger")) {
                afterTables.add(new ChangelogEntry.Sql(
                        "Create trigger `" + t.name() + "` on `" + t.table() + "`",
                        List.of(t.sql().strip()),
                        List.of("DROP TRIGGER " + DIALECT.quote(t.name()))));
            }
        }
        return new BaselineObjects(List.of(), List.of(), afterTables, List.of());
    }

    private static boolean isVirtual(Item item) {
        return item.type().equals("table") && item.sql().regionMatches(true, 0, "CREATE VIRTUAL TABLE", 0, 20);
    }

    /** The other views whose name the view's text mentions as a word (quoted or not). */
    private static Set<String> mentioned(Item view, List<Item> views) {
        Set<String> out = new LinkedHashSet<>();
        for (Item other : views) {
            if (!other.name().equalsIgnoreCase(view.name())
                    && Pattern.compile(
                                    "(?<![\\w$])" + Pattern.quote(other.name()) + "(?![\\w$])",
                                    Pattern.CASE_INSENSITIVE)
                            .matcher(view.sql())
                            .find()) {
                out.add(other.name().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}
