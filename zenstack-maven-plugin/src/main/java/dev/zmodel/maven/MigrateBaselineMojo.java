package dev.zmodel.maven;

import dev.zmodel.PropertyNames;
import dev.zmodel.migrate.MigrateBaseline;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import javax.inject.Inject;

/**
 * Adopts an existing database that has no migration history: writes one migration
 * ({@code zenstack/migrations/<timestamp>_baseline/}) that recreates its schema — tables, keys, indexes, enums, checks,
 * comments, and as SQL taken from the database its views, functions, triggers and sequences — adds it to
 * {@code changelog.xml} and records it as applied on that database without running it. What it cannot recreate is
 * named in a warning. Refuses a database with history and a migrations directory that has migrations. Run it after
 * {@code db-pull}; then {@code migrate-dev} is in sync. Example: {@code mvn zenstack:migrate-baseline}.
 */
@Mojo(
        name = "migrate-baseline",
        threadSafe = true,
        requiresDependencyResolution = ResolutionScope.RUNTIME,
        requiresProject = false)
public class MigrateBaselineMojo extends AbstractMigrateMojo {

    /** Name of the baseline migration. Default: {@code baseline}. Example: {@code -Dzenstack.name=initial_schema}. */
    @Parameter(property = PropertyNames.NAME)
    private String name;

    /**
     * Format of the migration: {@code xml} (default), {@code yaml} or {@code sql}.
     * Example: {@code -Dzenstack.changelogFormat=sql}.
     */
    @Parameter(property = PropertyNames.CHANGELOG_FORMAT, defaultValue = "xml")
    private String changelogFormat;

    @Inject
    public MigrateBaselineMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected void run() throws MojoFailureException {
        MigrateBaseline.run(MigrateMojoSupport.options(this, false)
                .withName(name)
                .withChangelogFormat(MigrateMojoSupport.format(changelogFormat)));
    }

    @Override
    protected String goalName() {
        return "migrate-baseline";
    }
}
