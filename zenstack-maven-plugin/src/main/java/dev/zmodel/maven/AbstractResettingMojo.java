package dev.zmodel.maven;

import dev.zmodel.PropertyNames;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * The goals that can drop every object of a database ({@code migrate-reset}, the reset of {@code migrate-dev},
 * {@code db-push -Dzenstack.forceReset}) and therefore refuse a database that is not local unless
 * {@code allowRemote}. Until the next release the override's old name {@code force} still works, with a warning.
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
     * Deprecated: the old name of {@code allowRemote}, honoured with a warning until the next release. (In
     * {@code db-pull}, {@code force} keeps its meaning.) Example: {@code -Dzenstack.force}, now
     * {@code -Dzenstack.allowRemote=true}.
     *
     * @deprecated use {@code allowRemote} ({@code -Dzenstack.allowRemote=true})
     */
    @Deprecated
    @Parameter(property = PropertyNames.FORCE)
    private Boolean force;

    protected AbstractResettingMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    /** {@code allowRemote}, or the deprecated {@code force} (set at all: one warning). */
    @SuppressWarnings("deprecation")
    protected boolean allowRemote() {
        if (force != null) {
            getLog().warn(PropertyNames.FORCE + " is deprecated for zenstack:" + goalName() + " and will be removed in "
                    + "the next release; use " + PropertyNames.flag(PropertyNames.ALLOW_REMOTE, "true") + " to allow a "
                    + "database that is not local.");
        }
        return allowRemote || Boolean.TRUE.equals(force);
    }
}
