package dev.zmodel.maven;

import dev.zmodel.PropertyNames;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * The goals that can drop every object of a database ({@code migrate-reset}, the reset of {@code migrate-dev},
 * {@code db-push -Dzenstack.forceReset}) and therefore refuse a database that is not local unless
 * {@code allowRemote} ({@code migrate-dev} declares it itself: it extends {@link AbstractReplayingMojo}). ({@code force}, on {@code migrate-reset} and {@code db-push}, means "without asking" and
 * never allows a database that is not local.)
 */
abstract class AbstractResettingMojo extends AbstractMigrateMojo {

    /**
     * Allow this goal to drop every object of a database that is not local (host not localhost, 127.x.x.x or ::1,
     * not a socket, not SQLite): {@code migrate-reset} always does, {@code migrate-dev} when it resets,
     * {@code db-push} with {@code forceReset}. Default: {@code false}. Example: {@code -Dzenstack.allowRemote=true}.
     */
    @Parameter(property = PropertyNames.ALLOW_REMOTE, defaultValue = "false")
    private boolean allowRemote;

    protected AbstractResettingMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    protected boolean allowRemote() {
        return allowRemote;
    }
}
