package dev.zmodel.maven;

import dev.zmodel.PropertyNames;
import dev.zmodel.ZModelException;
import dev.zmodel.migrate.DiffSource;
import dev.zmodel.migrate.DifferencesFoundException;
import dev.zmodel.migrate.MigrateDiff;
import dev.zmodel.migrate.MigrateDiffResult;
import dev.zmodel.migrate.ZModelProject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import javax.inject.Inject;
import java.io.File;

/**
 * Prints (or writes) the Liquibase changelog that turns {@code from} into {@code to}. Each side is {@code empty},
 * {@code schema:<file.zmodel>}, {@code migrations:<dir>} (replayed on a shadow database, or taken from the replay
 * cache) or {@code url:<database
 * url>}. With {@code exitCode} the build fails when the two differ — the CI check "the migrations match the
 * schema": {@code mvn zenstack:migrate-diff -Dzenstack.from=migrations:zenstack/migrations
 * -Dzenstack.to=schema:zenstack/schema.zmodel -Dzenstack.exitCode}.
 */
@Mojo(
        name = "migrate-diff",
        threadSafe = true,
        requiresDependencyResolution = ResolutionScope.RUNTIME,
        requiresProject = false)
public class MigrateDiffMojo extends AbstractReplayingMojo {

    /** The current state. Default: the migrations directory. Example: {@code -Dzenstack.from=empty}. */
    @Parameter(property = PropertyNames.FROM)
    private String from;

    /** The desired state. Default: the schema file. Example: {@code -Dzenstack.to=url:postgresql://localhost/app}. */
    @Parameter(property = PropertyNames.TO)
    private String to;

    /** Fail the build when the two sides differ (exit code 2 semantics for CI). Example: {@code -Dzenstack.exitCode}. */
    @Parameter(property = PropertyNames.EXIT_CODE, defaultValue = "false")
    private boolean exitCode;

    /** Write the changelog to this file instead of the log. Example: {@code -Dzenstack.output=target/diff.xml}. */
    @Parameter(property = PropertyNames.OUTPUT)
    private File output;

    /** Format of the changelog: {@code xml} (default), {@code yaml} or {@code sql}. Example: {@code -Dzenstack.changelogFormat=sql}. */
    @Parameter(property = PropertyNames.CHANGELOG_FORMAT, defaultValue = "xml")
    private String changelogFormat;

    /** Rename hints (comma-separated, ZModel names: {@code Model.old=Model.new}, {@code OldModel=NewModel}). Example: {@code -Dzenstack.renames=User.name=User.fullName}. */
    @Parameter(property = PropertyNames.RENAMES)
    private String renames;

    @Inject
    public MigrateDiffMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected void run() throws MojoFailureException {
        var options = MigrateMojoSupport.options(this, false)
                .withChangelogFormat(MigrateMojoSupport.format(changelogFormat))
                .withRenames(Parameters.commaSeparated(renames))
                .withReplayCache(replayCache());
        DiffSource fromSource = DiffSource.parse(from != null ? from : "migrations:" + options.migrations(), basedir());
        DiffSource toSource = DiffSource.parse(to != null ? to : "schema:" + schema, basedir());
        MigrateDiffResult result = MigrateDiff.run(
                options, fromSource, toSource, ZModelProject::desired, output == null ? null : output.toPath());
        if (result.changelog() != null && output == null) {
            getLog().info("\n" + result.changelog());
        }
        if (exitCode && !result.isEmpty()) {
            throw new MojoFailureException(DifferencesFoundException.prefix("migrate-diff") + fromSource + " and "
                    + toSource + " differ ("
                    + result.diff().changes().size() + " change(s), exit code 2). Create a migration for them: mvn "
                    + "zenstack:migrate-dev " + PropertyNames.flag(PropertyNames.NAME, "<name>") + ".");
        }
    }

    /** Differences fail the build ({@code exitCode}); sides that cannot be read are an error of their own. */
    @Override
    protected void fail(ZModelException e) throws MojoExecutionException, MojoFailureException {
        MigrateMojoSupport.failCheck(this, e);
    }

    @Override
    protected String goalName() {
        return "migrate-diff";
    }
}
