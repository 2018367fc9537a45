package dev.zmodel.maven;

import dev.zmodel.PropertyNames;
import dev.zmodel.migrate.MigrateImport;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import javax.inject.Inject;
import java.io.File;

/**
 * Takes over a Prisma or ZenStack migrations directory: every {@code <timestamp>_<name>/migration.sql} becomes a
 * migration of this project with the same name, in the same order, its SQL unchanged; on a database with Prisma's
 * {@code _prisma_migrations}, the migrations Prisma finished there are recorded as applied without running them.
 * Failed and rolled-back ones stay pending and are reported, and so are edited files. Run it again against every
 * other database Prisma migrated (staging, production) to record their history; it writes nothing twice.
 * Example: {@code mvn zenstack:migrate-import -Dzenstack.from=prisma/migrations}.
 */
@Mojo(name = "migrate-import", threadSafe = true, requiresProject = false)
public class MigrateImportMojo extends AbstractMigrateMojo {

    /**
     * The Prisma or ZenStack migrations directory: {@code migration_lock.toml} and one
     * {@code <timestamp>_<name>/migration.sql} folder per migration. Relative to the project directory.
     * Example: {@code -Dzenstack.from=prisma/migrations}.
     */
    @Parameter(property = PropertyNames.FROM)
    private File from;

    @Inject
    public MigrateImportMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected void run() throws MojoFailureException {
        if (from == null) {
            throw new MojoFailureException(
                    "migrate-import needs the Prisma or ZenStack migrations directory to import: "
                            + "mvn zenstack:migrate-import "
                            + PropertyNames.flag(PropertyNames.FROM, "prisma/migrations") + ".");
        }
        MigrateImport.run(MigrateMojoSupport.options(this, false), basedir().resolve(from.toPath()));
    }

    @Override
    protected String goalName() {
        return "migrate-import";
    }
}
