package dev.zmodel.maven;

import dev.zmodel.Listener;
import org.apache.maven.plugin.logging.Log;

/** Routes library progress and warnings to Maven's log. */
final class MavenLogListener implements Listener {
    private final Log log;

    MavenLogListener(Log log) {
        this.log = log;
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
    public void progress(String step, int done, int total) {
        log.info(total > 0 ? step + " (" + done + "/" + total + ")" : step + " (" + done + ")");
    }
}
