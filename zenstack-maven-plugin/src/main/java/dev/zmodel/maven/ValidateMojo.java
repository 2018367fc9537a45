package dev.zmodel.maven;

import dev.zmodel.PropertyNames;
import dev.zmodel.lang.ZModelFiles;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Validates the ZModel schema: syntax, types, relations, attributes and their arguments, {@code @db.*}
 * native types for the datasource provider. Every problem is reported as {@code file:line:col: message};
 * errors fail the build, warnings are logged. Bound to the {@code validate} phase when declared in an
 * {@code <execution>}. Example: {@code mvn zenstack:validate}.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends AbstractZenstackMojo {

    /**
     * Fail, instead of skipping with one info line, in a module of a multi-module build that has no schema file
     * (the goal runs in every module). Default: {@code false}. Example: {@code -Dzenstack.failIfNoSchema=true}.
     */
    @Parameter(property = PropertyNames.FAIL_IF_NO_SCHEMA, defaultValue = "false")
    private boolean failIfNoSchema;

    @Override
    protected void run() throws MojoFailureException {
        ZModelFiles.requireValid(schema.toPath(), listener());
        getLog().info("ZModel schema is valid: " + schema);
    }

    @Override
    protected String skipReason() {
        return skipIfModuleWithoutSchema(failIfNoSchema);
    }

    @Override
    protected String goalName() {
        return "validate";
    }
}
