package dev.zmodel.maven;

import dev.zmodel.PropertyNames;
import dev.zmodel.lang.ZModelFiles;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.nio.file.Path;
import java.util.List;

/**
 * Formats the ZModel schema (and the files it imports) in the canonical ZenStack style: 4-space indentation,
 * aligned field columns, one blank line between declarations. Files are rewritten atomically; comments are
 * never dropped. With {@code -Dzenstack.check} nothing is written and the build fails when a file is not
 * formatted (for CI). Example: {@code mvn zenstack:format}.
 */
@Mojo(name = "format", threadSafe = true)
public class FormatMojo extends AbstractZenstackMojo {

    /**
     * Fail, instead of skipping with one info line, in a module of a multi-module build that has no schema file
     * (the goal runs in every module). Default: {@code false}. Example: {@code -Dzenstack.failIfNoSchema=true}.
     */
    @Parameter(property = PropertyNames.FAIL_IF_NO_SCHEMA, defaultValue = "false")
    private boolean failIfNoSchema;

    /**
     * Only check: fail when a file is not canonically formatted, write nothing.
     * Example: {@code mvn zenstack:format -Dzenstack.check}.
     */
    @Parameter(property = PropertyNames.CHECK, defaultValue = "false")
    private boolean check;

    @Override
    protected void run() throws MojoFailureException {
        Path entry = schema.toPath();
        List<Path> unformatted = check ? ZModelFiles.unformatted(entry) : ZModelFiles.format(entry);
        if (check && !unformatted.isEmpty()) {
            StringBuilder message = new StringBuilder("These ZModel files are not formatted:");
            unformatted.forEach(p -> message.append("\n  ").append(p));
            message.append("\nRun `mvn zenstack:format` to format them.");
            throw new MojoFailureException(message.toString());
        }
        if (unformatted.isEmpty()) {
            getLog().info("ZModel schema is formatted: " + entry);
        } else {
            unformatted.forEach(p -> getLog().info("Formatted " + p));
        }
    }

    @Override
    protected String skipReason() {
        return skipIfModuleWithoutSchema(failIfNoSchema);
    }

    @Override
    protected String goalName() {
        return "format";
    }
}
