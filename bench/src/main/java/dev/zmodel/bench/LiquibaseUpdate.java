package dev.zmodel.bench;

import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.resource.DirectoryResourceAccessor;

import java.nio.file.Path;
import java.util.Map;

/**
 * A plain Liquibase {@code update}, as the Liquibase CLI runs it (same Liquibase version as the plugin), for the
 * whole-process comparison with {@code migrate-dev -Dzenstack.name=init} (bench/migrate-dev-noop.sh):
 * {@code java -cp bench/target/bench.jar dev.zmodel.bench.LiquibaseUpdate <jdbc-url> <changelog file>}.
 */
public final class LiquibaseUpdate {
    private LiquibaseUpdate() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("liquibase.analytics.enabled", "false");
        java.util.logging.Logger.getLogger("liquibase").setLevel(java.util.logging.Level.WARNING);
        Path changelog = Path.of(args[1]).toAbsolutePath().normalize();
        Scope.child(
                Map.of(Scope.Attr.resourceAccessor.name(), new DirectoryResourceAccessor(changelog.getParent())),
                () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                        .addArgumentValue(DbUrlConnectionArgumentsCommandStep.URL_ARG, args[0])
                        .addArgumentValue(
                                UpdateCommandStep.CHANGELOG_FILE_ARG,
                                changelog.getFileName().toString())
                        .setOutput(java.io.OutputStream.nullOutputStream())
                        .execute());
    }
}
