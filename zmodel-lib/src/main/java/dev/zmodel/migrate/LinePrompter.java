package dev.zmodel.migrate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.util.Locale;

/**
 * A {@link Prompter} for a person at a terminal (the Maven plugin passes the console's reader and writer; a CLI
 * would pass {@code System.in}/{@code System.out}): writes the question followed by {@code [y/N]}, reads one line.
 * Only {@code y} or {@code yes} (any case) mean yes; an empty line, anything else, the end of the input or a read
 * error mean no, so a stray Enter never destroys data. Keep one instance per input: it buffers what it reads.
 */
public final class LinePrompter implements Prompter {
    private final BufferedReader in;
    private final PrintWriter out;

    public LinePrompter(Reader in, PrintWriter out) {
        this.in = in instanceof BufferedReader b ? b : new BufferedReader(in);
        this.out = out;
    }

    @Override
    public boolean isInteractive() {
        return true;
    }

    @Override
    public boolean confirm(String question) {
        out.print(question + " [y/N] ");
        out.flush();
        try {
            String answer = in.readLine();
            return answer != null && answer.strip().toLowerCase(Locale.ROOT).matches("y|yes");
        } catch (IOException e) {
            return false; // the terminal went away: nobody said yes
        }
    }
}
