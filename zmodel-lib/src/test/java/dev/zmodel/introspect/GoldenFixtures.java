package dev.zmodel.introspect;

import dev.zmodel.Provider;
import dev.zmodel.schema.DatabaseSchema;
import dev.zmodel.testing.TestDatabase;
import dev.zmodel.testing.TestDatabases;
import org.junit.jupiter.api.DynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs every {@code src/test/resources/introspect/<dialect>/<name>.sql} fixture on a fresh database,
 * introspects it and compares {@link SchemaDump} with the checked-in {@code <name>.expected}. A first line
 * {@code -- schemas: a, b} sets the PostgreSQL schemas to read. On a mismatch the actual dump is written to
 * {@code target/introspect-actual/<dialect>/<name>.expected} for review; expected files are never written.
 */
final class GoldenFixtures {
    private GoldenFixtures() {}

    static Stream<DynamicTest> forDialect(Provider provider, String dialect) {
        Path dir = resourceDir(dialect);
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> fixtures =
                    files.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
            return fixtures.stream()
                    .map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(provider, dialect, f)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DatabaseSchema introspect(TestDatabase db, IntrospectionOptions options) {
        try (Connection c = db.connect()) {
            return Introspectors.introspect(c, options);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void check(Provider provider, String dialect, Path fixture) throws IOException {
        String sql = Files.readString(fixture, StandardCharsets.UTF_8);
        IntrospectionOptions options = IntrospectionOptions.defaults();
        String first = sql.lines().findFirst().orElse("");
        if (first.startsWith("-- schemas:")) {
            options = options.withSchemas(
                    Arrays.stream(first.substring("-- schemas:".length()).split(","))
                            .map(String::strip)
                            .toList());
        }
        String name = fixture.getFileName().toString().replaceFirst("\\.sql$", "");
        try (TestDatabase db = TestDatabases.create(provider)) {
            db.execute(sql);
            // the test database has a random name; MySQL prints it in namespaces and view definitions
            String actual = SchemaDump.dump(introspect(db, options)).replace(db.name(), "<db>");
            Path expectedFile = fixture.resolveSibling(name + ".expected");
            Path actualFile = Paths.get("target", "introspect-actual", dialect, name + ".expected");
            if (!Files.exists(expectedFile)) {
                write(actualFile, actual);
                fail("No " + expectedFile.getFileName() + "; the actual dump is in " + actualFile.toAbsolutePath());
            }
            String expected = Files.readString(expectedFile, StandardCharsets.UTF_8);
            if (!expected.equals(actual)) {
                write(actualFile, actual);
            }
            assertEquals(
                    expected,
                    actual,
                    "introspection of " + dialect + "/" + fixture.getFileName() + " (actual dump in "
                            + actualFile.toAbsolutePath() + ")");
        }
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    /** The fixture directory in the source tree (so new expected files are reviewed where they live). */
    private static Path resourceDir(String dialect) {
        try {
            Path compiled = Paths.get(
                    GoldenFixtures.class.getResource("/introspect/" + dialect).toURI());
            Path source = Paths.get("src", "test", "resources", "introspect", dialect);
            return Files.isDirectory(source) ? source : compiled;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
