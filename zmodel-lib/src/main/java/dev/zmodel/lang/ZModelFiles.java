package dev.zmodel.lang;

import dev.zmodel.ZModelException;
import dev.zmodel.lang.ast.Document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The façade for tools (the Maven plugin, embedders): load, validate and format ZModel schemas on disk.
 * Bad schema content never throws; it becomes {@link Diagnostic}s.
 */
public final class ZModelFiles {
    private ZModelFiles() {
    }

    /** Parses the entry file and every file it imports. I/O problems (a missing file too) are diagnostics. */
    public static LoadedSchema load(Path entry) {
        return SchemaLoader.load(entry).toSchema();
    }

    /** Syntax, loading and semantic diagnostics of all files of the schema, sorted by file and position. */
    public static List<Diagnostic> validate(Path entry) {
        LoadedSchema schema = load(entry);
        List<Diagnostic> all = new ArrayList<>(schema.diagnostics());
        if (!schema.documents().isEmpty()) {
            all.addAll(SchemaValidator.validate(schema.documents()));
        }
        return Diagnostic.sorted(all);
    }

    /**
     * Formats every file of the schema and returns those whose text differs from the canonical form. With
     * {@code write}, rewrites them atomically (a temporary file in the same directory, then a move).
     *
     * @throws ZModelException when a file has syntax errors or cannot be read or written
     */
    public static List<Path> format(Path entry, boolean write) {
        SchemaLoader.Result loaded = SchemaLoader.load(entry);
        // A missing import does not block formatting the files that exist; an unreadable entry does.
        List<Diagnostic> blocking = new ArrayList<>(loaded.files().isEmpty() ? loaded.loading() : List.of());
        loaded.files().forEach(f -> blocking.addAll(f.syntax().stream().filter(Diagnostic::isError).toList()));
        if (!blocking.isEmpty()) {
            throw new ZModelException("Cannot format " + entry + ": fix these errors first:\n"
                    + describe(Diagnostic.sorted(blocking)));
        }
        List<Path> changed = new ArrayList<>();
        for (SchemaLoader.LoadedFile f : loaded.files()) {
            String canonical = ZModelPrinter.print(f.document());
            if (!canonical.equals(f.text())) {
                changed.add(f.path());
                if (write) {
                    writeAtomically(f.path(), canonical);
                }
            }
        }
        return changed;
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
        Path dir = target.toAbsolutePath().getParent();
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new ZModelException("Cannot write " + target + ": " + e.getMessage()
                    + ". Check that the directory is writable; the file was left unchanged.", e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // best effort: the temporary file is hidden and harmless
                }
            }
        }
    }
}
