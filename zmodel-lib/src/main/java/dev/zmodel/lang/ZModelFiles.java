package dev.zmodel.lang;

import dev.zmodel.AtomicFiles;
import dev.zmodel.ZModelException;
import dev.zmodel.lang.ast.Document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The façade for tools (the Maven plugin, embedders): load, validate and format ZModel schemas on disk.
 * Bad schema content never throws; it becomes {@link Diagnostic}s.
 */
public final class ZModelFiles {
    private ZModelFiles() {}

    /** Parses the entry file and every file it imports. I/O problems (a missing file too) are diagnostics. */
    public static LoadedSchema load(Path entry) {
        return SchemaLoader.load(entry).toSchema();
    }

    /** {@link #load(Path)}, with the text of every file read (to reuse the parse while they are unchanged). */
    public static LoadedFiles loadWithTexts(Path entry) {
        SchemaLoader.Result result = SchemaLoader.load(entry);
        Map<Path, String> texts = new LinkedHashMap<>();
        for (SchemaLoader.LoadedFile f : result.files()) {
            texts.put(f.path(), f.text());
        }
        return new LoadedFiles(result.toSchema(), texts);
    }

    /** Syntax, loading and semantic diagnostics of all files of the schema, sorted by file and position. */
    public static List<Diagnostic> validate(Path entry) {
        return validate(load(entry));
    }

    /** {@link #validate(Path)} of a schema already loaded (parsing a big schema again costs as much as validating). */
    public static List<Diagnostic> validate(LoadedSchema schema) {
        List<Diagnostic> all = new ArrayList<>(schema.diagnostics());
        if (!schema.documents().isEmpty()) {
            all.addAll(SchemaValidator.validate(schema.documents()));
        }
        return Diagnostic.sorted(all);
    }

    /**
     * Formats every file of the schema: rewrites those whose text differs from the canonical form atomically (a
     * temporary file in the same directory, then a move) and returns them.
     *
     * @throws ZModelException when a file has syntax errors or cannot be read or written
     */
    public static List<Path> format(Path entry) {
        Map<Path, String> canonical = canonicalTexts(entry);
        List<Path> changed = List.copyOf(canonical.keySet());
        requireWritable(changed, "format");
        canonical.forEach(ZModelFiles::writeAtomically);
        return changed;
    }

    /**
     * The files of the schema whose text differs from the canonical form, for a check such as
     * {@code zenstack:format -Dzenstack.check}; writes nothing.
     *
     * @throws ZModelException when a file has syntax errors or cannot be read
     */
    public static List<Path> unformatted(Path entry) {
        return List.copyOf(canonicalTexts(entry).keySet());
    }

    /** The files of the schema whose text is not canonical, in load order, with their canonical text. */
    private static Map<Path, String> canonicalTexts(Path entry) {
        SchemaLoader.Result loaded = SchemaLoader.load(entry);
        // A missing import does not block formatting the files that exist; an unreadable entry does.
        List<Diagnostic> blocking = new ArrayList<>(loaded.files().isEmpty() ? loaded.loading() : List.of());
        loaded.files()
                .forEach(f -> blocking.addAll(
                        f.syntax().stream().filter(Diagnostic::isError).toList()));
        if (!blocking.isEmpty()) {
            throw new ZModelException(
                    "Cannot format " + entry + ": fix these errors first:\n" + describe(Diagnostic.sorted(blocking)));
        }
        Map<Path, String> changed = new LinkedHashMap<>();
        for (SchemaLoader.LoadedFile f : loaded.files()) {
            String canonical = ZModelPrinter.print(f.document());
            if (!canonical.equals(f.text())) {
                changed.put(f.path(), canonical);
            }
        }
        return changed;
    }

    /**
     * Validates the schema and fails on errors: the check of {@code zenstack:validate}. Warnings go to the listener
     * (also when there are errors).
     *
     * @return the warnings (the schema is valid)
     * @throws ZModelException "The ZModel schema has N errors:" and one {@code file:line:col: error: …} line each
     */
    public static List<Diagnostic> requireValid(Path entry, dev.zmodel.Listener listener) {
        List<Diagnostic> diagnostics = validate(entry);
        diagnostics.stream().filter(d -> !d.isError()).forEach(d -> listener.warn(d.format()));
        List<Diagnostic> errors =
                diagnostics.stream().filter(Diagnostic::isError).toList();
        if (!errors.isEmpty()) {
            throw new ZModelException(
                    "The ZModel schema has " + errors.size() + (errors.size() == 1 ? " error" : " errors")
                            + ":\n" + describe(errors) + "\nFix " + (errors.size() == 1 ? "it" : "them")
                            + " at the positions shown and run mvn zenstack:validate again.");
        }
        return diagnostics;
    }

    /**
     * Refuses to replace schema files that are read-only (no write permission for their owner, or not writable for
     * this process) before any of them is written: a read-only file is the user's way of saying "do not change".
     * The atomic replacement would otherwise succeed (it only needs the directory to be writable, and root may
     * write anything).
     *
     * @param goal names the operation in the message, e.g. "format" or "db-pull"
     * @throws ZModelException naming the files and the command that makes them writable
     */
    public static void requireWritable(List<Path> files, String goal) {
        List<String> readOnly = new ArrayList<>();
        for (Path file : files) {
            if (Files.exists(file) && readOnly(file)) {
                readOnly.add(file.toString());
            }
        }
        if (!readOnly.isEmpty()) {
            throw new ZModelException((readOnly.size() == 1
                            ? "The schema file " + readOnly.get(0) + " is"
                            : "The schema files " + String.join(", ", readOnly) + " are")
                    + " read-only, so " + goal
                    + " changed no file. Make " + (readOnly.size() == 1 ? "it" : "them") + " writable (chmod u+w "
                    + String.join(" ", readOnly) + ") and run " + goal + " again.");
        }
    }

    private static boolean readOnly(Path file) {
        try {
            var view = Files.getFileAttributeView(file, java.nio.file.attribute.PosixFileAttributeView.class);
            if (view != null) {
                return !view.readAttributes()
                        .permissions()
                        .contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
            }
        } catch (IOException e) {
            return !Files.isWritable(file);
        }
        return !Files.isWritable(file);
    }

    /**
     * The canonical form of a ZModel text.
     *
     * @throws ZModelException listing the syntax errors when the text does not parse
     */
    public static String formatText(String text, String path) {
        ParseResult parsed = ZModelParser.parse(text, path);
        if (parsed.hasErrors()) {
            throw new ZModelException("Cannot format " + (path == null ? "the text" : path)
                    + ": fix these errors first:\n" + describe(parsed.diagnostics()));
        }
        return ZModelPrinter.print(parsed.document());
    }

    /** Prints a document (parsed or built in code) in canonical form. */
    public static String print(Document document) {
        return ZModelPrinter.print(document);
    }

    private static String describe(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> "  " + d.format()).collect(Collectors.joining("\n"));
    }

    /** Writes via a temporary file in the same directory and an atomic move, so a failure never truncates. */
    static void writeAtomically(Path target, String content) {
        try {
            AtomicFiles.write(target, content);
        } catch (IOException e) {
            throw new ZModelException(
                    "Cannot write " + target + ": " + e.getMessage()
                            + ". Check that the directory is writable; the file was left unchanged.",
                    e);
        }
    }
}
