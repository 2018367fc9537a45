package dev.zmodel.testing;

import dev.zmodel.Provider;
import dev.zmodel.datasource.SqlScript;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * A fresh, empty database for one test: a new PostgreSQL or MariaDB/MySQL database created on the test
 * server, or a new SQLite file. {@link #close()} drops it. Obtain one from {@link TestDatabases#create} or
 * by declaring a parameter {@code @Db(Provider.X) TestDatabase db} with {@link TestDatabaseExtension}.
 */
public final class TestDatabase implements AutoCloseable {
    private final Provider provider;
    private final String name;
    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final Runnable dropper;

    TestDatabase(Provider provider, String name, String jdbcUrl, String user, String password, Runnable dropper) {
        this.provider = provider;
        this.name = name;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.dropper = dropper;
    }

    public Provider provider() {
        return provider;
    }

    /** Database name (PostgreSQL/MySQL) or the SQLite file path. */
    public String name() {
        return name;
    }

    /** JDBC URL of this database, without credentials. */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /**
     * The JDBC URL with the user and password as parameters, the way a user writes it in a datasource block or
     * {@code -Dzenstack.url} (SQLite: the plain URL). The password then travels through every message path.
     */
    public String urlWithCredentials() {
        if (user == null) {
            return jdbcUrl;
        }
        return jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "user=" + user
                + (password == null ? "" : "&password=" + password);
    }

    /** A ZModel datasource URL for this database ({@code jdbc:} URLs are accepted by datasource blocks). */
    public String zmodelUrl() {
        return jdbcUrl;
    }

    public Connection connect() throws SQLException {
        Properties props = new Properties();
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        return DriverManager.getConnection(jdbcUrl, props);
    }

    /** Runs each statement of an SQL script (split by {@link SqlScript}). */
    public void execute(String script) {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            for (String statement : SqlScript.split(script)) {
                try {
                    s.execute(statement);
                } catch (SQLException e) {
                    throw new IllegalStateException(
                            "Fixture statement failed on " + provider + ": " + e.getMessage() + "\n" + statement, e);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void executeFile(Path script) {
        try {
            execute(Files.readString(script));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a query and returns all rows as lists of strings (nulls kept), for assertions. */
    public List<List<String>> query(String sql) {
        try (Connection c = connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            List<List<String>> rows = new ArrayList<>();
            int cols = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= cols; i++) {
                    row.add(rs.getString(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        dropper.run();
    }

    @Override
    public String toString() {
        return provider + " " + name;
    }
}
