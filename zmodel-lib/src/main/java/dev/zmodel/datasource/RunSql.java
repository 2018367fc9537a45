package dev.zmodel.datasource;

import dev.zmodel.Provider;
import dev.zmodel.ZModelException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs SQL scripts against a database, statement by statement ({@link SqlScript}). Used to create sample and
 * fixture databases from a build, e.g. with {@code exec-maven-plugin}:
 * <pre>java dev.zmodel.datasource.RunSql [--fresh] &lt;url&gt; &lt;script.sql&gt;...</pre>
 * {@code url} is a ZModel datasource URL ({@code file:./dev.db}, {@code postgresql://…}, {@code mysql://…},
 * relative {@code file:} paths against the working directory) or a JDBC URL. {@code --fresh} deletes an SQLite
 * database file first, so the script always starts from an empty database. Statements run in autocommit mode.
 */
public final class RunSql {
    private RunSql() {}

    public static void main(String[] args) throws IOException {
        List<String> rest = new ArrayList<>(List.of(args));
        boolean fresh = rest.remove("--fresh");
        if (rest.size() < 2) {
            throw new IllegalArgumentException("Usage: RunSql [--fresh] <url> <script.sql>...");
        }
        ConnectionSettings settings = settings(rest.get(0));
        if (fresh && settings.jdbcUrl().startsWith("jdbc:sqlite:")) {
            Files.deleteIfExists(Path.of(settings.jdbcUrl().substring("jdbc:sqlite:".length())));
        }
        for (String script : rest.subList(1, rest.size())) {
            int n = run(settings, Files.readString(Path.of(script), StandardCharsets.UTF_8));
            System.out.println("Ran " + n + " statements of " + script + " on " + settings.displayUrl());
        }
    }

    /**
     * Runs every statement of the script, each committed on its own (MySQL cannot roll back DDL anyway).
     *
     * @return the number of statements
     * @throws ZModelException naming the failing statement
     */
    public static int run(ConnectionSettings settings, String script) {
        List<String> statements = SqlScript.split(script);
        try (Connection c = Connections.open(settings);
                Statement s = c.createStatement()) {
            for (String statement : statements) {
                try {
                    s.execute(statement);
                } catch (SQLException e) {
                    throw new ZModelException(
                            "Statement failed on " + settings.displayUrl() + ": " + e.getMessage() + "\n" + statement,
                            e);
                }
            }
            return statements.size();
        } catch (SQLException e) {
            throw new ZModelException("Cannot run the script on " + settings.displayUrl() + ": " + e.getMessage(), e);
        }
    }

    private static ConnectionSettings settings(String url) {
        Provider provider = JdbcUrls.providerOf(url.strip().toLowerCase(java.util.Locale.ROOT));
        if (provider == null) {
            throw new IllegalArgumentException("Unsupported url " + Urls.mask(url) + ": expected postgresql://, "
                    + "mysql://, file: or a jdbc: url.");
        }
        return JdbcUrls.convert(provider, url, Path.of("").toAbsolutePath(), List.of(), "url given to RunSql");
    }
}
