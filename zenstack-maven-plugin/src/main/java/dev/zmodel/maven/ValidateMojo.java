package dev.zmodel.maven;

import dev.zmodel.lang.Diagnostic;
import dev.zmodel.lang.ZModelFiles;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

import java.util.List;

/**
 * Validates the ZModel schema: syntax, types, relations, attributes and their arguments, {@code @db.*}
 * native types for the datasource provider. Every problem is reported as {@code file:line:col: message};
 * errors fail the build, warnings are logged. Bound to the {@code validate} phase when declared in an
 * {@code <execution>}. Example: {@code mvn zenstack:validate}.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true, requiresProject = false)
public class ValidateMojo extends AbstractZenstackMojo {

    @Override
    protected void run() throws MojoFailureException {
        List<Diagnostic> diagnostics = ZModelFiles.validate(schema.toPath());
        List<Diagnostic> errors = diagnostics.stream().filter(Diagnostic::isError).toList();
        diagnostics.stream().filter(d -> !d.isError()).forEach(d -> getLog().warn(d.format()));
        if (!errors.isEmpty()) {
            StringBuilder message = new StringBuilder("The ZModel schema has ")
                    .append(errors.size()).append(errors.size() == 1 ? " error:" : " errors:");
            errors.forEach(d -> message.append("\n  ").append(d.format()));
            throw new MojoFailureException(message.toString());
        }
        getLog().info("ZModel schema is valid: " + schema);
    }

    @Override
    protected String goalName() {
        return "validate";
    }
}
