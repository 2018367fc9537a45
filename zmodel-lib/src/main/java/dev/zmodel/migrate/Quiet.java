package dev.zmodel.migrate;

import dev.zmodel.Listener;

/** A listener that turns info and warnings into debug output (for work on the shadow database). */
final class Quiet implements Listener {
    private final Listener target;

    private Quiet(Listener target) {
        this.target = target;
    }

    static Listener of(Listener target) {
        return new Quiet(target == null ? Listener.NONE : target);
    }

    @Override
    public void info(String message) {
        target.debug(message);
    }

    @Override
    public void warn(String message) {
        target.debug(message);
    }

    @Override
    public void debug(String message) {
        target.debug(message);
    }
}
