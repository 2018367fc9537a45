package dev.zmodel.maven;

import dev.zmodel.PropertyNames;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import java.io.File;
import java.nio.file.Path;

/**
 * The goals that replay migrations on a shadow database ({@code migrate-dev}, {@code migrate-status} with
 * {@code checkDrift}, {@code migrate-diff} with a migrations side) and share the replay cache in the build directory.
 * Without a project (a goal run where there is no {@code pom.xml}) there is no build directory: no cache, always
 * replay.
 */
abstract class AbstractReplayingMojo extends AbstractMigrateMojo {

    /**
     * Reuse what replaying the migrations on a shadow database produced while no migration file, server, driver,
     * datasource setting or plugin version changed (kept in {@code target/zenstack/replay-cache}, shared by
     * {@code migrate-dev}, {@code migrate-status} and {@code migrate-diff}; {@code mvn clean} empties it; without a
     * {@code pom.xml} there is no cache); {@code false} replays them every time. Default: {@code true}. Example:
     * {@code -Dzenstack.replayCache=false}.
     */
    @Parameter(property = PropertyNames.REPLAY_CACHE, defaultValue = "true")
    private boolean replayCache;

    /** Where the replay cache lives: in the build directory, so that {@code mvn clean} empties it. */
    @Parameter(defaultValue = "${project.build.directory}/zenstack/replay-cache", readonly = true)
    private File replayCacheDirectory;

    protected AbstractReplayingMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    /** The replay cache's directory, or null: turned off, or no project (so no build directory to keep it in). */
    protected Path replayCache() {
        if (!replayCache) {
            return null;
        }
        if (session != null && !session.getRequest().isProjectPresent()) {
            getLog().debug("zenstack: no pom.xml, so no build directory for the replay cache: replaying.");
            return null;
        }
        return replayCacheDirectory.toPath();
    }
}
