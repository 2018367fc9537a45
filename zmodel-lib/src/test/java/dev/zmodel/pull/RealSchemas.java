package dev.zmodel.pull;

import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** What a published schema script needs before it runs on a fresh test database. */
public final class RealSchemas {
    /**
     * One-line statements that pick the database rather than build the schema: {@code DROP DATABASE},
     * {@code CREATE DATABASE}, MySQL {@code USE db;} and psql's {@code \c db;} (not SQL, so no JDBC driver runs it).
     */
    private static final Pattern DATABASE_STATEMENT =
            Pattern.compile("(?i)^\\s*(DROP\\s+DATABASE|CREATE\\s+DATABASE|USE\\s|\\\\c\\s).*;\\s*$");

    private RealSchemas() {}

    /** The script without its database statements: the test database is already made and connected to. */
    public static String withoutDatabaseStatements(String script) {
        return script.lines()
                .filter(line -> !DATABASE_STATEMENT.matcher(line).matches())
                .collect(Collectors.joining("\n", "", "\n"));
    }
}
