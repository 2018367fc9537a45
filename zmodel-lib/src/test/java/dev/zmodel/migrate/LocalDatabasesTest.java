package dev.zmodel.migrate;

import dev.zmodel.Provider;
import dev.zmodel.ZModelException;
import dev.zmodel.datasource.ConnectionSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which databases the destructive goals (migrate-reset, db-push forceReset, migrate-dev's reset) take for local. */
class LocalDatabasesTest {

    private static ConnectionSettings settings(String url) {
        Provider p = url.startsWith("jdbc:postgresql")
                ? Provider.POSTGRESQL
                : url.startsWith("jdbc:sqlite") ? Provider.SQLITE : Provider.MYSQL;
        return new ConnectionSettings(p, url, "app", "pw-secret-1", List.of());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "jdbc:postgresql://localhost:5432/app",
                "jdbc:postgresql://127.0.0.1/app",
                "jdbc:postgresql://127.1.2.3:5433/app?user=x",
                "jdbc:postgresql://[::1]:5432/app",
                "jdbc:postgresql:app",
                "jdbc:mariadb://LOCALHOST/app",
                "jdbc:mariadb://localhost:3306,127.0.0.1:3307/app",
                "jdbc:mariadb:replication://localhost,127.0.0.1/app",
                "jdbc:sqlite:/tmp/x.db"
            })
    void local(String url) {
        assertTrue(LocalDatabases.isLocal(settings(url)), url);
        assertDoesNotThrow(() -> LocalDatabases.requireLocal(settings(url), false, "it drops everything"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "jdbc:postgresql://db.example.com/app",
                "jdbc:postgresql://127.example.com/app",
                "jdbc:postgresql://127.0.0.1.nip.io/app",
                "jdbc:postgresql://localhost.example.com/app",
                "jdbc:postgresql://10.0.0.5/app",
                "jdbc:mariadb://localhost,prod.example.com/app",
                "jdbc:mariadb:replication://prod.example.com/app",
                "jdbc:mysql:loadbalance://prod1,prod2/app",
                "jdbc:mariadb:sequential://localhost,prod.example.com/app",
                "jdbc:mysql://address=(host=prod.example.com)(port=3306)/app"
            })
    void notLocal(String url) {
        assertFalse(LocalDatabases.isLocal(settings(url)), url);
        ZModelException e = assertThrows(
                ZModelException.class, () -> LocalDatabases.requireLocal(settings(url), false, "it drops everything"));
        assertTrue(e.getMessage().startsWith("Refusing to run on "), e.getMessage());
        assertTrue(e.getMessage().endsWith("pass -Dzenstack.allowRemote=true."), e.getMessage());
        assertFalse(e.getMessage().contains("pw-secret-1"), e.getMessage());
        assertDoesNotThrow(
                () -> LocalDatabases.requireLocal(settings(url), true, "it drops everything"),
                "allowRemote lets a developer reset a remote development database");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "jdbc:postgresql://db.example.com/app?user=app&password=pw-secret-1",
                "jdbc:mariadb://app:pw-secret-1@db.example.com/app"
            })
    void theRefusalMasksThePassword(String url) {
        ZModelException e = assertThrows(
                ZModelException.class, () -> LocalDatabases.requireLocal(settings(url), false, "it drops everything"));
        assertFalse(e.getMessage().contains("pw-secret-1"), e.getMessage());
        assertTrue(e.getMessage().contains("***"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:mariadb:replication://a:3306,b:3307/app"})
    void hostsSkipTheSubProtocol(String url) {
        assertEquals(List.of("a", "b"), ServerUrls.hosts(url));
    }
}
