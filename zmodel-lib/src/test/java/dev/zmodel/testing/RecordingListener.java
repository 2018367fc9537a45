package dev.zmodel.testing;

import dev.zmodel.Listener;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link Listener} that keeps every message, per level and in order across levels (thread-safe). */
public final class RecordingListener implements Listener {
    private final List<String> info = new CopyOnWriteArrayList<>();
    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final List<String> debug = new CopyOnWriteArrayList<>();
    private final List<String> all = new CopyOnWriteArrayList<>();

    @Override
    public void info(String message) {
        info.add(message);
        all.add(message);
    }

    @Override
    public void warn(String message) {
        warnings.add(message);
        all.add(message);
    }

    @Override
    public void debug(String message) {
        debug.add(message);
        all.add(message);
    }

    public List<String> info() {
        return info;
    }

    public List<String> warnings() {
        return warnings;
    }

    public List<String> debug() {
        return debug;
    }

    /** Every message of every level, in the order they came. */
    public List<String> all() {
        return all;
    }
}
