package dev.zmodel.lang;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The hand-written test schemas under {@code src/test/resources/lang/corpus}. */
final class Corpus {
    static final Path DIR = Path.of("src/test/resources/lang/corpus");

    private Corpus() {}

    /** Every canonical corpus file, imported files of the multi-file schema included. */
    static List<Path> allFiles() {
        try (Stream<Path> files = Files.walk(DIR)) {
            return files.filter(p -> p.toString().endsWith(".zmodel") && !isMessy(p))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schemas that stand alone: top-level files plus the multi-file schema's entry. */
    static List<Path> entries() {
        return Stream.concat(
                        allFiles().stream().filter(p -> p.getParent().equals(DIR)),
                        Stream.of(DIR.resolve("multifile/schema.zmodel")))
                .toList();
    }

    /** Deliberately badly laid out copies ({@code x.messy.zmodel} formats to {@code x.zmodel}). */
    static List<Path> messyFiles() {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(Corpus::isMessy).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isMessy(Path p) {
        return p.getFileName().toString().endsWith(".messy.zmodel");
    }

    static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
