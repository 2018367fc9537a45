package dev.zmodel.maven;

import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** allowRemote is the override for a database that is not local; the old name force still works, with a warning. */
class AbstractResettingMojoTest {
    private final List<String> warnings = new ArrayList<>();

    /** A resetting goal with its parameters set as Maven sets them (by field, {@code force} null when not given). */
    private AbstractResettingMojo goal(boolean allowRemote, Boolean force) throws ReflectiveOperationException {
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
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void warn(CharSequence content) {
                warnings.add(content.toString());
            }
        });
        return mojo;
    }

    private static void set(AbstractResettingMojo mojo, String name, Object value) throws ReflectiveOperationException {
        Field field = AbstractResettingMojo.class.getDeclaredField(name);
        field.setAccessible(true);
        field.set(mojo, value);
    }

    @Test
    void allowRemoteAllowsWithoutWarning() throws ReflectiveOperationException {
        assertTrue(goal(true, null).allowRemote());
        assertFalse(goal(false, null).allowRemote());
        assertEquals(List.of(), warnings);
    }

    @Test
    void theOldNameForceStillAllowsAndWarns() throws ReflectiveOperationException {
        assertTrue(goal(false, true).allowRemote());
        assertEquals(List.of("zenstack.force is deprecated for zenstack:migrate-reset and will be removed in the next "
                + "release; use -Dzenstack.allowRemote=true to allow a database that is not local."), warnings);
    }

    @Test
    void forceFalseAllowsNothingButStillWarns() throws ReflectiveOperationException {
        assertFalse(goal(false, false).allowRemote());
        assertEquals(1, warnings.size());
    }
}
