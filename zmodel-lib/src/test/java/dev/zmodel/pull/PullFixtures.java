package dev.zmodel.pull;

import dev.zmodel.Provider;
import dev.zmodel.introspect.IntrospectionOptions;
import dev.zmodel.introspect.Introspectors;
import dev.zmodel.lang.Diagnostic;
import dev.zmodel.lang.ParseResult;
import dev.zmodel.lang.SchemaValidator;
import dev.zmodel.lang.ZModelFiles;
import dev.zmodel.lang.ZModelParser;
import dev.zmodel.lang.ast.ConfigBlock;
import dev.zmodel.lang.ast.ConfigField;
import dev.zmodel.lang.ast.Declaration;
import dev.zmodel.lang.ast.Document;
import dev.zmodel.lang.ast.Expr;
import dev.zmodel.lang.ast.Span;
import dev.zmodel.lang.ast.Trivia;
import dev.zmodel.schema.DatabaseSchema;
import dev.zmodel.testing.TestDatabase;
import dev.zmodel.testing.TestDatabases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Golden fixtures of db pull generation: {@code src/test/resources/pull/<dialect>/<case>.sql} is run on a fresh
 * database, introspected and generated; {@code <case>.zmodel} is the expected output of the zenstack preset and
 * {@code <case>.prisma.zmodel} of the prisma preset (each optional, at least one present), both printed with a
 * fixed datasource block in front. {@code <case>.warnings} / {@code <case>.prisma.warnings} list the expected
 * warnings as {@code KIND object} lines. Header lines of the SQL file: {@code -- schemas: a, b} (PostgreSQL schemas
 * to read, also written to the datasource), {@code -- exclude: t1, t2} (tables not to read), {@code -- options:
 * modelCasing=snake fieldCasing=none alwaysMap defaultSchema=x}. Every output must validate, print identically when generated twice, and survive
 * parse → print unchanged. On a mismatch the actual text is written to {@code target/pull-actual/…} for review;
 * expected files are never written.
 */
final class PullFixtures {
    private PullFixtures() {}

    /** One expected output: the preset and its golden file. */
    record Expectation(Naming naming, Path golden, Path warnings) {}

    static List<Path> fixtures(String dialect) {
        try (var files = Files.list(resourceDir(dialect))) {
            return files.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Expectation> expectations(Path sql) {
        String base = sql.getFileName().toString().replaceFirst("\\.sql$", "");
        List<Expectation> result = new ArrayList<>();
        Path zen = sql.resolveSibling(base + ".zmodel");
        Path prisma = sql.resolveSibling(base + ".prisma.zmodel");
        result.add(new Expectation(Naming.ZENSTACK, zen, sql.resolveSibling(base + ".warnings")));
        if (Files.exists(prisma)) {
            result.add(new Expectation(Naming.PRISMA, prisma, sql.resolveSibling(base + ".prisma.warnings")));
        }
        return result;
    }

    /** Runs the fixture and checks every expectation. */
    static void check(Provider provider, String dialect, Path sql) throws IOException {
        String script = Files.readString(sql, StandardCharsets.UTF_8);
        List<String> schemas = header(script, "schemas")
                .map(v -> Arrays.stream(v.split(",")).map(String::strip).toList())
                .orElse(List.of());
        GenerateOptions options = options(header(script, "options").orElse("")).withMultiSchema(!schemas.isEmpty());
        DatabaseSchema schema;
        String dbName;
        try (TestDatabase db = TestDatabases.create(provider)) {
            dbName = db.name();
            db.execute(script);
            IntrospectionOptions io = IntrospectionOptions.defaults();
            if (!schemas.isEmpty()) {
                io = io.withSchemas(schemas);
            }
            List<String> exclude = header(script, "exclude")
                    .map(v -> Arrays.stream(v.split(",")).map(String::strip).toList())
                    .orElse(List.of());
            io = io.withExclude(exclude);
            try (Connection c = db.connect()) {
                schema = Introspectors.introspect(c, io);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        List<String> failures = new ArrayList<>();
        String[] firstMismatch = null;
        for (Expectation e : expectations(sql)) {
            GenerateOptions o = options.withNaming(e.naming());
            GeneratedSchema generated = PullGenerator.generate(schema, o);
            String actual = print(provider, schemas, o, generated.document());
            String name = e.golden().getFileName().toString();
            Path actualFile = Paths.get("target", "pull-actual", dialect, name);
            assertValid(actual, name);
            assertEquals(
                    actual,
                    print(
                            provider,
                            schemas,
                            o,
                            PullGenerator.generate(schema, o).document()),
                    "generating twice gives the same text: " + name);
            assertEquals(
                    actual,
                    ZModelFiles.print(ZModelParser.parse(actual, name).document()),
                    "parse(print(doc)) prints identically: " + name);
            // the test database has a random name; MySQL reports it as the namespace
            String warnings = generated.warnings().stream()
                    .map(w -> w.kind() + " " + w.object().replace(dbName, "<db>"))
                    .collect(Collectors.joining("\n", "", generated.warnings().isEmpty() ? "" : "\n"));
            if (!Files.exists(e.golden())) {
                write(actualFile, actual);
                failures.add("No " + name + "; the actual output is in " + actualFile.toAbsolutePath());
            } else if (!Files.readString(e.golden(), StandardCharsets.UTF_8).equals(actual)) {
                write(actualFile, actual);
                failures.add(name + " differs (actual output in " + actualFile.toAbsolutePath() + ")");
                if (firstMismatch == null) {
                    firstMismatch = new String[] {Files.readString(e.golden(), StandardCharsets.UTF_8), actual};
                }
            }
            String warningsName = e.warnings().getFileName().toString();
            Path actualWarnings = Paths.get("target", "pull-actual", dialect, warningsName);
            String expectedWarnings =
                    Files.exists(e.warnings()) ? Files.readString(e.warnings(), StandardCharsets.UTF_8) : "";
            if (!expectedWarnings.equals(warnings)) {
                write(
                        actualWarnings,
                        warnings + "\n# messages:\n"
                                + generated.warnings().stream()
                                        .map(PullWarning::toString)
                                        .collect(Collectors.joining("\n"))
                                + "\n");
                failures.add(warningsName + " differs (actual in " + actualWarnings.toAbsolutePath() + ")");
                if (firstMismatch == null) {
                    firstMismatch = new String[] {expectedWarnings, warnings};
                }
            }
        }
        if (firstMismatch != null) {
            assertEquals(firstMismatch[0], firstMismatch[1], String.join("\n", failures));
        }
        if (!failures.isEmpty()) {
            fail(String.join("\n", failures));
        }
    }

    static void assertValid(String text, String name) {
        ParseResult parsed = ZModelParser.parse(text, name);
        assertTrue(parsed.diagnostics().isEmpty(), () -> name + " does not parse: " + parsed.diagnostics());
        List<Diagnostic> errors = SchemaValidator.validate(List.of(parsed.document())).stream()
                .filter(Diagnostic::isError)
                .toList();
        assertTrue(
                errors.isEmpty(),
                () -> name + " is not valid ZModel:\n"
                        + errors.stream().map(Diagnostic::format).collect(Collectors.joining("\n")) + "\n" + text);
    }

    /**
     * The generated document printed after a fixed datasource block: provider, {@code url = env("DATABASE_URL")},
     * and the fixture's {@code schemas} and {@code defaultSchema} when set; with the {@code previewViews} option a
     * generator block enabling Prisma's {@code views} preview feature.
     */
    static String print(Provider provider, List<String> schemas, String defaultSchema, Document document) {
        return print(provider, schemas, GenerateOptions.defaults().withDefaultSchema(defaultSchema), document);
    }

    static String print(Provider provider, List<String> schemas, GenerateOptions options, Document document) {
        String defaultSchema = options.defaultSchema();
        List<ConfigField> fields = new ArrayList<>();
        fields.add(ConfigField.of("provider", Expr.StringLiteral.of(provider.id())));
        fields.add(ConfigField.of(
                "url",
                Expr.Invocation.of(
                        "env", dev.zmodel.lang.ast.Argument.positional(Expr.StringLiteral.of("DATABASE_URL")))));
        if (!schemas.isEmpty()) {
            fields.add(ConfigField.of(
                    "schemas",
                    Expr.Array.of(schemas.stream().map(Expr.StringLiteral::of).toList())));
        }
        if (!defaultSchema.equals(GenerateOptions.DEFAULT_SCHEMA)) {
            fields.add(ConfigField.of("defaultSchema", Expr.StringLiteral.of(defaultSchema)));
        }
        ConfigBlock datasource =
                new ConfigBlock(ConfigBlock.Kind.DATASOURCE, "db", fields, List.of(), Trivia.NONE, Span.NONE);
        List<Declaration> declarations = new ArrayList<>();
        declarations.add(datasource);
        if (options.previewViews()) {
            declarations.add(new ConfigBlock(
                    ConfigBlock.Kind.GENERATOR,
                    "client",
                    List.of(
                            ConfigField.of("provider", Expr.StringLiteral.of("prisma-client-js")),
                            ConfigField.of("previewFeatures", Expr.Array.of(List.of(Expr.StringLiteral.of("views"))))),
                    List.of(),
                    Trivia.NONE,
                    Span.NONE));
        }
        declarations.addAll(document.declarations());
        return ZModelFiles.print(document.withDeclarations(declarations));
    }

    static GenerateOptions options(String spec) {
        GenerateOptions o = GenerateOptions.defaults();
        for (String part : spec.trim().split("\\s+")) {
            if (part.isEmpty()) {
                continue;
            }
            String[] kv = part.split("=", 2);
            o = switch (kv[0]) {
                case "modelCasing" -> o.withModelCasing(Casing.fromId(kv[1]).orElseThrow());
                case "fieldCasing" -> o.withFieldCasing(Casing.fromId(kv[1]).orElseThrow());
                case "alwaysMap" -> o.withAlwaysMap(true);
                case "defaultSchema" -> o.withDefaultSchema(kv[1]);
                case "previewViews" -> o.withPreviewViews(true);
                default -> throw new IllegalArgumentException("unknown option " + part);
            };
        }
        return o;
    }

    /** A comma-separated header value as a list (empty when the header is absent). */
    static List<String> headerList(String script, String key) {
        return header(script, key)
                .map(v -> Arrays.stream(v.split(",")).map(String::strip).toList())
                .orElse(List.of());
    }

    static java.util.Optional<String> header(String script, String key) {
        return script.lines()
                .takeWhile(l -> l.startsWith("--"))
                .map(l -> l.substring(2).strip())
                .filter(l -> l.startsWith(key + ":"))
                .map(l -> l.substring(key.length() + 1).strip())
                .findFirst();
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    static Path resourceDir(String dialect) {
        Path source = Paths.get("src", "test", "resources", "pull", dialect);
        if (Files.isDirectory(source)) {
            return source;
        }
        try {
            return Paths.get(PullFixtures.class.getResource("/pull/" + dialect).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
