package dev.zmodel.datasource;

import dev.zmodel.Provider;
import dev.zmodel.dialect.Dialect;

import java.sql.SQLException;

import static dev.zmodel.PropertyNames.PASSWORD;
import static dev.zmodel.PropertyNames.SERVER_ID;
import static dev.zmodel.PropertyNames.USERNAME;
import static dev.zmodel.PropertyNames.flag;

/**
 * Why a connection attempt failed, in the user's terms, from the driver's SQL state (and, for MySQL/MariaDB, its
 * error code): the server cannot be reached, the credentials are wrong, the database does not exist, the user may
 * not use the database, or something else. Selects the advice of {@link Connections}' message.
 */
enum ConnectionFailure {
    UNREACHABLE,
    CREDENTIALS,
    NO_DATABASE,
    NO_PRIVILEGE,
    OTHER;

    static ConnectionFailure of(Provider provider, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return switch (provider) {
            case POSTGRESQL ->
                state.equals("3D000")
                        ? NO_DATABASE
                        : state.equals("42501")
                                ? NO_PRIVILEGE
                                : state.startsWith("28") ? CREDENTIALS : state.startsWith("08") ? UNREACHABLE : OTHER;
            // MariaDB/MySQL: 1045 wrong user/password, 1044 no privilege on the database, 1049 unknown database.
            case MYSQL ->
                e.getErrorCode() == 1049
                        ? NO_DATABASE
                        : e.getErrorCode() == 1044
                                ? NO_PRIVILEGE
                                : e.getErrorCode() == 1045 || state.startsWith("28")
                                        ? CREDENTIALS
                                        : state.startsWith("08") ? UNREACHABLE : OTHER;
            case SQLITE -> OTHER;
        };
    }

    String advice(ConnectionSettings settings) {
        return switch (this) {
            case UNREACHABLE ->
                "Check that the database server is running and reachable at the host and port of the "
                        + "url (host name, port, firewall)";
            case CREDENTIALS ->
                "Check the user name and password: in the url, " + flag(USERNAME) + "/" + flag(PASSWORD)
                        + ", or the <server> of " + flag(SERVER_ID) + " in settings.xml";
            case NO_DATABASE -> "Create the database (CREATE DATABASE <name>), or fix the database name in the url";
            case NO_PRIVILEGE ->
                "Grant the user access to the database (PostgreSQL: GRANT CONNECT ON DATABASE <name> "
                        + "TO <user>; MySQL: GRANT ALL ON <name>.* TO <user>), or connect as a user that has it";
            case OTHER ->
                Dialect.of(settings.provider()).facts().fileDatabase()
                        ? "Check that the file: path of the url names a SQLite database in a directory that exists"
                        : "Check that the server is running and reachable, the database exists, and the user name and "
                                + "password are right";
        };
    }
}
