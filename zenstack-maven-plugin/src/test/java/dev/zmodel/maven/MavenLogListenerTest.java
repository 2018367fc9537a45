package dev.zmodel.maven;

import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Progress reaches Maven's log only for slow steps, at most one line every two seconds, never a flood. */
class MavenLogListenerTest {
    private final List<String> lines = new ArrayList<>();
    private long now;

    private final MavenLogListener listener = new MavenLogListener(
            new SystemStreamLog() {
                @Override
                public void info(CharSequence content) {
                    lines.add(content.toString());
                }

                @Override
                public boolean isDebugEnabled() {
                    return false;
                }
            },
            () -> now);

    @Test
    void aFastStepPrintsNothing() {
        listener.progress("Reading tables", 0, 3000);
        for (int done = 30; done <= 3000; done += 30) {
            now += TimeUnit.MILLISECONDS.toNanos(5);
            listener.progress("Reading tables", done, 3000);
        }
        assertEquals(List.of(), lines);
    }

    @Test
    void aSlowStepPrintsOneLineEveryTwoSecondsAndItsEnd() {
        listener.progress("Reading tables", 0, 3000);
        for (int done = 30; done <= 3000; done += 30) {
            now += TimeUnit.MILLISECONDS.toNanos(50); // 100 calls over 5 seconds
            listener.progress("Reading tables", done, 3000);
        }
        assertEquals(
                List.of(
                        "Reading tables: 1,200 of 3,000",
                        "Reading tables: 2,400 of 3,000",
                        "Reading tables: 3,000 of 3,000"),
                lines);
    }

    @Test
    void eachStepHasItsOwnTimer() {
        listener.progress("Applying changesets", 0, 10);
        now += TimeUnit.SECONDS.toNanos(3);
        listener.progress("Replaying migrations on the shadow database", 0, 4);
        listener.progress("Replaying migrations on the shadow database", 1, 4);
        assertEquals(List.of(), lines);
        now += TimeUnit.SECONDS.toNanos(2);
        listener.progress("Replaying migrations on the shadow database", 2, 4);
        assertEquals(List.of("Replaying migrations on the shadow database: 2 of 4"), lines);
    }
}
