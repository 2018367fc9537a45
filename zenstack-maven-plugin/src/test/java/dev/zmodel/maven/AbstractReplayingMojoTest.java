package dev.zmodel.maven;

import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.MavenSession;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.lang.reflect.Field;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The replay cache of migrate-dev, migrate-status and migrate-diff: in the build directory when on and in a project;
 * without a project (no pom.xml, which status and diff allow) there is none, and replayCache=false turns it off.
 */
class AbstractReplayingMojoTest {
    private static final File DIRECTORY = new File("/p/target/zenstack/replay-cache");

    /** A replaying goal with its parameters set as Maven sets them (by field), in a session with or without a POM. */
    private static AbstractReplayingMojo goal(boolean replayCache, boolean projectPresent)
            throws ReflectiveOperationException {
        AbstractReplayingMojo mojo = new AbstractReplayingMojo(null) {
            @Override
            protected void run() {}

            @Override
            protected String goalName() {
                return "migrate-status";
            }
        };
        set(mojo, "replayCache", replayCache);
        set(mojo, "replayCacheDirectory", DIRECTORY);
        DefaultMavenExecutionRequest request = new DefaultMavenExecutionRequest();
        request.setProjectPresent(projectPresent);
        mojo.session = new MavenSession(null, null, request, new DefaultMavenExecutionResult());
        return mojo;
    }

    private static void set(AbstractReplayingMojo mojo, String name, Object value) throws ReflectiveOperationException {
        Field field = AbstractReplayingMojo.class.getDeclaredField(name);
        field.setAccessible(true);
        field.set(mojo, value);
    }

    @Test
    void inAProjectTheCacheLivesInTheBuildDirectory() throws ReflectiveOperationException {
        assertEquals(DIRECTORY.toPath(), goal(true, true).replayCache());
    }

    @Test
    void withoutAProjectThereIsNoCache() throws ReflectiveOperationException {
        Path none = goal(true, false).replayCache();
        assertNull(none, "no pom.xml: no build directory to keep the cache in");
    }

    @Test
    void replayCacheFalseTurnsItOff() throws ReflectiveOperationException {
        assertNull(goal(false, true).replayCache());
    }
}
