package dev.zmodel.maven;

import dev.zmodel.ZModelException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Every failure of a goal becomes one Maven failure with a clean message and the cause attached (for -e). */
class AbstractZenstackMojoTest {

    private static AbstractZenstackMojo failingWith(RuntimeException e) {
        return new AbstractZenstackMojo() {
            @Override
            protected void run() {
                throw e;
            }

            @Override
            protected String goalName() {
                return "migrate-deploy";
            }
        };
    }

    @Test
    void zmodelExceptionBecomesMojoFailureWithTheSameMessageAndNoCauseWhoseTextMavenWouldAppend() {
        ZModelException cause = new ZModelException(
                "The migrations directory /p is a file, not a directory.", new IllegalStateException("Liquibase text"));
        MojoFailureException e = assertThrows(
                MojoFailureException.class, () -> failingWith(cause).execute());
        assertEquals("The migrations directory /p is a file, not a directory.", e.getMessage());
        assertNull(e.getCause(), "Maven appends every cause's text to the message it prints");
    }

    @Test
    void withShowErrorsTheCauseIsAttachedForItsStackTrace() {
        ZModelException cause = new ZModelException("The migrations directory /p is a file, not a directory.");
        AbstractZenstackMojo mojo = failingWith(cause);
        mojo.session = new org.apache.maven.execution.MavenSession(
                null,
                null,
                new org.apache.maven.execution.DefaultMavenExecutionRequest().setShowErrors(true),
                new org.apache.maven.execution.DefaultMavenExecutionResult());
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertSame(cause, e.getCause());
    }

    @Test
    void unexpectedRuntimeExceptionBecomesMojoExecutionExceptionWithoutClassNameOrPassword() {
        IllegalStateException cause = new IllegalStateException("Unexpected state of postgresql://app:s3cret@db/shop.");
        MojoExecutionException e = assertThrows(
                MojoExecutionException.class, () -> failingWith(cause).execute());
        assertEquals(
                "zenstack:migrate-deploy failed unexpectedly: Unexpected state of postgresql://app:***@db/shop. "
                        + "This is a failure zenstack does not know how to explain, most likely a bug: run the build again "
                        + "with -e to see the stack trace, and report it with that output.",
                e.getMessage());
        assertSame(cause, e.getCause());
    }

    @Test
    void wrapperWithoutMessageShowsTheCausesText() {
        RuntimeException cause = new RuntimeException(null, new IllegalArgumentException("bad value 'x'"));
        MojoExecutionException e = assertThrows(
                MojoExecutionException.class, () -> failingWith(cause).execute());
        assertEquals(
                "zenstack:migrate-deploy failed unexpectedly: bad value 'x'. This is a failure zenstack does not "
                        + "know how to explain, most likely a bug: run the build again with -e to see the stack trace, and "
                        + "report it with that output.",
                e.getMessage());
    }
}
