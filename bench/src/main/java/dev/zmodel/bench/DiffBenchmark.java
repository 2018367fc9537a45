package dev.zmodel.bench;

import dev.zmodel.Provider;
import dev.zmodel.diff.DiffResult;
import dev.zmodel.diff.SchemaDiff;
import dev.zmodel.lang.ParseResult;
import dev.zmodel.lang.SchemaIndex;
import dev.zmodel.lang.SchemaValidator;
import dev.zmodel.lang.ZModelParser;
import dev.zmodel.liquibase.ChangelogFormat;
import dev.zmodel.liquibase.ChangelogRenderer;
import dev.zmodel.model.ModelOptions;
import dev.zmodel.model.RelationalModel;
import dev.zmodel.schema.DatabaseSchema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * The migration pipeline without a database: ZModel text of an N-model schema → parse → relational model → diff
 * against an empty schema and against the same schema with 1% of its models changed → Liquibase XML changelog.
 * Each step is timed on its own (median of N on a warm JVM, with the bytes it allocates), then the whole pipeline
 * as {@code migrate-dev} runs it after reading the shadow database: parse + model + diff + render.
 */
final class DiffBenchmark implements Benchmark {

    @Override
    public String name() {
        return "diff";
    }

    @Override
    public String description() {
        return "ZModel text → parse → relational model → diff (vs empty, vs 1% changed) → XML changelog";
    }

    @Override
    public String run(BenchOptions options) throws Exception {
        StringBuilder report = new StringBuilder("## Diff pipeline\n\n");
        report.append("Warm-up ")
                .append(options.warmup())
                .append(", measured runs ")
                .append(options.iterations())
                .append(" per step; time = median (min), allocated = median bytes allocated by the step.\n\n");
        List<ScaleRow> scale = new ArrayList<>();
        for (Provider provider : options.providers()) {
            for (int size : options.sizes()) {
                report.append(section(provider, size, options, scale));
            }
        }
        // one line per size: whether the pipelines grow linearly with the model count (the scale curve)
        report.append("### Scale\n\n| database | models | tables | pipeline vs empty ms | µs per table "
                + "| pipeline vs 1% changed ms | µs per table |\n|---|---:|---:|---:|---:|---:|---:|\n");
        for (ScaleRow r : scale) {
            report.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %.1f | %.0f | %.1f | %.0f |%n",
                    r.provider(),
                    r.models(),
                    r.tables(),
                    r.vsEmpty().medianMillis(),
                    r.vsEmpty().medianMillis() * 1000 / r.tables(),
                    r.vsChanged().medianMillis(),
                    r.vsChanged().medianMillis() * 1000 / r.tables()));
        }
        return report.toString();
    }

    private record ScaleRow(
            Provider provider, int models, int tables, Measurement.Result vsEmpty, Measurement.Result vsChanged) {}

    private String section(Provider provider, int size, BenchOptions o, List<ScaleRow> scale) throws Exception {
        String textA = ZModelSchemaText.of(provider, size);
        String textB = ZModelSchemaText.changed(provider, size);
        ModelOptions modelOptions = ModelOptions.forProvider(provider);
        ParseResult parsedA = ZModelParser.parse(textA, "schema.zmodel");
        ParseResult parsedB = ZModelParser.parse(textB, "schema.zmodel");
        if (parsedA.hasErrors() || parsedB.hasErrors()) {
            throw new IllegalStateException(
                    "benchmark schema does not parse: " + parsedA.diagnostics() + parsedB.diagnostics());
        }
        var errors = SchemaValidator.validate(List.of(parsedB.document())).stream()
                .filter(dev.zmodel.lang.Diagnostic::isError)
                .toList();
        if (!errors.isEmpty()) {
            throw new IllegalStateException(
                    "benchmark schema is invalid: " + errors.subList(0, Math.min(5, errors.size())));
        }
        SchemaIndex indexA = SchemaIndex.of(List.of(parsedA.document()));
        SchemaIndex indexB = SchemaIndex.of(List.of(parsedB.document()));
        DatabaseSchema modelA = RelationalModel.of(indexA, modelOptions);
        DatabaseSchema modelB = RelationalModel.of(indexB, modelOptions);
        DatabaseSchema empty = DatabaseSchema.empty(provider);
        DiffResult initial = SchemaDiff.diff(empty, modelA);
        DiffResult changed = SchemaDiff.diff(modelA, modelB);
        String xml =
                ChangelogRenderer.render(changed.changes(), provider, "20260101000000_change", ChangelogFormat.XML);

        StringBuilder out = new StringBuilder("### ")
                .append(provider)
                .append(", ")
                .append(size)
                .append(" models\n\n");
        out.append("ZModel text ")
                .append(textA.length() / 1024)
                .append(" KiB; ")
                .append(modelA.tables().size())
                .append(" tables; diff vs empty: ")
                .append(initial.changes().size())
                .append(" changes; diff vs 1% changed: ")
                .append(changed.changes().size())
                .append(" changes (changelog ")
                .append(xml.length() / 1024)
                .append(" KiB).\n\n");
        out.append("| step | median ms | min ms | allocated MiB |\n|---|---:|---:|---:|\n");
        row(out, "parse (ZModelParser)", () -> ZModelParser.parse(textB, "schema.zmodel"), o);
        row(
                out,
                "validate (SchemaValidator, informational)",
                () -> SchemaValidator.validate(List.of(parsedB.document())),
                o);
        row(
                out,
                "relational model (RelationalModel)",
                () -> RelationalModel.of(SchemaIndex.of(List.of(parsedB.document())), modelOptions),
                o);
        row(out, "diff vs empty", () -> SchemaDiff.diff(empty, modelA), o);
        row(
                out,
                "changelog XML of diff vs empty",
                () -> ChangelogRenderer.render(initial.changes(), provider, "20260101000000_init", ChangelogFormat.XML),
                o);
        row(out, "diff vs 1% changed", () -> SchemaDiff.diff(modelA, modelB), o);
        row(
                out,
                "changelog XML of diff vs 1% changed",
                () -> ChangelogRenderer.render(
                        changed.changes(), provider, "20260101000000_change", ChangelogFormat.XML),
                o);
        Measurement.Result vsEmpty = row(
                out,
                "**pipeline: parse + model + diff vs empty + XML**",
                () -> {
                    ParseResult p = ZModelParser.parse(textA, "schema.zmodel");
                    DatabaseSchema m = RelationalModel.of(SchemaIndex.of(List.of(p.document())), modelOptions);
                    return ChangelogRenderer.render(
                            SchemaDiff.diff(empty, m).changes(), provider, "20260101000000_init", ChangelogFormat.XML);
                },
                o);
        Measurement.Result vsChanged = row(
                out,
                "**pipeline: parse + model + diff vs 1% changed + XML**",
                () -> {
                    ParseResult p = ZModelParser.parse(textB, "schema.zmodel");
                    DatabaseSchema m = RelationalModel.of(SchemaIndex.of(List.of(p.document())), modelOptions);
                    return ChangelogRenderer.render(
                            SchemaDiff.diff(modelA, m).changes(),
                            provider,
                            "20260101000000_change",
                            ChangelogFormat.XML);
                },
                o);
        scale.add(new ScaleRow(provider, size, modelA.tables().size(), vsEmpty, vsChanged));
        return out.append('\n').toString();
    }

    private static Measurement.Result row(StringBuilder out, String step, Callable<?> operation, BenchOptions o)
            throws Exception {
        Measurement.Result r = Measurement.measure(operation, o.warmup(), o.iterations(), o.slowMillis());
        out.append("| ")
                .append(step)
                .append(" | ")
                .append(String.format("%.1f", r.medianMillis()))
                .append(" | ")
                .append(String.format("%.1f", r.minMillis()))
                .append(" | ")
                .append(String.format("%.1f", r.medianAllocatedBytes() / (1024.0 * 1024.0)))
                .append(" |\n");
        return r;
    }
}
