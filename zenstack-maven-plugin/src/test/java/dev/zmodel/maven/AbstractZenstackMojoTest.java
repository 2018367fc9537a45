package dev.zmodel.maven;

import dev.zmodel.ZModelException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void zmodelExceptionBecomesMojoFailureWithTheSameMessage() {
        ZModelException cause = new ZModelException("The migrations directory /p is a file, not a directory.");
        MojoFailureException e = assertThrows(
                MojoFailureException.class, () -> failingWith(cause).execute());
        assertEquals("The migrations directory /p is a file, not a directory.", e.getMessage());
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
