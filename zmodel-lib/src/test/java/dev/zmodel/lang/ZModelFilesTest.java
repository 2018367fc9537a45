package dev.zmodel.lang;

import dev.zmodel.ZModelException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Loading multi-file schemas, validating and formatting files on disk. */
class ZModelFilesTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    @Test
    void loadsImportsRelativeToTheImportingFileWithOptionalExtensionAndCycles() {
        Path entry = Corpus.DIR.resolve("multifile/schema.zmodel");
        LoadedSchema schema = ZModelFiles.load(entry);
        assertEquals(List.of(), schema.diagnostics());
        assertEquals(
                List.of("schema.zmodel", "enums.zmodel", "user.zmodel", "post.zmodel"),
                schema.documents().stream()
                        .map(d -> Path.of(d.path()).getFileName().toString())
                        .toList());
        assertEquals(schema.documents().get(0), schema.entryDocument());
        SchemaIndex index = SchemaIndex.of(schema);
        assertEquals(
                ResolvedType.Kind.ENUM,
                index.resolve(index.model("User")
                                .orElseThrow()
                                .field("role")
                                .orElseThrow()
                                .type())
                        .kind());
        assertTrue(Path.of(index.documentOf(index.model("Post").orElseThrow())
                        .orElseThrow()
                        .path())
                .endsWith(Path.of("models/post.zmodel")));
    }

    @Test
    void missingImportIsALocatedDiagnostic() throws IOException {
        Path entry = write("schema.zmodel", "import \"./nope\"\n\ndatasource db {\n    provider = \"sqlite\"\n}\n");
        LoadedSchema schema = ZModelFiles.load(entry);
        assertEquals(
                List.of(entry + ":1:8: error: cannot find imported file './nope' (looked for "
                        + dir.resolve("nope.zmodel") + " and " + dir.resolve("nope") + ")"),
                schema.diagnostics().stream().map(Diagnostic::format).toList());
        assertTrue(schema.hasErrors());
    }

    @Test
    void missingEntryFileIsADiagnosticNotAnException() {
        Path entry = dir.resolve("absent.zmodel");
        LoadedSchema schema = ZModelFiles.load(entry);
        assertEquals(
                List.of(entry + ":1:1: error: schema file " + entry + " does not exist"),
                schema.diagnostics().stream().map(Diagnostic::format).toList());
        assertEquals(entry.toString(), schema.entryDocument().path());
        assertEquals(1, ZModelFiles.validate(entry).size());
    }

    @Test
    void validateReportsSyntaxAndSemanticProblemsOfAllFilesSorted() throws IOException {
        Path entry = write("schema.zmodel", """
                import "models"

                datasource db {
                    provider = "postgresql"
                }

                model A {
                    id Int @id
                    b  Bee
                }
                """);
        Path models = write("models.zmodel", """
                model B {
                    id Int @id @nope
                    x  Int $
                }
                """);
        assertEquals(
                List.of(
                        models + ":2:16: error: unknown attribute '@nope'",
                        models + ":3:12: error: unexpected character '$'",
                        entry + ":9:8: error: unknown type 'Bee'"),
                ZModelFiles.validate(entry).stream().map(Diagnostic::format).toList());
    }

    @Test
    void formatReportsAndRewritesOnlyFilesThatChange() throws IOException {
        Path entry = write("schema.zmodel", "import \"other\"\n\nmodel A {\n  id Int @id\n}\n");
        Path other = write("other.zmodel", "model B {\n    id Int @id\n}\n");
        assertEquals(List.of(entry), ZModelFiles.unformatted(entry));
        assertEquals("import \"other\"\n\nmodel A {\n  id Int @id\n}\n", Files.readString(entry));

        assertEquals(List.of(entry), ZModelFiles.format(entry));
        assertEquals("import \"other\"\n\nmodel A {\n    id Int @id\n}\n", Files.readString(entry));
        assertEquals("model B {\n    id Int @id\n}\n", Files.readString(other));
        assertEquals(List.of(), ZModelFiles.format(entry));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void formatRefusesFilesWithSyntaxErrorsAndLeavesThemAlone() throws IOException {
        String broken = "model A {\n  id Int @id\n";
        Path entry = write("schema.zmodel", broken);
        ZModelException e = assertThrows(ZModelException.class, () -> ZModelFiles.format(entry));
        assertEquals(
                "Cannot format " + entry + ": fix these errors first:\n  " + entry
                        + ":2:13: error: expected '}' to close model 'A' opened at 1:1",
                e.getMessage());
        assertEquals(broken, Files.readString(entry));
    }

    @Test
    void formatTextRefusesInvalidText() {
        ZModelException e = assertThrows(ZModelException.class, () -> ZModelFiles.formatText("model {", "x.zmodel"));
        assertTrue(
                e.getMessage().startsWith("Cannot format x.zmodel: fix these errors first:\n  x.zmodel:1:7: error: "),
                e.getMessage());
    }

    @Test
    void formatOfAMissingEntryThrowsWithTheReason() {
        Path entry = dir.resolve("none.zmodel");
        ZModelException e = assertThrows(ZModelException.class, () -> ZModelFiles.unformatted(entry));
        assertTrue(e.getMessage().contains("schema file " + entry + " does not exist"), e.getMessage());
    }

    @Test
    void stdlibParsesAndIsItselfCanonical() {
        Stdlib stdlib = Stdlib.get();
        assertEquals(2, stdlib.documents().size());
        assertTrue(stdlib.attribute("@@allow").isPresent());
        assertTrue(stdlib.attribute("@db.VarChar").isPresent());
        assertTrue(stdlib.function("check").isPresent());
        assertEquals(
                List.of("Asc", "Desc"),
                stdlib.enumDecl("SortOrder").orElseThrow().values().stream()
                        .map(v -> v.name())
                        .toList());
        for (var doc : stdlib.documents()) {
            String text = ZModelPrinter.print(doc);
            assertEquals(text, ZModelFiles.formatText(text, doc.path()));
        }
        assertFalse(stdlib.attribute("@nope").isPresent());
    }
}
