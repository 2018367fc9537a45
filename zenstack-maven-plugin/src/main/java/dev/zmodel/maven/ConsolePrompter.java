package dev.zmodel.maven;

import dev.zmodel.migrate.Prompter;
import org.apache.maven.execution.MavenSession;

import java.io.Console;
import java.util.Locale;

/**
 * Asks on the terminal when Maven runs interactively (not {@code -B}/{@code --batch-mode}, and a console is
 * attached); otherwise nobody can answer and the library stops with the flag to pass.
 */
final class ConsolePrompter implements Prompter {
    private final boolean interactive;

    ConsolePrompter(MavenSession session) {
        this.interactive = session != null && session.getRequest() != null
                && session.getRequest().isInteractiveMode() && System.console() != null;
    }

    @Override
    public boolean isInteractive() {
        return interactive;
    }

    @Override
    public boolean confirm(String question) {
        Console console = System.console();
        if (!interactive || console == null) {
            return false;
        }
        String answer = console.readLine("%s [y/N] ", question);
        return answer != null && answer.strip().toLowerCase(Locale.ROOT).matches("y|yes");
    }
}
