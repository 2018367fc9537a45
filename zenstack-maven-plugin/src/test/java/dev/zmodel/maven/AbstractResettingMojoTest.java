package dev.zmodel.maven;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * allowRemote is the override for a database that is not local; its old name force still works until the next
 * release (the deprecation warning is Maven's own, printed from the plugin descriptor).
 */
class AbstractResettingMojoTest {

    /** A resetting goal with its parameters set as Maven sets them (by field, {@code force} null when not given). */
    private static AbstractResettingMojo goal(boolean allowRemote, Boolean force) throws ReflectiveOperationException {
        AbstractResettingMojo mojo = new AbstractResettingMojo(null) {
            @Override
            protected void run() {
            }

            @Override
            protected String goalName() {
                return "migrate-reset";
            }
        };
        set(mojo, "allowRemote", allowRemote);
        set(mojo, "force", force);
        return mojo;
    }

    private static void set(AbstractResettingMojo mojo, String name, Object value) throws ReflectiveOperationException {
        Field field = AbstractResettingMojo.class.getDeclaredField(name);
        field.setAccessible(true);
        field.set(mojo, value);
    }

    @Test
    void allowRemoteAllows() throws ReflectiveOperationException {
        assertTrue(goal(true, null).allowRemote());
        assertFalse(goal(false, null).allowRemote());
    }

    @Test
    void theOldNameForceStillAllows() throws ReflectiveOperationException {
        assertTrue(goal(false, true).allowRemote());
        assertFalse(goal(false, false).allowRemote());
    }
}
