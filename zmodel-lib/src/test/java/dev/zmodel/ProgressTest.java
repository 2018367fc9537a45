package dev.zmodel;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Progress reports the start, about a hundred steps and the end, and never repeats the end. */
class ProgressTest {
    private final List<String> calls = new ArrayList<>();
    private final Listener listener = new Listener() {
        @Override
        public void progress(String step, int done, int total) {
            calls.add(done + "/" + total);
        }
    };

    @Test
    void aSmallStepReportsEveryUnit() {
        Progress p = Progress.start(listener, "s", 3);
        p.advance();
        p.advance();
        p.advance();
        assertEquals(List.of("0/3", "1/3", "2/3", "3/3"), calls);
    }

    @Test
    void aLargeStepReportsAtMostAHundredAndTwoTimesAndItsEnd() {
        Progress p = Progress.start(listener, "s", 3001);
        for (int i = 0; i < 3001; i++) {
            p.advance();
        }
        assertTrue(calls.size() <= 102, calls.size() + " calls");
        assertEquals("0/3001", calls.get(0));
        assertEquals("3001/3001", calls.get(calls.size() - 1));
    }

    @Test
    void moreUnitsThanAnnouncedReportTheEndOnce() {
        Progress p = Progress.start(listener, "s", 2);
        p.advanceBy(5);
        p.advance();
        assertEquals(List.of("0/2", "2/2"), calls);
        assertEquals(2, p.done());
    }
}
