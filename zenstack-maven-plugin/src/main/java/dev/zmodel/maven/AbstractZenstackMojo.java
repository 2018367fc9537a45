package dev.zmodel.maven;

import dev.zmodel.Listener;
import dev.zmodel.ZModelException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;

/**
 * What every goal shares: the schema file, {@code skip}, and turning library failures into one clear
 * {@link MojoFailureException} (the stack trace is shown by Maven only with {@code -e}/{@code -X}).
 */
abstract class AbstractZenstackMojo extends AbstractMojo {

    /**
     * The ZModel schema file (the entry file of a multi-file schema).
     * Example: {@code -Dzenstack.schema=src/main/zenstack/schema.zmodel}.
     */
    @Parameter(property = "zenstack.schema", defaultValue = "${project.basedir}/zenstack/schema.zmodel")
    protected File schema;

    /**
     * Skips the goal, e.g. in modules of a multi-module build that have no schema. Default: {@code false}.
     * Example: {@code -Dzenstack.skip}.
     */
    @Parameter(property = "zenstack.skip", defaultValue = "false")
    protected boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping " + goalName() + " (zenstack.skip=true)");
            return;
        }
        try {
            run();
        } catch (ZModelException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }

    /** The goal's work: one library call plus reporting. */
    protected abstract void run() throws MojoFailureException;

    /** The goal name for messages. */
    protected abstract String goalName();

    protected Listener listener() {
        return new MavenLogListener(getLog());
    }
}
