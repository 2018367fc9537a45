package dev.zmodel.maven;

import dev.zmodel.PropertyNames;
import dev.zmodel.datasource.ConnectionOverrides;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What every goal that talks to a database shares: the connection parameters ({@code url}, {@code username},
 * {@code password}, or {@code serverId} for credentials from {@code settings.xml}, decrypted with Maven's
 * {@link SettingsDecrypter}), resolved into the library's {@link ConnectionOverrides}. Without {@code url} the
 * schema's {@code datasource.url} is used, including {@code env("DATABASE_URL")}.
 */
abstract class AbstractDatabaseMojo extends AbstractZenstackMojo {

    /**
     * Database URL ({@code zenstack.url}); overrides the schema's {@code datasource.url}. A ZModel URL
     * ({@code postgresql://}, {@code mysql://}, {@code file:} relative to the schema file) or a JDBC URL.
     * Default: the datasource's {@code url}, {@code env("DATABASE_URL")} included.
     * Example: {@code -Dzenstack.url=postgresql://app@localhost:5432/shop}.
     */
    @Parameter(property = PropertyNames.URL)
    protected String url;

    /**
     * Database user ({@code zenstack.username}); overrides the user of the URL. Not together with {@code serverId}.
     * Default: the URL's user. Example: {@code -Dzenstack.username=app}.
     */
    @Parameter(property = PropertyNames.USERNAME)
    protected String username;

    /**
     * Database password ({@code zenstack.password}); overrides the password of the URL. Prefer {@code serverId},
     * which keeps it (encrypted) in {@code settings.xml}. Not together with {@code serverId}. Never logged.
     * Default: the URL's password. Example: {@code -Dzenstack.password=secret}.
     */
    @Parameter(property = PropertyNames.PASSWORD)
    protected String password;

    /**
     * Id of a {@code <server>} in {@code settings.xml} ({@code zenstack.serverId}) whose {@code username} and
     * {@code password} (decrypted when encrypted with {@code mvn --encrypt-password}) are the database
     * credentials. Not together with {@code username}/{@code password}. Default: none.
     * Example: {@code -Dzenstack.serverId=shop-db}.
     */
    @Parameter(property = PropertyNames.SERVER_ID)
    protected String serverId;

    /**
     * Comma-separated globs ({@code *}, {@code ?}) of the tables and views that belong to this project
     * ({@code zenstack.include}); {@code schema.table} globs match PostgreSQL schemas. db-pull reads only these;
     * the migration goals create, change, drop, reset and check for drift only these. Set it once in the plugin's
     * {@code <configuration>} so every goal sees it. Default: all tables and views.
     * Example: {@code -Dzenstack.include=shop_*,audit_log}.
     */
    @Parameter(property = PropertyNames.INCLUDE)
    protected String include;

    /**
     * Comma-separated globs of tables and views that do not belong to this project ({@code zenstack.exclude}):
     * another application's, a queue's, a cache's (Prisma's {@code tables.external}). db-pull leaves their models as
     * they are; the migration goals never create, change, drop or reset them nor report them as drift. Set it once in
     * the plugin's {@code <configuration>} so every goal sees it. Default: none. Example:
     * {@code -Dzenstack.exclude=legacy_*,qrtz_*}.
     */
    @Parameter(property = PropertyNames.EXCLUDE)
    protected String exclude;

    @Parameter(defaultValue = "${settings}", readonly = true)
    protected Settings settings;

    private final SettingsDecrypter decrypter;

    protected AbstractDatabaseMojo(SettingsDecrypter decrypter) {
        this.decrypter = decrypter;
    }

    /** The connection parameters of this goal for the library. */
    protected ConnectionOverrides connectionOverrides() throws MojoFailureException {
        if (serverId == null || serverId.isBlank()) {
            return new ConnectionOverrides(url, username, password);
        }
        if (username != null && !username.isBlank() || password != null && !password.isEmpty()) {
            throw new MojoFailureException("Give the database credentials either as " + PropertyNames.USERNAME + "/"
                    + PropertyNames.PASSWORD + " or as " + PropertyNames.SERVER_ID + " (" + serverId + "), not both.");
        }
        Server server = settings == null ? null : settings.getServer(serverId);
        if (server == null) {
            throw new MojoFailureException(PropertyNames.SERVER_ID + " is '" + serverId + "' but settings.xml has no "
                    + "<server> with that id. Add <server><id>" + serverId + "</id><username>…</username>"
                    + "<password>…</password></server> to ~/.m2/settings.xml.");
        }
        SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        if (!result.getProblems().isEmpty()) {
            throw new MojoFailureException(
                    "Cannot decrypt the credentials of server '" + serverId + "' in settings.xml: "
                            + result.getProblems().stream()
                                    .map(SettingsProblem::getMessage)
                                    .collect(Collectors.joining("; "))
                            + ". Check ~/.m2/settings-security.xml.");
        }
        Server decrypted = result.getServer();
        return new ConnectionOverrides(url, decrypted.getUsername(), decrypted.getPassword());
    }

    /** Environment variables for {@code env("NAME")} in the datasource. */
    protected Function<String, String> environment() {
        return System::getenv;
    }
}
