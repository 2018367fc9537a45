package dev.zmodel.model;

import dev.zmodel.Provider;
import dev.zmodel.lang.Diagnostic;
import dev.zmodel.lang.ParseResult;
import dev.zmodel.lang.SchemaIndex;
import dev.zmodel.lang.SchemaValidator;
import dev.zmodel.lang.ZModelParser;
import dev.zmodel.schema.Column;
import dev.zmodel.schema.ColumnType;
import dev.zmodel.schema.DatabaseSchema;
import dev.zmodel.schema.Table;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** ZModel text → a validated {@link SchemaIndex} and its relational model, for tests. */
final class ZModelText {
    private ZModelText() {}

    static String datasource(Provider provider) {
        return "datasource db {\n    provider = \"" + provider.id() + "\"\n    url = env(\"DATABASE_URL\")\n}\n\n";
    }

    /** Parses and validates; fails the test on any error. */
    static SchemaIndex index(String text) {
        ParseResult parsed = ZModelParser.parse(text, "schema.zmodel");
        List<Diagnostic> errors = new java.util.ArrayList<>(parsed.diagnostics());
        errors.addAll(SchemaValidator.validate(List.of(parsed.document())));
        errors.removeIf(d -> !d.isError());
        if (!errors.isEmpty()) {
            throw new AssertionError("invalid test schema:\n"
                    + errors.stream().map(Diagnostic::format).collect(Collectors.joining("\n")) + "\n" + text);
        }
        return SchemaIndex.of(List.of(parsed.document()));
    }

    static DatabaseSchema model(String text) {
        return RelationalModel.of(index(text), ModelOptions.DEFAULTS);
    }

    /** Models of {@code body} under a datasource of the provider. */
    static DatabaseSchema model(Provider provider, String body) {
        return model(datasource(provider) + body);
    }

    static String resource(String path) {
        try (InputStream in = ZModelText.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The schema without what is informational only: {@code ColumnType.raw} (display text), the product and, off
     * PostgreSQL, the namespaces (the database name); the schema of an extension type (the model leaves it open:
     * wherever the extension is installed).
     */
    static DatabaseSchema comparable(DatabaseSchema s) {
        List<Table> tables = s.tables().stream()
                .map(t -> t.withColumns(
                        t.columns().stream().map(ZModelText::comparable).toList()))
                .toList();
        return new DatabaseSchema(
                s.provider(),
                null,
                s.provider() == Provider.POSTGRESQL ? s.namespaces() : List.of(),
                tables,
                s.views(),
                s.enums());
    }

    private static Column comparable(Column c) {
        ColumnType t = c.type();
        String schema = t.kind() == ColumnType.Kind.USER_DEFINED ? null : t.schema();
        return c.withType(new ColumnType(
                t.kind(),
                schema,
                t.name(),
                t.length(),
                t.precision(),
                t.scale(),
                t.arrayDimensions(),
                t.unsigned(),
                t.values(),
                null));
    }
}
