package dev.zmodel.maven;

import dev.zmodel.datasource.ConnectionOverrides;
import dev.zmodel.datasource.ConnectionSettings;
import dev.zmodel.liquibase.ChangelogFormat;
import dev.zmodel.migrate.MigrateOptions;
import dev.zmodel.migrate.ZModelProject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * What the migration goals share: the migrations directory and the shadow database on top of the database
 * connection of {@link AbstractDatabaseMojo}, turned into the library's {@link MigrateOptions}.
 */
abstract class AbstractMigrateMojo extends AbstractDatabaseMojo {

    /**
     * The migrations directory: {@code changelog.xml}, {@code migration_lock.properties} and one folder per
     * migration. Default: {@code migrations/} next to the schema file.
     * Example: {@code -Dzenstack.migrations=src/main/resources/db/migrations}.
     */
    @Parameter(property = "zenstack.migrations")
    protected File migrations;

    /**
     * A database used as the shadow database (reset before every use) instead of a temporary one created on the
     * database server; needed when the user may not create databases. Default: the datasource's
     * {@code shadowDatabaseUrl}, else a temporary database. Example:
     * {@code -Dzenstack.shadowDatabaseUrl=postgresql://app@localhost/shop_shadow}.
     */
    @Parameter(property = "zenstack.shadowDatabaseUrl")
    protected String shadowDatabaseUrl;

    @Parameter(defaultValue = "${session}", readonly = true)
    protected MavenSession session;

    protected AbstractMigrateMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    /** The schema project, or null when there is no schema file and the goal can work from a url alone. */
    protected ZModelProject project(boolean schemaRequired) {
        return schemaRequired ? ZModelProject.load(schema.toPath()) : ZModelProject.loadIfExists(schema.toPath());
    }

    /** Options for the library: connection, shadow, migrations directory, Maven log, console prompts. */
    protected MigrateOptions options(boolean schemaRequired) throws MojoFailureException {
        ZModelProject project = project(schemaRequired);
        ConnectionOverrides overrides = connectionOverrides();
        ConnectionSettings database;
        ConnectionSettings shadow = null;
        Path dir;
        if (project != null) {
            database = project.connection(overrides, environment());
            shadow = project.shadow(shadowDatabaseUrl, environment());
            dir = migrations != null ? migrations.toPath() : project.defaultMigrations();
        } else {
            database = ZModelProject.connectionWithoutSchema(overrides, basedir());
            dir = migrations != null ? migrations.toPath() : schema.toPath().toAbsolutePath().getParent()
                    .resolve("migrations");
        }
        MigrateOptions options = MigrateOptions.of(database, dir).withShadowDatabase(shadow).withListener(listener())
                .withPrompter(new ConsolePrompter(session));
        return project != null && schemaRequired ? options.withDesired(project.desired()) : options;
    }

    protected Path basedir() {
        return session != null && session.getCurrentProject() != null
                ? session.getCurrentProject().getBasedir().toPath() : Path.of("").toAbsolutePath();
    }

    static List<String> list(String commaSeparated) {
        return commaSeparated == null ? List.of() : Arrays.stream(commaSeparated.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static ChangelogFormat format(String value) throws MojoFailureException {
        return ChangelogFormat.fromId(value).orElseThrow(() -> new MojoFailureException("zenstack.changelogFormat is '"
                + value + "'; use xml, yaml or sql."));
    }
}
