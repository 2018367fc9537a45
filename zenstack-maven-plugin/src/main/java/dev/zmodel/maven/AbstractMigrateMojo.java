package dev.zmodel.maven;

import dev.zmodel.PropertyNames;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import java.io.File;

/**
 * What the migration goals share: the migrations directory and the shadow database on top of the database
 * connection of {@link AbstractDatabaseMojo}, turned into the library's options by {@link MigrateMojoSupport}.
 * No member here may mention library types of the migration packages: Maven loads every mojo class of the plugin
 * when it runs any goal, and {@code db-pull} must stay lean.
 */
abstract class AbstractMigrateMojo extends AbstractDatabaseMojo {

    /**
     * The migrations directory: {@code changelog.xml}, {@code migration_lock.properties} and one folder per
     * migration. Default: {@code migrations/} next to the schema file.
     * Example: {@code -Dzenstack.migrations=src/main/resources/db/migrations}.
     */
    @Parameter(property = PropertyNames.MIGRATIONS)
    protected File migrations;

    /**
     * A database used as the shadow database (reset before every use) instead of a temporary one created on the
     * database server; needed when the user may not create databases. Default: the datasource's
     * {@code shadowDatabaseUrl}, else a temporary database. Example:
     * {@code -Dzenstack.shadowDatabaseUrl=postgresql://app@localhost/shop_shadow}.
     */
    @Parameter(property = PropertyNames.SHADOW_DATABASE_URL)
    protected String shadowDatabaseUrl;

    protected AbstractMigrateMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }
}
