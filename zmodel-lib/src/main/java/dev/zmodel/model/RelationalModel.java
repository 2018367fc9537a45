package dev.zmodel.model;

import dev.zmodel.Provider;
import dev.zmodel.ZModelException;
import dev.zmodel.lang.Diagnostic;
import dev.zmodel.lang.LoadedSchema;
import dev.zmodel.lang.SchemaIndex;
import dev.zmodel.lang.ast.DataModel;
import dev.zmodel.schema.DatabaseSchema;
import dev.zmodel.schema.EnumType;
import dev.zmodel.schema.ForeignKey;
import dev.zmodel.schema.Index;
import dev.zmodel.schema.Table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * ZModel → the relational model of the database the schema describes on one provider: what {@code migrate-dev}
 * and {@code db push} diff against. The result is in the canonical form introspection produces (architecture.md,
 * "The relational model contract"), so that {@code diff(introspect(db), RelationalModel.of(schema))} is empty when
 * the database matches the schema. The mapping rules are in docs/model.md.
 *
 * <pre>{@code
 * DatabaseSchema desired = RelationalModel.of(ZModelFiles.load(path), ModelOptions.DEFAULTS);
 * ModelResult result = RelationalModel.build(SchemaIndex.of(loaded), ModelOptions.forProvider(Provider.MYSQL));
 * }</pre>
 */
public final class RelationalModel {
    private RelationalModel() {}

    /**
     * The database of a loaded schema.
     *
     * @throws ZModelException when the schema has syntax errors, names no provider, or uses something that has no
     *                         database form (the message names the model and field)
     */
    public static DatabaseSchema of(LoadedSchema schema, ModelOptions options) {
        if (schema.hasErrors()) {
            throw new ZModelException("Cannot build the database model of " + schema.entry() + ": fix these errors "
                    + "first:\n"
                    + schema.diagnostics().stream()
                            .filter(Diagnostic::isError)
                            .map(Diagnostic::format)
                            .collect(Collectors.joining("\n")));
        }
        return of(SchemaIndex.of(schema), options);
    }

    /** The database of a schema; warnings go to the options' listener. */
    public static DatabaseSchema of(SchemaIndex schema, ModelOptions options) {
        return build(schema, options).schema();
    }

    /** The database of a schema with the warnings of the conversion (also sent to the options' listener). */
    public static ModelResult build(SchemaIndex schema, ModelOptions options) {
        Provider provider = options.provider() != null
                ? options.provider()
                : schema.provider()
                        .orElseThrow(() -> new ZModelException(
                                "The schema names no provider: add a datasource block with provider = "
                                        + "\"postgresql\", \"mysql\" or \"sqlite\", or pass the provider."));
        ModelContext ctx = new ModelContext(schema, provider);
        TableBuilder tables = new TableBuilder(ctx);
        ForeignKeys foreignKeys = new ForeignKeys(ctx);
        List<Table> out = new ArrayList<>();
        for (DataModel model : ctx.models()) {
            Table t = tables.build(model);
            out.add(t.withForeignKeys(foreignKeys.of(model, t.name())));
        }
        out.addAll(new ManyToManyTables(ctx).build());
        if (ctx.facts.foreignKeyIndexes()) {
            out.replaceAll(RelationalModel::withForeignKeyIndexes);
        }
        out.sort(Comparator.comparing((Table t) -> t.schema() == null ? "" : t.schema())
                .thenComparing(Table::name));
        NameClashes.check(out, ctx.facts.schemas());
        List<EnumType> enums = !ctx.facts.enumTypes()
                ? List.of()
                : ctx.enums().stream()
                        .map(e -> new EnumType(e.schema(), e.name(), e.values(), null))
                        .sorted(Comparator.comparing(EnumType::schema).thenComparing(EnumType::name))
                        .toList();
        List<String> namespaces = ctx.facts.schemas() ? ctx.schemas : ctx.facts.namespaces();
        ctx.warnings.forEach(options.listener()::warn);
        return new ModelResult(
                new DatabaseSchema(provider, null, namespaces, out, List.of(), enums, ctx.extensions), ctx.warnings);
    }

    /**
     * MySQL creates an index named after a foreign key whose columns do not start an index or the primary key; the
     * model states it, as introspection reports it.
     */
    private static Table withForeignKeyIndexes(Table t) {
        List<Index> indexes = new ArrayList<>(t.indexes());
        for (ForeignKey fk : t.foreignKeys()) {
            boolean covered = indexes.stream().anyMatch(i -> !i.fulltext() && startsWith(i.columnNames(), fk.columns()))
                    || t.primaryKey() != null && startsWith(t.primaryKey().columns(), fk.columns());
            if (!covered) {
                indexes.add(Index.of(fk.name(), false, fk.columns()));
            }
        }
        if (indexes.size() == t.indexes().size()) {
            return t;
        }
        indexes.sort(Comparator.comparing(Index::name));
        return t.withIndexes(indexes);
    }

    private static boolean startsWith(List<String> columns, List<String> prefix) {
        return columns.size() >= prefix.size()
                && columns.subList(0, prefix.size()).equals(prefix);
    }
}
