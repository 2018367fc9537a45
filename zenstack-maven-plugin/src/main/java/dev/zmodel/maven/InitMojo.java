package dev.zmodel.maven;

import dev.zmodel.PropertyNames;
import dev.zmodel.init.InitOptions;
import dev.zmodel.init.ProjectInit;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Starts a ZenStack project, like {@code zen init}: creates the schema file ({@code zenstack/schema.zmodel}) with a
 * {@code datasource} block for the chosen provider and prints the next steps ({@code mvn zenstack:db-pull} for an
 * existing database, {@code mvn zenstack:migrate-dev -Dzenstack.name=init} for a new one). Never overwrites: when the
 * file exists the build fails and the file is left as it is. The file is written atomically and validated.
 * Example: {@code mvn zenstack:init -Dzenstack.provider=postgresql}.
 */
@Mojo(name = "init", threadSafe = true, requiresProject = false)
public class InitMojo extends AbstractZenstackMojo {

    /**
     * Database provider of the new datasource ({@code zenstack.provider}): {@code postgresql}, {@code mysql} (MySQL
     * and MariaDB) or {@code sqlite}. Default: {@code sqlite}, like {@code zen init}.
     * Example: {@code -Dzenstack.provider=postgresql}.
     */
    @Parameter(property = PropertyNames.PROVIDER, defaultValue = "sqlite")
    private String provider;

    /**
     * Datasource url to write ({@code zenstack.url}): a URL of the provider ({@code postgresql://…}, {@code mysql://…},
     * {@code file:…}) or {@code env("NAME")} to read it from an environment variable. Default:
     * {@code env("DATABASE_URL")}, for {@code sqlite} {@code file:./dev.db} (next to the schema).
     * Example: {@code -Dzenstack.url=postgresql://app@localhost:5432/shop}.
     */
    @Parameter(property = PropertyNames.URL)
    private String url;

    @Override
    protected void run() {
        ProjectInit.run(InitOptions.of(schema.toPath(), ProjectInit.provider(provider))
                .withUrl(url)
                .withProjectDir(basedir())
                .withListener(listener()));
    }

    @Override
    protected String goalName() {
        return "init";
    }
}
