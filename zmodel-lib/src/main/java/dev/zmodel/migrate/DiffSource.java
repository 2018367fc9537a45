package dev.zmodel.migrate;

import dev.zmodel.ZModelException;

import java.nio.file.Path;
import java.util.Locale;

/**
 * One side of {@code migrate-diff}, written as text:
 * <table>
 *   <tr><td>{@code empty}</td><td>an empty database</td></tr>
 *   <tr><td>{@code schema:<path>}</td><td>a ZModel schema file (the datasource's provider)</td></tr>
 *   <tr><td>{@code migrations:<path>}</td><td>a migrations directory, replayed on a shadow database</td></tr>
 *   <tr><td>{@code url:<url>}, or a bare {@code jdbc:}/{@code postgresql://}/{@code mysql://}/{@code file:} url</td>
 *       <td>a live database, introspected</td></tr>
 * </table>
 * Relative paths are relative to the base directory given to {@link #parse} (the project directory).
 */
public record DiffSource(Kind kind, String value) {
    public enum Kind {
        EMPTY,
        SCHEMA,
        MIGRATIONS,
        URL
    }

    public static DiffSource parse(String text, Path baseDir) {
        String t = text == null ? "" : text.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.equals("empty")) {
            return new DiffSource(Kind.EMPTY, null);
        }
        if (lower.startsWith("schema:")) {
            return new DiffSource(Kind.SCHEMA, resolve(t.substring(7), baseDir));
        }
        if (lower.startsWith("migrations:")) {
            return new DiffSource(Kind.MIGRATIONS, resolve(t.substring(11), baseDir));
        }
        if (lower.startsWith("url:")) {
            return new DiffSource(Kind.URL, sqliteFile(t.substring(4).strip(), baseDir));
        }
        if (lower.startsWith("jdbc:")
                || lower.startsWith("postgresql://")
                || lower.startsWith("postgres://")
                || lower.startsWith("mysql://")
                || lower.startsWith("file:")) {
            return new DiffSource(Kind.URL, sqliteFile(t, baseDir));
        }
        throw new ZModelException("'" + dev.zmodel.datasource.Urls.mask(t) + "' is not a diff source: use empty, "
                + "schema:<path to .zmodel>, migrations:<path to a migrations directory> or url:<database url>.");
    }

    /** A relative {@code file:} path is relative to the base directory (the project), like the other sources. */
    private static String sqliteFile(String url, Path baseDir) {
        if (baseDir == null || !url.toLowerCase(Locale.ROOT).startsWith("file:") || url.startsWith("file://")) {
            return url;
        }
        String rest = url.substring(5);
        int q = rest.indexOf('?');
        String path = q < 0 ? rest : rest.substring(0, q);
        if (path.isEmpty() || Path.of(path).isAbsolute()) {
            return url;
        }
        return "file:" + baseDir.resolve(path).normalize() + (q < 0 ? "" : rest.substring(q));
    }

    private static String resolve(String path, Path baseDir) {
        String p = path.strip();
        if (p.isEmpty()) {
            throw new ZModelException("A diff source names no path; e.g. schema:zenstack/schema.zmodel.");
        }
        Path resolved = Path.of(p);
        return (resolved.isAbsolute() || baseDir == null ? resolved : baseDir.resolve(resolved))
                .normalize()
                .toString();
    }

    @Override
    public String toString() {
        return kind == Kind.EMPTY
                ? "empty"
                : kind.name().toLowerCase(Locale.ROOT) + ":"
                        + (kind == Kind.URL ? dev.zmodel.datasource.Urls.mask(value) : value);
    }
}
