package dev.zmodel.pull;

import dev.zmodel.Provider;
import dev.zmodel.datasource.ConnectionOverrides;
import dev.zmodel.lang.ast.Document;
import dev.zmodel.testing.TestDatabase;
import dev.zmodel.testing.TestDatabases;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every golden fixture of the generation ({@link PullFixtures}), end to end through {@link DbPull} and real files:
 * pulling into a datasource-only schema writes exactly the golden text (the merge adds nothing of its own), a
 * second pull changes nothing, a {@code force} pull gives the same text, and the result validates.
 */
class MergeRoundTripTest {
    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> postgresql() {
        return tests(Provider.POSTGRESQL, "postgresql");
    }

    @TestFactory
    Stream<DynamicTest> mysql() {
        return tests(Provider.MYSQL, "mysql");
    }

    @TestFactory
    Stream<DynamicTest> sqlite() {
        return tests(Provider.SQLITE, "sqlite");
    }

    private Stream<DynamicTest> tests(Provider provider, String dialect) {
        return PullFixtures.fixtures(dialect).stream()
                .map(sql -> DynamicTest.dynamicTest(
                        sql.getFileName().toString().replaceFirst("\\.sql$", ""), () -> roundTrip(provider, sql)));
    }

    private void roundTrip(Provider provider, Path sql) throws IOException {
        String script = Files.readString(sql, StandardCharsets.UTF_8);
        List<String> schemas = header(script, "schemas")
                .map(v -> Arrays.stream(v.split(",")).map(String::strip).toList())
                .orElse(List.of());
        List<String> exclude = header(script, "exclude")
                .map(v -> Arrays.stream(v.split(",")).map(String::strip).toList())
                .orElse(List.of());
        GenerateOptions options = PullFixtures.options(header(script, "options").orElse(""));
        try (TestDatabase db = TestDatabases.create(provider)) {
            db.execute(script);
            for (PullFixtures.Expectation e : PullFixtures.expectations(sql)) {
                if (!Files.exists(e.golden())) {
                    continue;
                }
                String name = e.golden().getFileName().toString();
                Path schema = dir.resolve(name);
                Files.writeString(
                        schema,
                        PullFixtures.print(
                                provider, schemas, options, new Document(null, List.of(), List.of(), List.of())));
                PullOptions pull = PullOptions.of(schema)
                        .withNaming(e.naming())
                        .withModelCasing(options.modelCasing())
                        .withFieldCasing(options.fieldCasing())
                        .withAlwaysMap(options.alwaysMap())
                        .withExclude(exclude)
                        .withValidate(true)
                        .withConnection(new ConnectionOverrides(null, db.user(), db.password()))
                        .withEnvironment(Map.of("DATABASE_URL", db.jdbcUrl())::get);

                PullResult first = DbPull.pull(pull);
                assertEquals(
                        Files.readString(e.golden(), StandardCharsets.UTF_8),
                        withoutExtensions(Files.readString(schema)),
                        name + ": a pull into a datasource-only schema writes the generated schema as it is");
                assertEquals(List.of(), first.problems(), name);

                PullResult again = DbPull.pull(pull);
                assertFalse(again.changed(), () -> name + ": a second pull changed the schema:\n" + again.diff());

                PullResult forced = DbPull.pull(pull.withForce(true).withDryRun(true));
                assertFalse(forced.changed(), () -> name + ": force gives a different text:\n" + forced.diff());
            }
        }
    }

    private static java.util.Optional<String> header(String script, String key) {
        return script.lines()
                .takeWhile(l -> l.startsWith("--"))
                .map(l -> l.substring(2).strip())
                .filter(l -> l.startsWith(key + ":"))
                .map(l -> l.substring(key.length() + 1).strip())
                .findFirst();
    }

    /**
     * The text without the datasource's {@code extensions} (db pull lists a PostgreSQL database's extensions there;
     * the goldens hold what the generator writes), printed again so the datasource's fields align as before.
     */
    private static String withoutExtensions(String text) {
        if (!text.contains("    extensions ")) {
            return text;
        }
        dev.zmodel.lang.ast.Document doc =
                dev.zmodel.lang.ZModelParser.parse(text, "schema.zmodel").document();
        List<dev.zmodel.lang.ast.Declaration> declarations = doc.declarations().stream()
                .map(d -> d instanceof dev.zmodel.lang.ast.ConfigBlock c
                        ? (dev.zmodel.lang.ast.Declaration) new dev.zmodel.lang.ast.ConfigBlock(
                                c.kind(),
                                c.name(),
                                c.fields().stream()
                                        .filter(f -> !f.name().equals("extensions"))
                                        .toList(),
                                c.innerComments(),
                                c.trivia(),
                                c.span())
                        : d)
                .toList();
        return dev.zmodel.lang.ZModelFiles.print(doc.withDeclarations(declarations));
    }
}
