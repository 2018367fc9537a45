package dev.zmodel.lang;

import dev.zmodel.lang.ast.Document;
import dev.zmodel.lang.ast.Import;
import dev.zmodel.lang.ast.Position;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads an entry file and, depth-first in import order, every file it imports. An import path is relative
 * to the importing file and may omit {@code .zmodel}. Each file is read once (import cycles are fine). A
 * file that cannot be found or read becomes a diagnostic located at the import (or at 1:1 of the entry).
 */
final class SchemaLoader {
    /** One file as read: its text (null if unreadable), document and syntax diagnostics. */
    record LoadedFile(Path path, String text, Document document, List<Diagnostic> syntax) {}

    /** Everything read, plus loading problems (missing/unreadable files). */
    record Result(Path entry, List<LoadedFile> files, List<Diagnostic> loading) {
        LoadedSchema toSchema() {
            List<Diagnostic> all = new ArrayList<>(loading);
            files.forEach(f -> all.addAll(f.syntax()));
            return new LoadedSchema(
                    entry, files.stream().map(LoadedFile::document).toList(), all);
        }
    }

    private final List<LoadedFile> files = new ArrayList<>();
    private final List<Diagnostic> loading = new ArrayList<>();
    private final Set<Path> seen = new HashSet<>();

    private SchemaLoader() {}

    static Result load(Path entry) {
        SchemaLoader loader = new SchemaLoader();
        Path normalized = entry.normalize();
        String text = loader.read(normalized, normalized.toString(), Position.NONE, "schema file");
        if (text != null) {
            loader.visit(normalized, text);
        }
        return new Result(entry, List.copyOf(loader.files), List.copyOf(loader.loading));
    }

    private void visit(Path path, String text) {
        seen.add(key(path));
        ParseResult parsed = ZModelParser.parse(text, path.toString());
        files.add(new LoadedFile(path, text, parsed.document(), parsed.diagnostics()));
        for (Import i : parsed.document().imports()) {
            String target = i.path().value();
            if (target.isEmpty()) {
                continue; // a syntax error, already reported
            }
            Path resolved = resolve(path, target);
            if (resolved == null) {
                loading.add(Diagnostic.error(
                        path.toString(),
                        i.path().span(),
                        "cannot find imported file '" + target + "' (looked for " + candidates(path, target) + ")"));
                continue;
            }
            if (seen.contains(key(resolved))) {
                continue;
            }
            String imported = read(resolved, path.toString(), i.path().span().start(), "imported file");
            if (imported != null) {
                visit(resolved, imported);
            }
        }
    }

    /** The file an import names, or null when none of the candidates exists. */
    private static Path resolve(Path importer, String target) {
        for (Path candidate : candidatePaths(importer, target)) {
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static List<Path> candidatePaths(Path importer, String target) {
        try {
            Path base = importer.getParent() != null ? importer.getParent() : Path.of("");
            Path rel = base.resolve(target).normalize();
            return target.endsWith(".zmodel") ? List.of(rel) : List.of(Path.of(rel + ".zmodel"), rel);
        } catch (InvalidPathException e) {
            return List.of();
        }
    }

    private static String candidates(Path importer, String target) {
        List<String> names =
                candidatePaths(importer, target).stream().map(Path::toString).toList();
        return names.isEmpty() ? "an invalid path" : String.join(" and ", names);
    }

    private String read(Path path, String reportIn, Position at, String what) {
        String file = at.isKnown() ? reportIn : path.toString();
        Position where = at.isKnown() ? at : new Position(1, 1, 0);
        try {
            if (!Files.exists(path)) {
                loading.add(Diagnostic.error(file, where, what + " " + path + " does not exist"));
                return null;
            }
            return Files.readString(path);
        } catch (MalformedInputException e) {
            loading.add(Diagnostic.error(file, where, "cannot read " + what + " " + path + ": it is not UTF-8 text"));
        } catch (java.nio.file.AccessDeniedException e) {
            loading.add(Diagnostic.error(file, where, "cannot read " + what + " " + path + ": permission denied"));
        } catch (IOException | RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            loading.add(Diagnostic.error(file, where, "cannot read " + what + " " + path + ": " + reason));
        }
        return null;
    }

    private static Path key(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
