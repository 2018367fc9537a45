package dev.zmodel.migrate;

/**
 * Asks the user a yes/no question before something destructive: the reset of {@code migrate-dev} (drift or a broken
 * history; the flag is {@code reset}), {@code migrate-reset} and {@code db-push} with {@code forceReset} (the flag is
 * {@code force}) and a data-losing change of {@code migrate-dev} or {@code db-push} (the flag is
 * {@code acceptDataLoss}). The flag, when given, means yes without asking. The Maven plugin asks on the console in an
 * interactive session ({@link LinePrompter}); in batch mode (and by default, {@link #NON_INTERACTIVE}) nobody can
 * answer, and the workflow stops with the flag to pass instead.
 */
public interface Prompter {
    /** Nobody to ask: every question is answered by stopping with the flag to pass. */
    Prompter NON_INTERACTIVE = new Prompter() {
        @Override
        public boolean isInteractive() {
            return false;
        }

        @Override
        public boolean confirm(String question) {
            return false;
        }
    };

    /** True when {@link #confirm} can reach a person. */
    boolean isInteractive();

    /** Asks; true means yes. */
    boolean confirm(String question);
}
