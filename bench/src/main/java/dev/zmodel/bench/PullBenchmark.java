package dev.zmodel.bench;

import dev.zmodel.Provider;
import dev.zmodel.datasource.ConnectionOverrides;
import dev.zmodel.introspect.IntrospectionOptions;
import dev.zmodel.introspect.Introspectors;
import dev.zmodel.lang.SchemaValidator;
import dev.zmodel.lang.ZModelFiles;
import dev.zmodel.lang.ZModelParser;
import dev.zmodel.lang.ast.Document;
import dev.zmodel.pull.DbPull;
import dev.zmodel.pull.GenerateOptions;
import dev.zmodel.pull.GeneratedSchema;
import dev.zmodel.pull.MergeOptions;
import dev.zmodel.pull.MergeResult;
import dev.zmodel.pull.PullGenerator;
import dev.zmodel.pull.PullOptions;
import dev.zmodel.pull.PullResult;
import dev.zmodel.pull.SchemaMerger;
import dev.zmodel.schema.DatabaseSchema;
import dev.zmodel.testing.SyntheticSchema;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code pull}: the whole library pull ({@link DbPull}, dry run, so every iteration does all the work) on a warm
 * JVM, into a datasource-only schema (first pull) and into the schema that pull wrote (re-pull, every declaration
 * matched and merged), plus the time of each stage on its own.
 */
final class PullBenchmark implements Benchmark {
    @Override
    public String name() {
        return "pull";
    }

    @Override
    public String description() {
        return "DbPull (introspect + generate + merge + print + validate) on generated 10/100/1000-table schemas";
    }

    private record Row(
            Provider provider,
            int tables,
            String product,
            Measurement.Result first,
            Measurement.Result again,
            Measurement.Result introspect,
            Measurement.Result generate,
            Measurement.Result merge,
            Measurement.Result print,
            Measurement.Result validate,
            int lines) {}

    @Override
    public String run(BenchOptions options) throws Exception {
        List<Row> rows = new ArrayList<>();
        for (Provider provider : options.providers()) {
            for (int size : options.sizes()) {
                System.err.printf("[bench] %s, %d tables: creating the schema%n", provider, size);
                try (BenchDatabases.Database db = BenchDatabases.create(provider)) {
                    BenchDatabases.load(db, SyntheticSchema.statements(provider, size));
                    rows.add(measure(db, provider, size, options));
                }
            }
        }
        return report(rows, options);
    }

    private static Row measure(BenchDatabases.Database db, Provider provider, int size, BenchOptions o)
            throws Exception {
        Path dir = Files.createTempDirectory("zb-pull");
        Path schema = dir.resolve("schema.zmodel");
        String datasource =
                "datasource db {\n    provider = \"" + provider.id() + "\"\n    url      = env(\"DATABASE_URL\")\n}\n";
        Files.writeString(schema, datasource);
        PullOptions pull = PullOptions.of(schema)
                .withDryRun(true)
                .withConnection(ConnectionOverrides.NONE)
                .withEnvironment(Map.of("DATABASE_URL", db.url())::get);
        PullResult first = DbPull.pull(pull);
        if (first.summary().changes().size() < size) {
            throw new IllegalStateException("expected " + size + " models, got "
                    + first.summary().changes().size());
        }
        System.err.printf("[bench] %s, %d tables: first pull%n", provider, size);
        Measurement.Result firstPull =
                Measurement.measure(() -> DbPull.pull(pull), o.warmup(), o.iterations(), o.slowMillis());

        Files.writeString(schema, first.text());
        System.err.printf("[bench] %s, %d tables: re-pull%n", provider, size);
        PullResult again = DbPull.pull(pull);
        if (again.changed()) {
            throw new IllegalStateException("a re-pull of an unchanged database changed the schema:\n" + again.diff());
        }
        Measurement.Result rePull =
                Measurement.measure(() -> DbPull.pull(pull), o.warmup(), o.iterations(), o.slowMillis());

        System.err.printf("[bench] %s, %d tables: stages%n", provider, size);
        Document existing = ZModelParser.parse(first.text(), schema.toString()).document();
        try (Connection c = db.connect()) {
            IntrospectionOptions io = IntrospectionOptions.defaults();
            DatabaseSchema database = Introspectors.introspect(c, io);
            GenerateOptions go = GenerateOptions.defaults().withProvider(provider);
            GeneratedSchema fresh = PullGenerator.generate(database, go);
            MergeOptions mo = MergeOptions.of(provider);
            MergeResult merged = SchemaMerger.merge(List.of(existing), fresh.document(), mo);
            String text = ZModelFiles.print(merged.documents().get(0));
            Measurement.Result introspect = Measurement.measure(
                    () -> Introspectors.introspect(c, io), o.warmup(), o.iterations(), o.slowMillis());
            Measurement.Result generate = Measurement.measure(
                    () -> PullGenerator.generate(database, go), o.warmup(), o.iterations(), o.slowMillis());
            Measurement.Result merge = Measurement.measure(
                    () -> SchemaMerger.merge(List.of(existing), fresh.document(), mo),
                    o.warmup(),
                    o.iterations(),
                    o.slowMillis());
            Measurement.Result print = Measurement.measure(
                    () -> ZModelFiles.print(merged.documents().get(0)), o.warmup(), o.iterations(), o.slowMillis());
            Measurement.Result validate = Measurement.measure(
                    () -> SchemaValidator.validate(
                            List.of(ZModelParser.parse(text, "schema.zmodel").document())),
                    o.warmup(),
                    o.iterations(),
                    o.slowMillis());
            return new Row(
                    provider,
                    size,
                    database.product(),
                    firstPull,
                    rePull,
                    introspect,
                    generate,
                    merge,
                    print,
                    validate,
                    (int) text.lines().count());
        } finally {
            Files.deleteIfExists(schema);
            Files.deleteIfExists(dir);
        }
    }

    private static String report(List<Row> rows, BenchOptions o) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "Warm JVM: %d warm-up runs, then the median of %d runs, in ms. "
                        + "First pull: into a datasource-only schema; re-pull: into the schema the first pull wrote (all "
                        + "declarations matched and merged). Both are dry runs (nothing written).%n%n",
                o.warmup(),
                o.iterations()));
        // the per-table columns show whether the time grows linearly with the table count (the scale curve)
        out.append(
                "| database | tables | schema lines | first pull | µs per table | re-pull | µs per table | introspect "
                        + "| generate | merge | print | parse + validate |\n"
                        + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %.1f | %.0f | %.1f | %.0f | %.1f | %.1f | %.1f | %.1f | %.1f |%n",
                    r.product(),
                    r.tables(),
                    r.lines(),
                    r.first().medianMillis(),
                    r.first().medianMillis() * 1000 / r.tables(),
                    r.again().medianMillis(),
                    r.again().medianMillis() * 1000 / r.tables(),
                    r.introspect().medianMillis(),
                    r.generate().medianMillis(),
                    r.merge().medianMillis(),
                    r.print().medianMillis(),
                    r.validate().medianMillis()));
        }
        return out.toString();
    }
}
