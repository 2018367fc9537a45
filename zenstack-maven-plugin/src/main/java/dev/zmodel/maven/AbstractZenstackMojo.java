package dev.zmodel.maven;

import dev.zmodel.Listener;
import dev.zmodel.PropertyNames;
import dev.zmodel.ZModelException;
import dev.zmodel.datasource.Connections;
import dev.zmodel.datasource.Urls;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.net.URLClassLoader;
import java.nio.file.Path;

/**
 * What every goal shares: the schema file, {@code skip}, and turning library failures into one clear
 * {@link MojoFailureException} (the stack trace is shown by Maven only with {@code -e}/{@code -X}).
 * <p>
 * Goals that need the schema file ({@code validate}, {@code format}, {@code db-pull}, {@code migrate-dev},
 * {@code db-push}) require a project, so Maven runs them in every module of a multi-module build, and skip the
 * modules without the schema file ({@link #skipIfModuleWithoutSchema}). {@code init} and the goals that also work
 * without a schema file when given a url ({@code migrate-deploy}, {@code -status}, {@code -resolve}, {@code -reset},
 * {@code -diff}) declare {@code requiresProject = false} so that they run without a POM; Maven runs such a goal
 * once, in the project it was started in, never per module.
 */
abstract class AbstractZenstackMojo extends AbstractMojo {

    /**
     * The ZModel schema file (the entry file of a multi-file schema). Default: {@code zenstack/schema.zmodel} in the
     * project directory, without a POM in the current one.
     * Example: {@code -Dzenstack.schema=src/main/zenstack/schema.zmodel}.
     */
    // ${basedir}, not ${project.basedir}: without a POM (init, url-only migration goals) Maven leaves the latter
    // unresolved, and the schema became a literal "${project.basedir}/zenstack/schema.zmodel" path
    @Parameter(property = PropertyNames.SCHEMA, defaultValue = "${basedir}/zenstack/schema.zmodel")
    protected File schema;

    /** Skips the goal. Default: {@code false}. Example: {@code -Dzenstack.skip}. */
    @Parameter(property = PropertyNames.SKIP, defaultValue = "false")
    protected boolean skip;

    @Parameter(defaultValue = "${session}", readonly = true)
    protected MavenSession session;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping " + goalName() + " (" + PropertyNames.SKIP + "=true)");
            return;
        }
        String skipReason = skipReason();
        if (skipReason != null) {
            getLog().info(skipReason);
            return;
        }
        URLClassLoader projectDrivers = ProjectDrivers.loader(session, getLog());
        try (Connections.DriverScope drivers = Connections.driversFrom(projectDrivers)) {
            run();
        } catch (ZModelException e) {
            fail(e);
        } catch (RuntimeException | LinkageError e) {
            throw new MojoExecutionException(unexpected(goalName(), e), e);
        } finally {
            ProjectDrivers.close(projectDrivers);
        }
    }

    /**
     * Throws the Maven failure of a library failure: a {@link MojoFailureException} with the library's message. The
     * library exception is attached only with {@code -e}/{@code -X}, where its stack trace is wanted: Maven appends
     * the text of every attached cause to the message, which repeated Liquibase's and the driver's words 2–3 times.
     */
    protected void fail(ZModelException e) throws MojoExecutionException, MojoFailureException {
        throw new MojoFailureException(e.getMessage(), forStackTrace(e));
    }

    /** The cause to attach to a Maven failure: {@code e} when Maven shows stack traces ({@code -e}), else none. */
    protected final Throwable forStackTrace(Throwable e) {
        boolean showErrors = session != null
                && session.getRequest() != null
                && session.getRequest().isShowErrors();
        return showErrors ? e : null;
    }

    /**
     * The one-line message for a failure the library did not turn into a {@link ZModelException} (a bug, or a
     * driver/Liquibase failure nobody anticipated): what failed, the cause's own text with any URL password masked,
     * and what to do. No exception class names: the cause stays attached, so {@code -e} shows the stack trace.
     */
    static String unexpected(String goal, Throwable e) {
        Throwable root = e;
        while (root.getCause() != null
                && root.getCause() != root
                && (root.getMessage() == null || root.getMessage().isBlank())) {
            root = root.getCause();
        }
        String detail = root.getMessage() == null || root.getMessage().isBlank()
                ? "no detail was given"
                : Urls.mask(root.getMessage().strip());
        if (detail.endsWith(".")) {
            detail = detail.substring(0, detail.length() - 1);
        }
        return "zenstack:" + goal + " failed unexpectedly: " + detail
                + ". This is a failure zenstack does not know how to "
                + "explain, most likely a bug: run the build again with -e to see the stack trace, and report it with "
                + "that output.";
    }

    /** Why the goal does nothing in this project (one info line), or null to run it. */
    protected String skipReason() {
        return null;
    }

    /**
     * The skip line of a goal that runs in every project of the build and reads the schema file, for a module that
     * has none: {@code mvn zenstack:<goal>} from the root of a multi-module build runs it in every module, and most
     * have no schema. A module is a project that is not the execution root, or any project of a build with more
     * than one; a single project started in its own directory still fails on a missing schema file, with the goal's
     * own message. Null when the goal should run.
     */
    protected final String skipIfModuleWithoutSchema(boolean failIfNoSchema) {
        MavenProject project = session == null ? null : session.getCurrentProject();
        if (failIfNoSchema || project == null || schema.exists()) {
            return null;
        }
        boolean module = !project.isExecutionRoot() || session.getProjects().size() > 1;
        return module
                ? "zenstack: no schema file " + relativeToProject(schema.toPath()) + " in " + project.getArtifactId()
                        + "; skipped"
                : null;
    }

    /** A path as the user wrote it: relative to the project directory when it lies inside. */
    private String relativeToProject(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path base = basedir().toAbsolutePath().normalize();
        return absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
    }

    /** The goal's work: one library call plus reporting. */
    protected abstract void run() throws MojoFailureException;

    /** The goal name for messages. */
    protected abstract String goalName();

    protected Listener listener() {
        return new MavenLogListener(getLog());
    }

    /** The project directory, which relative paths in parameters are relative to; without a project the working one. */
    protected Path basedir() {
        MavenProject project = session == null ? null : session.getCurrentProject();
        return project != null && project.getBasedir() != null
                ? project.getBasedir().toPath()
                : Path.of("").toAbsolutePath();
    }
}
