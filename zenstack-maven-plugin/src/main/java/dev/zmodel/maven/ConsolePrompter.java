package dev.zmodel.maven;

import dev.zmodel.migrate.LinePrompter;
import dev.zmodel.migrate.Prompter;
import org.apache.maven.execution.MavenSession;

import java.io.Console;

/**
 * Asks on the terminal when Maven runs interactively: not {@code -B}/{@code --batch-mode} (Maven's
 * {@code settings.isInteractiveMode()}, which CI servers and {@code <interactiveMode>false</interactiveMode>} in
 * {@code settings.xml} turn off too) and a terminal is attached ({@link System#console()}; input from a pipe or file
 * is not a person). Otherwise nobody can answer and the library stops with the flag to pass.
 */
final class ConsolePrompter implements Prompter {
    /** Null when nobody can answer. */
    private final LinePrompter terminal;

    ConsolePrompter(MavenSession session) {
        Console console = interactive(session) ? terminal() : null;
        this.terminal = console == null ? null : new LinePrompter(console.reader(), console.writer());
    }

    /** The console when it is a terminal (from Java 22 on, {@code System.console()} exists for pipes too). */
    private static Console terminal() {
        Console console = System.console();
        if (console == null) {
            return null;
        }
        try {
            return Boolean.TRUE.equals(Console.class.getMethod("isTerminal").invoke(console)) ? console : null;
        } catch (ReflectiveOperationException e) {
            return console; // before Java 22, a console is always a terminal
        }
    }

    private static boolean interactive(MavenSession session) {
        return session != null
                && session.getRequest() != null
                && session.getRequest().isInteractiveMode();
    }

    @Override
    public boolean isInteractive() {
        return terminal != null;
    }

    @Override
    public boolean confirm(String question) {
        return terminal != null && terminal.confirm(question);
    }
}
