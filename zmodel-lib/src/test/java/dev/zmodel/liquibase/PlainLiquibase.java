package dev.zmodel.liquibase;

import dev.zmodel.testing.TestDatabase;
import liquibase.Scope;
import liquibase.analytics.configuration.AnalyticsArgs;
import liquibase.command.CommandScope;
import liquibase.resource.DirectoryResourceAccessor;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Liquibase as a user runs it — {@code CommandScope("update")} with a URL, user and password and a changelog
 * file in a directory — without any of our code in between. Analytics off, as everywhere.
 */
public final class PlainLiquibase {
    private PlainLiquibase() {}

    public static void update(TestDatabase db, Path dir, String changelog) {
        run(db, dir, "update", changelog, null);
    }

    public static void rollbackCount(TestDatabase db, Path dir, String changelog, int count) {
        run(db, dir, "rollbackCount", changelog, count);
    }

    private static void run(TestDatabase db, Path dir, String command, String changelog, Integer count) {
        Map<String, Object> scope = new HashMap<>();
        scope.put(AnalyticsArgs.ENABLED.getKey(), false);
        // Quiet test output; logging does not change what Liquibase does.
        scope.put(Scope.Attr.logService.name(), new liquibase.logging.core.NoOpLogService());
        scope.put(Scope.Attr.ui.name(), new liquibase.ui.LoggerUIService());
        try {
            scope.put(Scope.Attr.resourceAccessor.name(), new DirectoryResourceAccessor(dir));
            Scope.child(scope, () -> {
                CommandScope c = new CommandScope(command)
                        .addArgumentValue("url", db.jdbcUrl())
                        .addArgumentValue("changelogFile", changelog)
                        .setOutput(OutputStream.nullOutputStream());
                if (db.user() != null) {
                    c.addArgumentValue("username", db.user());
                }
                if (db.password() != null) {
                    c.addArgumentValue("password", db.password());
                }
                if (count != null) {
                    c.addArgumentValue("count", count);
                }
                c.execute();
            });
        } catch (Exception e) {
            throw new AssertionError("Liquibase " + command + " failed on " + db + ": " + e.getMessage(), e);
        }
    }
}
