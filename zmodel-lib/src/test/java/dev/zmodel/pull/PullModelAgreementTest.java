package dev.zmodel.pull;

import dev.zmodel.Provider;
import dev.zmodel.diff.AlterColumn;
import dev.zmodel.diff.CreateIndex;
import dev.zmodel.diff.DiffOptions;
import dev.zmodel.diff.DiffResult;
import dev.zmodel.diff.DropIndex;
import dev.zmodel.diff.RebuildTable;
import dev.zmodel.diff.SchemaChange;
import dev.zmodel.diff.SchemaDiff;
import dev.zmodel.introspect.IntrospectionOptions;
import dev.zmodel.introspect.Introspectors;
import dev.zmodel.lang.SchemaIndex;
import dev.zmodel.lang.ZModelParser;
import dev.zmodel.model.ModelOptions;
import dev.zmodel.model.RelationalModel;
import dev.zmodel.schema.Column;
import dev.zmodel.schema.DatabaseSchema;
import dev.zmodel.testing.TestDatabase;
import dev.zmodel.testing.TestDatabases;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The pull ⇄ model agreement law on every real-database fixture: a database is introspected, pulled (zenstack
 * preset), and the pulled schema's relational model must describe that database — diffing the database against
 * its own pulled schema gives no change. What ZModel cannot express (checks, partial and expression indexes,
 * triggers, …) is on the database side only, where the differ leaves it alone as unmanaged
 * (docs/db-pull-mapping.md). Fixtures: every pull golden ({@code pull/<dialect>/*.sql}), every introspection
 * golden ({@code introspect/<dialect>/*.sql}) and the Chinook real schema ({@code real-schemas/chinook}).
 * {@link PullModelAgreementRandomTest} adds random schemas.
 */
class PullModelAgreementTest {
    @TestFactory
    Stream<DynamicTest> postgresql() {
        return tests(Provider.POSTGRESQL, "postgresql", "Chinook_PostgreSql.sql");
    }

    @TestFactory
    Stream<DynamicTest> mysql() {
        return tests(Provider.MYSQL, "mysql", "Chinook_MySql.sql");
    }

    @TestFactory
    Stream<DynamicTest> sqlite() {
        return tests(Provider.SQLITE, "sqlite", "Chinook_Sqlite.sql");
    }

    private static Stream<DynamicTest> tests(Provider provider, String dialect, String chinook) {
        Stream<DynamicTest> fixtures = Stream.of("pull", "introspect")
                .flatMap(area -> sqlFiles(area, dialect).stream()
                        .map(p -> DynamicTest.dynamicTest(
                                area + "/" + p.getFileName().toString().replaceFirst("\\.sql$", ""),
                                () -> check(provider, read(p), area + "/" + dialect + "/" + p.getFileName()))));
        DynamicTest real = DynamicTest.dynamicTest(
                "real-schemas/chinook",
                () -> check(
                        provider,
                        RealSchemas.withoutDatabaseStatements(
                                read(resource("real-schemas", "chinook").resolve(chinook))),
                        "real-schemas/chinook/" + chinook));
        return Stream.concat(fixtures, Stream.of(real));
    }

    /**
     * Runs {@code script} on a fresh database and checks the law. The script's header lines {@code -- schemas:},
     * {@code -- exclude:} and {@code -- options:} are read as in {@link PullFixtures}; {@code name} says in a
     * failure which script it was (and how to reproduce it).
     */
    static void check(Provider provider, String script, String name) {
        List<String> schemas = PullFixtures.headerList(script, "schemas");
        GenerateOptions options = PullFixtures.options(
                        PullFixtures.header(script, "options").orElse(""))
                .withMultiSchema(!schemas.isEmpty());
        DatabaseSchema database = introspect(provider, script, schemas, name);
        StringBuilder failures = new StringBuilder();
        for (Naming naming : List.of(Naming.ZENSTACK)) {
            GenerateOptions o = options.withNaming(naming);
            String text = PullFixtures.print(
                    provider, schemas, o, PullGenerator.generate(database, o).document());
            DatabaseSchema model;
            try {
                model = RelationalModel.of(
                        SchemaIndex.of(List.of(
                                ZModelParser.parse(text, "schema.zmodel").document())),
                        ModelOptions.DEFAULTS);
            } catch (RuntimeException e) {
                throw new AssertionError(
                        name + ": the pulled schema has no relational model: " + e.getMessage() + "\n" + text, e);
            }
            String changes = summary(SchemaDiff.diff(database, model, DiffOptions.towardsModel(List.of())));
            if (!changes.isEmpty()) {
                failures.append("--- ")
                        .append(naming)
                        .append(" preset: database → pulled model\n")
                        .append(changes)
                        .append('\n');
            }
        }
        assertEquals("", failures.toString(), name + ": the database and its pulled schema differ");
    }

    private static DatabaseSchema introspect(Provider provider, String script, List<String> schemas, String name) {
        try (TestDatabase db = TestDatabases.create(provider)) {
            try {
                db.execute(script);
            } catch (IllegalStateException e) {
                throw new AssertionError(name + ": the script does not run: " + e.getMessage(), e);
            }
            IntrospectionOptions io =
                    IntrospectionOptions.defaults().withExclude(PullFixtures.headerList(script, "exclude"));
            if (!schemas.isEmpty()) {
                io = io.withSchemas(schemas);
            }
            try (Connection c = db.connect()) {
                return Introspectors.introspect(c, io);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> sqlFiles(String area, String dialect) {
        try (var files = Files.list(resource(area, dialect))) {
            return files.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A directory of the test resources: the source tree when run from the module, else the class path. */
    private static Path resource(String area, String dir) {
        Path source = Paths.get("src", "test", "resources", area, dir);
        if (Files.isDirectory(source)) {
            return source;
        }
        try {
            return Paths.get(PullModelAgreementTest.class
                    .getResource("/" + area + "/" + dir)
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String summary(DiffResult diff) {
        return diff.changes().stream()
                .filter(c -> !notExpressible(c))
                .map(PullModelAgreementTest::describe)
                .collect(Collectors.joining("\n"));
    }

    /**
     * The differences docs/db-pull-mapping.md lists as not expressible in ZModel: MySQL's {@code tinyint(1)} display
     * width on a column db pull maps to {@code Int @db.TinyInt} (one with a default other than 0 or 1) — the width
     * marks Boolean columns, so the model creates {@code tinyint} for an Int.
     */
    private static boolean notExpressible(SchemaChange change) {
        return change instanceof AlterColumn a
                && a.changes().equals(java.util.Set.of(dev.zmodel.diff.ColumnChange.TYPE))
                && a.from().type().name().equals("tinyint")
                && a.to().type().name().equals("tinyint")
                && Integer.valueOf(1).equals(a.from().type().length())
                && a.to().type().length() == null;
    }

    /** The change's summary with the two sides of what it changes, so a failure says what disagrees. */
    private static String describe(SchemaChange change) {
        if (change instanceof RebuildTable r) {
            return change.summary()
                    + r.reasons().stream().map(c -> "\n    " + describe(c)).collect(Collectors.joining());
        }
        if (change instanceof AlterColumn a) {
            return change.summary() + "\n      database: " + side(a.from()) + "\n      model:    " + side(a.to());
        }
        if (change instanceof CreateIndex c) {
            return change.summary() + "\n      " + c.index();
        }
        if (change instanceof DropIndex d) {
            return change.summary() + "\n      " + d.index();
        }
        return change.summary();
    }

    private static String side(Column c) {
        return c.type().kind() + " " + c.type().schema() + "." + c.type().name() + "("
                + c.type().length() + ","
                + c.type().precision() + "," + c.type().scale() + ")"
                + "[]".repeat(c.type().arrayDimensions())
                + (c.nullable() ? " null" : " not null") + " default=" + c.defaultValue() + " " + c.autoIncrement()
                + (c.comment() == null ? "" : " comment=" + c.comment())
                + (c.onUpdate() == null ? "" : " onUpdate=" + c.onUpdate());
    }
}
