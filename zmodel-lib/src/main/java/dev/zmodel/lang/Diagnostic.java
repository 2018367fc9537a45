package dev.zmodel.lang;

import dev.zmodel.lang.ast.Position;
import dev.zmodel.lang.ast.Span;

import java.util.Comparator;
import java.util.List;

/**
 * A problem found in a ZModel file, located at a 1-based {@code line} and {@code column}. Formatted like a
 * compiler message: {@code schema.zmodel:3:5: error: unknown type 'Usr'}.
 */
public record Diagnostic(Severity severity, String file, int line, int column, String message) {
    /** Orders by file name, then position, then message, so output is stable. */
    public static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::file)
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::message);

    public static Diagnostic error(String file, Position at, String message) {
        return new Diagnostic(Severity.ERROR, file, Math.max(at.line(), 1), Math.max(at.column(), 1), message);
    }

    public static Diagnostic error(String file, Span at, String message) {
        return error(file, at.start(), message);
    }

    public static Diagnostic warning(String file, Span at, String message) {
        Position p = at.start();
        return new Diagnostic(Severity.WARNING, file, Math.max(p.line(), 1), Math.max(p.column(), 1), message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:col: error: message}. */
    public String format() {
        return file + ":" + line + ":" + column + ": " + severity.label() + ": " + message;
    }

    public static List<Diagnostic> sorted(List<Diagnostic> diagnostics) {
        return diagnostics.stream().sorted(ORDER).toList();
    }

    public static boolean anyError(List<Diagnostic> diagnostics) {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    @Override
    public String toString() {
        return format();
    }
}
