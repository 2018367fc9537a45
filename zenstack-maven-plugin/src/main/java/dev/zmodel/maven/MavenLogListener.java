package dev.zmodel.maven;

import dev.zmodel.Listener;
import org.apache.maven.plugin.logging.Log;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Routes library progress and warnings to Maven's log. Progress is throttled so that only slow steps show up: a
 * line such as {@code Reading tables: 1,000 of 3,000} at most every {@link #INTERVAL_NANOS} per step, and the
 * closing {@code 3,000 of 3,000} only when an earlier line of the step was printed. Fast steps print nothing
 * (their result is an info line of its own). Every progress call is also a debug line ({@code mvn -X}).
 */
final class MavenLogListener implements Listener {
    static final long INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final Log log;
    private final LongSupplier clock;
    private String step;
    private long lastLine;
    private boolean printed;

    MavenLogListener(Log log) {
        this(log, System::nanoTime);
    }

    MavenLogListener(Log log, LongSupplier nanoClock) {
        this.log = log;
        this.clock = nanoClock;
    }

    @Override
    public void info(String message) {
        log.info(message);
    }

    @Override
    public void warn(String message) {
        log.warn(message);
    }

    @Override
    public void debug(String message) {
        log.debug(message);
    }

    @Override
    public synchronized void progress(String step, int done, int total) {
        long now = clock.getAsLong();
        boolean print = false;
        if (!step.equals(this.step) || done == 0) {
            this.step = step;
            this.lastLine = now;
            this.printed = false;
        } else if (total >= 0 && done >= total) {
            print = printed;
        } else {
            print = now - lastLine >= INTERVAL_NANOS;
        }
        // formatted only when written: applying thousands of changesets calls this once per changeset
        if (print) {
            log.info(format(step, done, total));
            lastLine = now;
            printed = true;
        } else if (log.isDebugEnabled()) {
            log.debug(format(step, done, total));
        }
    }

    static String format(String step, int done, int total) {
        return total >= 0
                ? String.format(Locale.ROOT, "%s: %,d of %,d", step, done, total)
                : String.format(Locale.ROOT, "%s: %,d", step, done);
    }
}
