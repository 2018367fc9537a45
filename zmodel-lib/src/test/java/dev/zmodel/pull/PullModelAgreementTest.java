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

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The pull ⇄ model agreement law on every pull golden fixture: a database is introspected, pulled (both presets),
 * and the pulled schema's relational model must describe that database — diffing the database against its own
 * pulled schema gives no change. What ZModel cannot express (checks, partial and expression indexes, triggers, …)
 * is on the database side only, where the differ leaves it alone as unmanaged (docs/db-pull-mapping.md).
 */
class PullModelAgreementTest {
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

    private static Stream<DynamicTest> tests(Provider provider, String dialect) {
        return PullFixtures.fixtures(dialect).stream().map(p -> DynamicTest.dynamicTest(
                p.getFileName().toString().replaceFirst("\\.sql$", ""), () -> check(provider, p)));
    }

    static void check(Provider provider, Path sql) throws Exception {
        String script = Files.readString(sql, StandardCharsets.UTF_8);
        List<String> schemas = PullFixtures.headerList(script, "schemas");
        GenerateOptions options = PullFixtures.options(PullFixtures.header(script, "options").orElse(""));
        DatabaseSchema database;
        try (TestDatabase db = TestDatabases.create(provider)) {
            db.execute(script);
            IntrospectionOptions io = IntrospectionOptions.defaults()
                    .withExclude(PullFixtures.headerList(script, "exclude"));
            if (!schemas.isEmpty()) {
                io = io.withSchemas(schemas);
            }
            try (Connection c = db.connect()) {
                database = Introspectors.introspect(c, io);
            }
        }
        StringBuilder failures = new StringBuilder();
        for (Naming naming : List.of(Naming.ZENSTACK)) {
            GenerateOptions o = options.withNaming(naming);
            String text = PullFixtures.print(provider, schemas, o.defaultSchema(),
                    PullGenerator.generate(database, o).document());
            DatabaseSchema model = RelationalModel.of(
                    SchemaIndex.of(List.of(ZModelParser.parse(text, "schema.zmodel").document())),
                    ModelOptions.DEFAULTS);
            String changes = summary(SchemaDiff.diff(database, model, DiffOptions.towardsModel(List.of())));
            if (!changes.isEmpty()) {
                failures.append("--- ").append(naming).append(" preset: database → pulled model\n").append(changes)
                        .append('\n');
            }
        }
        assertEquals("", failures.toString(), sql.getFileName() + ": the database and its pulled schema differ");
    }

    private static String summary(DiffResult diff) {
        return diff.changes().stream().filter(c -> !notExpressible(c)).map(PullModelAgreementTest::describe)
                .collect(Collectors.joining("\n"));
    }

    /**
     * The differences docs/db-pull-mapping.md lists as not expressible in ZModel: MySQL's {@code tinyint(1)} display
     * width on a column db pull maps to {@code Int @db.TinyInt} (one with a default other than 0 or 1) — the width
     * marks Boolean columns, so the model creates {@code tinyint} for an Int.
     */
    private static boolean notExpressible(SchemaChange change) {
        return change instanceof AlterColumn a && a.changes().equals(java.util.Set.of(dev.zmodel.diff.ColumnChange.TYPE))
                && a.from().type().name().equals("tinyint") && a.to().type().name().equals("tinyint")
                && Integer.valueOf(1).equals(a.from().type().length()) && a.to().type().length() == null;
    }

    /** The change's summary with the two sides of what it changes, so a failure says what disagrees. */
    private static String describe(SchemaChange change) {
        if (change instanceof RebuildTable r) {
            return change.summary() + r.reasons().stream().map(c -> "\n    " + describe(c)).collect(Collectors.joining());
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
        return c.type().kind() + " " + c.type().schema() + "." + c.type().name() + "(" + c.type().length() + ","
                + c.type().precision() + "," + c.type().scale() + ")" + "[]".repeat(c.type().arrayDimensions())
                + (c.nullable() ? " null" : " not null") + " default=" + c.defaultValue() + " " + c.autoIncrement()
                + (c.comment() == null ? "" : " comment=" + c.comment()) + (c.onUpdate() == null ? ""
                : " onUpdate=" + c.onUpdate());
    }
}
