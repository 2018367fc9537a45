package dev.zmodel.maven;

import dev.zmodel.PropertyNames;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * The goals that can drop every object of a database ({@code migrate-reset}, the reset of {@code migrate-dev},
 * {@code db-push -Dzenstack.forceReset}) and therefore refuse a database that is not local unless
 * {@code allowRemote}. Until the next release the override's old name {@code force} still works; Maven itself warns
 * when a deprecated parameter is set ("Parameter 'force' (user property 'zenstack.force') is deprecated: …").
 */
abstract class AbstractResettingMojo extends AbstractMigrateMojo {

    /**
     * Allow this goal to drop every object of a database that is not local (host not localhost, 127.x.x.x or ::1,
     * not a socket, not SQLite): {@code migrate-reset} always does, {@code migrate-dev} when it resets,
     * {@code db-push} with {@code forceReset}. Default: {@code false}. Example: {@code -Dzenstack.allowRemote=true}.
     */
    @Parameter(property = PropertyNames.ALLOW_REMOTE, defaultValue = "false")
    private boolean allowRemote;

    /**
     * Deprecated: the old name of {@code allowRemote}, still honoured until the next release. (In {@code db-pull},
     * {@code force} keeps its meaning.) Example: {@code -Dzenstack.force}, now {@code -Dzenstack.allowRemote=true}.
     *
     * @deprecated use allowRemote (-Dzenstack.allowRemote=true); force goes away in the next release
     */
    @Deprecated
    @Parameter(property = PropertyNames.FORCE) // no default: Maven warns about a deprecated parameter that has a value
    private Boolean force;

    protected AbstractResettingMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    /** {@code allowRemote}, or the deprecated {@code force}. */
    @SuppressWarnings("deprecation")
    protected boolean allowRemote() {
        return allowRemote || Boolean.TRUE.equals(force);
    }
}
