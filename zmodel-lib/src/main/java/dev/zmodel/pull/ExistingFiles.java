package dev.zmodel.pull;

import dev.zmodel.ZModelException;
import dev.zmodel.lang.Diagnostic;
import dev.zmodel.lang.LoadedSchema;
import dev.zmodel.lang.ParseResult;
import dev.zmodel.lang.ZModelFiles;
import dev.zmodel.lang.ZModelParser;
import dev.zmodel.lang.ast.Document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static dev.zmodel.PropertyNames.SCHEMA;
import static dev.zmodel.PropertyNames.flag;

/**
 * The schema a pull starts from: the parsed documents (entry first) and the text each file has now. A schema
 * with syntax errors or a missing import is refused — merging into a half-read schema could lose what the user
 * wrote — and nothing is written.
 */
record ExistingFiles(List<Document> documents, List<Path> paths, List<String> texts) {
    ExistingFiles {
        documents = List.copyOf(documents);
        paths = java.util.Collections.unmodifiableList(new ArrayList<>(paths));
        texts = java.util.Collections.unmodifiableList(new ArrayList<>(texts));
    }

    static ExistingFiles load(Path entry) {
        if (!Files.isRegularFile(entry)) {
            throw new ZModelException(
                    "The schema file " + entry + " does not exist. Create it with a datasource block, "
                            + "e.g. datasource db { provider = \"postgresql\" url = env(\"DATABASE_URL\") }, or point "
                            + flag(SCHEMA) + " at your schema file, then pull again.");
        }
        LoadedSchema loaded = ZModelFiles.load(entry);
        refuseErrors(loaded.diagnostics(), entry.toString());
        List<Path> paths = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Document d : loaded.documents()) {
            Path p = Path.of(d.path());
            paths.add(p);
            try {
                texts.add(Files.readString(p, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new ZModelException("Cannot read " + p + ": " + e.getMessage() + ". Nothing was changed.", e);
            }
        }
        return new ExistingFiles(loaded.documents(), paths, texts);
    }

    /** A schema given as text (null or blank: none). */
    static ExistingFiles of(String text) {
        if (text == null || text.isBlank()) {
            return new ExistingFiles(List.of(), List.of(), List.of());
        }
        ParseResult parsed = ZModelParser.parse(text, null);
        refuseErrors(parsed.diagnostics(), "the schema text");
        List<Path> paths = new ArrayList<>();
        paths.add(null);
        return new ExistingFiles(List.of(parsed.document()), paths, List.of(text));
    }

    private static void refuseErrors(List<Diagnostic> diagnostics, String what) {
        List<Diagnostic> errors =
                diagnostics.stream().filter(Diagnostic::isError).toList();
        if (!errors.isEmpty()) {
            throw new ZModelException("Cannot pull into " + what + ": it has errors that would make the merge lose "
                    + "what you wrote. Fix them first (nothing was changed):\n"
                    + errors.stream().map(d -> "  " + d.format()).collect(Collectors.joining("\n")));
        }
    }
}
