package dev.zmodel.lang;

import dev.zmodel.dialect.Dialect;
import dev.zmodel.lang.ast.Argument;
import dev.zmodel.lang.ast.Attribute;
import dev.zmodel.lang.ast.ConfigBlock;
import dev.zmodel.lang.ast.ConfigField;
import dev.zmodel.lang.ast.DataModel;
import dev.zmodel.lang.ast.Declaration;
import dev.zmodel.lang.ast.Document;
import dev.zmodel.lang.ast.EnumDecl;
import dev.zmodel.lang.ast.Expr;
import dev.zmodel.lang.ast.Position;
import dev.zmodel.lang.ast.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The datasource block (exactly one per schema, a known {@code provider}, urls as strings or {@code env()},
 * PostgreSQL-only {@code schemas}/{@code defaultSchema}), {@code @@schema} against {@code schemas}, and
 * plugin blocks needing a provider.
 */
final class DatasourceRules {
    private static final List<String> PROVIDERS = List.of("postgresql", "mysql", "sqlite");
    private static final List<String> URL_FIELDS = List.of("url", "directUrl", "shadowDatabaseUrl");

    private DatasourceRules() {}

    static void check(ValidationContext ctx) {
        List<ConfigBlock> datasources = new ArrayList<>();
        for (Document doc : ctx.index.documents()) {
            for (Declaration d : doc.declarations()) {
                if (d instanceof ConfigBlock c && c.kind() == ConfigBlock.Kind.DATASOURCE) {
                    datasources.add(c);
                } else if (d instanceof ConfigBlock c
                        && c.kind() == ConfigBlock.Kind.PLUGIN
                        && c.field("provider").isEmpty()) {
                    ctx.error(c, c.span(), "plugin '" + c.name() + "' needs a provider");
                }
            }
        }
        if (datasources.isEmpty()) {
            Document entry = ctx.index.documents().get(0);
            ctx.add(Diagnostic.error(
                    entry.path() == null ? "<text>" : entry.path(),
                    new Position(1, 1, 0),
                    "the schema has no datasource: add a 'datasource' block with a provider"));
            return;
        }
        for (int i = 1; i < datasources.size(); i++) {
            ctx.error(
                    datasources.get(i),
                    datasources.get(i).span(),
                    "a schema has exactly one datasource; '"
                            + datasources.get(i).name() + "' is another one");
        }
        ConfigBlock ds = datasources.get(0);
        provider(ctx, ds);
        for (String name : URL_FIELDS) {
            ds.field(name).ifPresent(f -> url(ctx, ds, f));
        }
        schemas(ctx, ds);
        ds.field("extensions").ifPresent(f -> extensions(ctx, ds, f));
    }

    /**
     * Prisma's {@code extensions = [citext, uuid_ossp(map: "uuid-ossp", schema: "ext", version: "1.1")]}: PostgreSQL
     * only; names, or calls with string arguments {@code map}, {@code schema}, {@code version}; no extension twice.
     */
    private static void extensions(ValidationContext ctx, ConfigBlock ds, ConfigField field) {
        if (ctx.provider != null && !Dialect.of(ctx.provider).facts().schemas()) {
            ctx.error(ds, field.span(), "'extensions' is only supported by the postgresql provider");
            return;
        }
        if (!(field.value() instanceof Expr.Array array)) {
            ctx.error(
                    ds,
                    field.value().span(),
                    "'extensions' must be a list, e.g. [citext, uuid_ossp(map: \"uuid-ossp\")]");
            return;
        }
        List<String> seen = new ArrayList<>();
        for (Expr item : array.items()) {
            String name;
            if (item instanceof Expr.Reference r) {
                name = r.name();
            } else if (item instanceof Expr.Invocation call) {
                name = call.name();
                for (Argument a : call.args()) {
                    if (a.name() == null || !DatasourceExtensions.ARGUMENTS.contains(a.name())) {
                        ctx.error(
                                ds,
                                a.span(),
                                "extension '" + call.name() + "' takes the arguments map:, schema: "
                                        + "and version:, each a string");
                    } else if (a.value().asString().isEmpty()) {
                        ctx.error(
                                ds,
                                a.value().span(),
                                "'" + a.name() + "' of extension '" + call.name() + "' must be a string");
                    } else if (a.name().equals("map")) {
                        name = a.value().asString().get();
                    }
                }
            } else {
                ctx.error(
                        ds,
                        item.span(),
                        "an entry of 'extensions' is an extension's name, e.g. citext or "
                                + "uuid_ossp(map: \"uuid-ossp\")");
                continue;
            }
            if (seen.contains(name)) {
                ctx.error(ds, item.span(), "extension '" + name + "' is listed twice in 'extensions'");
            }
            seen.add(name);
        }
    }

    private static void provider(ValidationContext ctx, ConfigBlock ds) {
        Optional<ConfigField> field = ds.field("provider");
        if (field.isEmpty()) {
            ctx.error(
                    ds,
                    ds.span(),
                    "datasource '" + ds.name() + "' needs a provider: \"postgresql\", \"mysql\" or \"sqlite\"");
            return;
        }
        Optional<String> value = field.get().value().asString();
        if (value.isEmpty()) {
            ctx.error(
                    ds,
                    field.get().value().span(),
                    "the provider of datasource '" + ds.name() + "' must be a string literal");
        } else if (!PROVIDERS.contains(value.get())) {
            ctx.error(
                    ds,
                    field.get().value().span(),
                    "unsupported provider '" + value.get() + "': expected \"postgresql\", \"mysql\" or \"sqlite\"");
        }
    }

    private static void url(ValidationContext ctx, ConfigBlock ds, ConfigField f) {
        Expr v = f.value();
        boolean literal = v instanceof Expr.StringLiteral;
        boolean env = v instanceof Expr.Invocation i
                && i.name().equals("env")
                && i.args().size() == 1
                && i.args().get(0).value() instanceof Expr.StringLiteral;
        if (!literal && !env) {
            ctx.error(
                    ds,
                    v.span(),
                    "'" + f.name() + "' of datasource '" + ds.name() + "' must be a string or env(\"NAME\")");
        }
    }

    private static void schemas(ValidationContext ctx, ConfigBlock ds) {
        Optional<ConfigField> schemasField = ds.field("schemas");
        Optional<ConfigField> defaultField = ds.field("defaultSchema");
        boolean postgres =
                ctx.provider != null && Dialect.of(ctx.provider).facts().schemas(); // a provider with schemas
        List<String> schemas = new ArrayList<>();
        if (schemasField.isPresent()) {
            if (ctx.provider != null && !postgres) {
                ctx.error(ds, schemasField.get().span(), "'schemas' is only supported by the postgresql provider");
            }
            if (schemasField.get().value() instanceof Expr.Array a
                    && a.items().stream().allMatch(e -> e instanceof Expr.StringLiteral)) {
                a.items().forEach(e -> schemas.add(((Expr.StringLiteral) e).value()));
            } else {
                ctx.error(ds, schemasField.get().value().span(), "'schemas' must be a list of strings");
            }
        }
        String defaultSchema = "public";
        if (defaultField.isPresent()) {
            if (ctx.provider != null && !postgres) {
                ctx.error(
                        ds, defaultField.get().span(), "'defaultSchema' is only supported by the postgresql provider");
            }
            Optional<String> value = defaultField.get().value().asString();
            if (value.isEmpty()) {
                ctx.error(ds, defaultField.get().value().span(), "'defaultSchema' must be a string");
            } else {
                defaultSchema = value.get();
                if (schemasField.isPresent() && !schemas.contains(defaultSchema)) {
                    ctx.error(
                            ds,
                            defaultField.get().value().span(),
                            "defaultSchema '" + defaultSchema + "' must be listed in 'schemas'");
                }
            }
        }
        schemaAttributes(ctx, schemasField.isPresent(), schemas, defaultSchema);
    }

    private static void schemaAttributes(
            ValidationContext ctx, boolean hasSchemas, List<String> schemas, String defaultSchema) {
        boolean reportedDefault = false;
        for (Document doc : ctx.index.documents()) {
            for (Declaration d : doc.declarations()) {
                List<Attribute> attrs;
                if (d instanceof DataModel m && m.kind() != DataModel.Kind.TYPE) {
                    attrs = m.attributes();
                } else if (d instanceof EnumDecl e) {
                    attrs = e.attributes();
                } else {
                    continue;
                }
                Optional<Attribute> schema =
                        attrs.stream().filter(a -> a.name().equals("@@schema")).findFirst();
                if (schema.isPresent()) {
                    Span at = schema.get().span();
                    if (ctx.provider != null
                            && !Dialect.of(ctx.provider).facts().schemas()) {
                        ctx.error(d, at, "@@schema is only supported by the postgresql provider");
                    } else if (!hasSchemas) {
                        ctx.error(d, at, "@@schema needs the datasource to list its schemas in 'schemas'");
                    } else {
                        DatabaseNames.schemaName(schema.get())
                                .filter(s -> !schemas.contains(s))
                                .ifPresent(s -> ctx.error(
                                        d, at, "schema '" + s + "' is not listed in the datasource's 'schemas'"));
                    }
                } else if (hasSchemas && !schemas.contains(defaultSchema) && !reportedDefault) {
                    reportedDefault = true;
                    ctx.error(
                            d,
                            d.span(),
                            "'" + d.name() + "' has no @@schema, so the datasource's 'schemas' must " + "include '"
                                    + defaultSchema + "'");
                }
            }
        }
    }
}
