package dev.zmodel.lang;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The corpus is written in canonical form, so formatting each file must give it back unchanged (a golden
 * test of the formatter), formatting twice must change nothing, and every schema must validate cleanly.
 */
class CorpusTest {
    static List<Path> allFiles() {
        return Corpus.allFiles();
    }

    static List<Path> entries() {
        return Corpus.entries();
    }

    static List<Path> messyFiles() {
        return Corpus.messyFiles();
    }

    @Test
    void corpusHasAtLeastFifteenSchemas() {
        assertTrue(entries().size() >= 15, "corpus schemas: " + entries());
        assertTrue(messyFiles().size() >= 3, "messy copies: " + messyFiles());
    }

    @ParameterizedTest
    @MethodSource("allFiles")
    void parsesWithoutDiagnostics(Path file) {
        ParseResult result = ZModelParser.parse(Corpus.read(file), file.toString());
        assertEquals(List.of(), result.diagnostics());
    }

    @ParameterizedTest
    @MethodSource("allFiles")
    void isAlreadyCanonical(Path file) {
        String text = Corpus.read(file);
        assertEquals(text, ZModelFiles.formatText(text, file.toString()));
    }

    @ParameterizedTest
    @MethodSource("allFiles")
    void formattingIsIdempotent(Path file) {
        String once = ZModelFiles.formatText(Corpus.read(file), file.toString());
        assertEquals(once, ZModelFiles.formatText(once, file.toString()));
    }

    @ParameterizedTest
    @MethodSource("entries")
    void validatesWithoutDiagnostics(Path entry) {
        assertEquals(List.of(), ZModelFiles.validate(entry));
    }

    @ParameterizedTest
    @MethodSource("messyFiles")
    void messyCopyFormatsToTheCanonicalText(Path messy) {
        Path canonical = messy.resolveSibling(messy.getFileName().toString().replace(".messy", ""));
        String formatted = ZModelFiles.formatText(Corpus.read(messy), messy.toString());
        assertEquals(Corpus.read(canonical), formatted);
    }

    @ParameterizedTest
    @MethodSource("messyFiles")
    void messyCopyIsReportedAsNeedingFormat(Path messy) {
        assertEquals(List.of(messy.normalize()), ZModelFiles.unformatted(messy));
    }
}
