package dev.zmodel;

/**
 * Reports the progress of one long step to a {@link Listener} without flooding it: {@code progress(step, 0, total)}
 * when the step starts, then at most about a hundred evenly spaced calls, and always {@code progress(step, total,
 * total)} when {@link #advance()} reaches the total. The listener decides what to show (the Maven plugin prints a
 * line only every few seconds).
 */
public final class Progress {
    /** Upper bound of intermediate calls per step. */
    static final int MAX_REPORTS = 100;

    private final Listener listener;
    private final String step;
    private final int total;
    private final int stride;
    private int done;

    private Progress(Listener listener, String step, int total) {
        this.listener = listener == null ? Listener.NONE : listener;
        this.step = step;
        this.total = total;
        this.stride = Math.max(1, (total + MAX_REPORTS - 1) / MAX_REPORTS);
    }

    /** Starts a step of {@code total} units and reports {@code 0 of total}. */
    public static Progress start(Listener listener, String step, int total) {
        Progress p = new Progress(listener, step, total);
        p.listener.progress(step, 0, total);
        return p;
    }

    /** One more unit done. */
    public void advance() {
        advanceBy(1);
    }

    /** {@code units} more units done (a no-op for 0). */
    public void advanceBy(int units) {
        if (units <= 0) {
            return;
        }
        int before = done;
        done = total >= 0 ? Math.min(total, done + units) : done + units;
        if (done == before) {
            return; // already at the total (more units than announced): reported once
        }
        if (done == total || done / stride != before / stride) {
            listener.progress(step, done, total);
        }
    }

    /** Units done so far. */
    public int done() {
        return done;
    }
}
