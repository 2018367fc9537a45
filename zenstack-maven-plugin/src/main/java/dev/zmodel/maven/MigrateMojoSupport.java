package dev.zmodel.maven;

import dev.zmodel.PropertyNames;
import dev.zmodel.ZModelException;
import dev.zmodel.datasource.ConnectionOverrides;
import dev.zmodel.datasource.ConnectionSettings;
import dev.zmodel.datasource.LiquibaseSettings;
import dev.zmodel.liquibase.ChangelogFormat;
import dev.zmodel.migrate.DifferencesFoundException;
import dev.zmodel.migrate.MigrateOptions;
import dev.zmodel.migrate.ZModelProject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Builds the library's {@link MigrateOptions} from a migration goal's parameters. Kept out of the mojo classes so
 * that only the migration goals load the migration classes (Maven loads every mojo class of the plugin).
 */
final class MigrateMojoSupport {
    private MigrateMojoSupport() {}

    /** Connection, shadow, migrations directory, Maven log, console prompts; the desired state when required. */
    static MigrateOptions options(AbstractMigrateMojo mojo, boolean schemaRequired) throws MojoFailureException {
        Path schema = mojo.schema.toPath();
        ZModelProject project = schemaRequired ? ZModelProject.load(schema) : ZModelProject.loadIfExists(schema);
        ConnectionOverrides overrides = mojo.connectionOverrides();
        ConnectionSettings database;
        ConnectionSettings shadow = null;
        Path dir;
        if (project != null) {
            database = project.connection(overrides, mojo.environment());
            shadow = project.shadow(mojo.shadowDatabaseUrl, mojo.environment());
            dir = mojo.migrations != null ? mojo.migrations.toPath() : project.defaultMigrations();
        } else {
            database = ZModelProject.connectionWithoutSchema(overrides, mojo.basedir());
            dir = mojo.migrations != null
                    ? mojo.migrations.toPath()
                    : schema.toAbsolutePath().getParent().resolve("migrations");
        }
        MigrateOptions options = MigrateOptions.of(database.withLiquibase(liquibaseSettings(mojo)), dir)
                .withShadowDatabase(shadow)
                .withInclude(Parameters.commaSeparated(mojo.include))
                .withExclude(Parameters.commaSeparated(mojo.exclude))
                .withListener(mojo.listener())
                .withPrompter(new ConsolePrompter(mojo.session));
        return project != null && schemaRequired ? options.withDesired(project.desired()) : options;
    }

    /**
     * The failure of a check goal (migrate-status, migrate-diff): differences found are a build failure
     * ({@link MojoFailureException}, "{@code <goal>: differences: …}"); anything else means the check could not run
     * ({@link MojoExecutionException}, "{@code <goal>: cannot check: …}"). Maven exits with 1 either way; the prefix
     * tells them apart.
     */
    static void failCheck(AbstractZenstackMojo mojo, ZModelException e)
            throws MojoExecutionException, MojoFailureException {
        if (e instanceof DifferencesFoundException) {
            throw new MojoFailureException(e.getMessage(), mojo.forStackTrace(e));
        }
        throw new MojoExecutionException(mojo.goalName() + ": cannot check: " + e.getMessage(), mojo.forStackTrace(e));
    }

    /**
     * Liquibase's history settings ({@code liquibase.databaseChangeLogTableName}, …) from {@code -D}/system
     * properties over the POM's properties over the project's {@code liquibase.properties} (or the file
     * {@code liquibase.propertyFile} names, as for Liquibase's Maven plugin).
     */
    static LiquibaseSettings liquibaseSettings(AbstractMigrateMojo mojo) {
        Map<Object, Object> properties = new HashMap<>();
        MavenProject project = mojo.session == null ? null : mojo.session.getCurrentProject();
        if (project != null) {
            properties.putAll(project.getProperties());
        }
        if (mojo.session != null) {
            properties.putAll(mojo.session.getSystemProperties());
            properties.putAll(mojo.session.getUserProperties());
        }
        Object named = properties.get("liquibase.propertyFile");
        Path file = mojo.basedir().resolve(named != null ? named.toString() : LiquibaseSettings.FILE_NAME);
        return LiquibaseSettings.load(file, properties);
    }

    static ChangelogFormat format(String value) throws MojoFailureException {
        return Parameters.oneOf(
                value,
                ChangelogFormat::fromId,
                () -> PropertyNames.CHANGELOG_FORMAT + " is '" + value + "'; use xml, yaml or sql ("
                        + PropertyNames.flag(PropertyNames.CHANGELOG_FORMAT, "yaml") + ").");
    }
}
