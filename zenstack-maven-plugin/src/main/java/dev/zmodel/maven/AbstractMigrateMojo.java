package dev.zmodel.maven;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import java.io.File;
import java.nio.file.Path;

/**
 * What the migration goals share: the migrations directory and the shadow database on top of the database
 * connection of {@link AbstractDatabaseMojo}, turned into the library's options by {@link MigrateMojoSupport}.
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

    /**
     * No method here may mention library types of the migration packages in its signature: Maven loads every mojo
     * class of the plugin when it runs any goal, and {@code db-pull} must stay lean. {@link MigrateMojoSupport} builds
     * the options.
     */
    protected Path basedir() {
        return session != null && session.getCurrentProject() != null
                ? session.getCurrentProject().getBasedir().toPath() : Path.of("").toAbsolutePath();
    }
}
