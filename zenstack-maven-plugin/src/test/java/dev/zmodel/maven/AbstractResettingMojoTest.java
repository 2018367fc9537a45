package dev.zmodel.maven;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * allowRemote is the only override for a database that is not local; force (on migrate-reset and db-push: reset
 * without asking) is no longer its alias, so the resetting goals have no parameter of that name in common.
 */
class AbstractResettingMojoTest {

    /** A resetting goal with allowRemote set as Maven sets it (by field). */
    private static AbstractResettingMojo goal(boolean allowRemote) throws ReflectiveOperationException {
        AbstractResettingMojo mojo = new AbstractResettingMojo(null) {
            @Override
            protected void run() {}

            @Override
            protected String goalName() {
                return "migrate-reset";
            }
        };
        Field field = AbstractResettingMojo.class.getDeclaredField("allowRemote");
        field.setAccessible(true);
        field.set(mojo, allowRemote);
        return mojo;
    }

    @Test
    void allowRemoteAllows() throws ReflectiveOperationException {
        assertTrue(goal(true).allowRemote());
        assertFalse(goal(false).allowRemote());
    }

    @Test
    void forceIsNotAnAliasOfAllowRemote() {
        assertThrows(NoSuchFieldException.class, () -> AbstractResettingMojo.class.getDeclaredField("force"));
        assertThrows(
                NoSuchFieldException.class,
                () -> MigrateDevMojo.class.getDeclaredField("force"),
                "migrate-dev's flag for its reset is reset");
    }
}
