package dev.zmodel.pull;

import dev.zmodel.Listener;
import dev.zmodel.Provider;
import dev.zmodel.ZModelException;
import dev.zmodel.datasource.ConnectionSettings;
import dev.zmodel.datasource.Connections;
import dev.zmodel.datasource.DatasourceConfig;
import dev.zmodel.dialect.Dialect;
import dev.zmodel.introspect.IntrospectionOptions;
import dev.zmodel.introspect.Introspectors;
import dev.zmodel.lang.Diagnostic;
import dev.zmodel.lang.LoadedSchema;
import dev.zmodel.lang.SchemaValidator;
import dev.zmodel.lang.ZModelFiles;
import dev.zmodel.lang.ZModelParser;
import dev.zmodel.lang.ast.Argument;
import dev.zmodel.lang.ast.ConfigBlock;
import dev.zmodel.lang.ast.ConfigField;
import dev.zmodel.lang.ast.Declaration;
import dev.zmodel.lang.ast.Document;
import dev.zmodel.lang.ast.Expr;
import dev.zmodel.lang.ast.Span;
import dev.zmodel.lang.ast.Trivia;
import dev.zmodel.schema.DatabaseSchema;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code db pull} for embedders: read a live database and write or update a ZModel schema, keeping what the
 * user wrote by hand (docs/db-pull.md). One call does everything — load the schema, resolve the connection
 * ({@link dev.zmodel.datasource.ConnectionOverrides} × datasource × environment), introspect, generate
 * ({@link PullGenerator}), merge ({@link SchemaMerger}), diff, and replace the files atomically. Nothing is
 * printed: progress goes to the options' {@link Listener}; the result carries the summary, warnings and diff.
 *
 * <pre>{@code
 * PullResult result = DbPull.pull(PullOptions.of(Path.of("zenstack/schema.zmodel"))
 *         .withInclude(List.of("shop_*"))
 *         .withDryRun(true));
 * result.summary().lines().forEach(System.out::println);
 * System.out.print(result.diff());
 * }</pre>
 *
 * Errors are {@link ZModelException}s with one message that names the database (URL without password), the
 * step and what to check; the schema files are then untouched.
 */
public final class DbPull {
    private static final String UNTOUCHED = " The schema was not changed.";

    private DbPull() {}

    /**
     * Pulls into the schema file {@code options.schema()} (and the files it imports).
     *
     * @throws ZModelException when the schema cannot be read, the database cannot be reached or read, or the
     *                         files cannot be written; nothing is written then
     */
    public static PullResult pull(PullOptions options) {
        Path schema = Objects.requireNonNull(options.schema(), "options.schema()");
        ExistingFiles existing = ExistingFiles.load(schema);
        DatasourceConfig datasource = DatasourceConfig.of(new LoadedSchema(schema, existing.documents(), List.of()));
        checkSchemas(datasource);
        if (options.jdbcConnection() != null) {
            return run(existing, datasource, datasource.schemas(), options.jdbcConnection(), options);
        }
        ConnectionSettings settings = options.connection().resolve(datasource, options.environment());
        options.listener().info("Introspecting " + settings.displayUrl());
        try (Connection connection = open(settings)) {
            return run(existing, datasource, settings.schemas(), connection, options);
        } catch (SQLException e) {
            // closing failed after the pull: nothing to undo
            throw new ZModelException(
                    "Closing the connection to " + settings.displayUrl() + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Pulls from a connection into a schema given as text, for embedders without files. With no text (null or
     * blank) the result is a new schema with a {@code datasource} block for the connection's provider and
     * {@code url = env("DATABASE_URL")}. The connection is not closed.
     *
     * @param existingText the current schema, or null
     * @return the result; {@link PullResult#text()} is the new schema text ({@code written} is always false)
     */
    public static PullResult pull(Connection connection, String existingText, PullOptions options) {
        Objects.requireNonNull(connection, "connection");
        Provider provider = Introspectors.detect(connection);
        ExistingFiles existing = ExistingFiles.of(existingText);
        ConfigBlock block = existing.documents().stream()
                .map(Document::datasource)
                .flatMap(java.util.Optional::stream)
                .findFirst()
                .orElse(null);
        if (block == null) {
            Document doc = existing.documents().isEmpty()
                    ? new Document(null, List.of(), List.of(), List.of())
                    : existing.documents().get(0);
            List<Declaration> declarations = new ArrayList<>();
            block = datasourceBlock(provider);
            declarations.add(block);
            declarations.addAll(doc.declarations());
            List<String> before = new ArrayList<>();
            before.add(existingText);
            List<Path> paths = new ArrayList<>();
            paths.add(null);
            existing = new ExistingFiles(List.of(doc.withDeclarations(declarations)), paths, before);
        }
        DatasourceConfig datasource = DatasourceConfig.of(block, Path.of("schema.zmodel"));
        checkSchemas(datasource);
        if (datasource.provider() != provider) {
            throw new ZModelException("The schema's datasource says provider " + datasource.provider()
                    + " but the connection is to " + provider + ". Use a " + datasource.provider() + " connection.");
        }
        return run(existing, datasource, datasource.schemas(), connection, options.withDryRun(true));
    }

    private static PullResult run(
            ExistingFiles existing,
            DatasourceConfig datasource,
            List<String> schemas,
            Connection connection,
            PullOptions options) {
        Listener listener = options.listener();
        Provider provider = datasource.provider();
        Stopwatch watch = new Stopwatch(listener);
        DatabaseSchema database = introspect(connection, schemas, options);
        watch.lap("introspection");
        String defaultSchema = defaultSchema(datasource, database);

        GeneratedSchema fresh = PullGenerator.generate(
                database,
                new GenerateOptions(
                        options.naming(),
                        options.modelCasing(),
                        options.fieldCasing(),
                        options.alwaysMap(),
                        defaultSchema,
                        provider,
                        !datasource.schemas().isEmpty(),
                        previewViews(existing.documents())));
        watch.lap("generation");
        MergeResult merged = SchemaMerger.merge(
                existing.documents(),
                fresh.document(),
                new MergeOptions(
                        provider,
                        defaultSchema,
                        options.alwaysMap(),
                        options.force(),
                        new IntrospectedScope(database, options.include(), options.exclude(), fresh.skippedViews())));
        watch.lap("merge");

        List<PullFile> files = new ArrayList<>();
        List<Document> documents = DatasourceExtensionsUpdate.apply(merged.documents(), database);
        for (int i = 0; i < documents.size(); i++) {
            String before = i < existing.texts().size() ? existing.texts().get(i) : null;
            Path path = i < existing.paths().size() ? existing.paths().get(i) : null;
            files.add(new PullFile(path, before, ZModelFiles.print(documents.get(i))));
        }
        watch.lap("printing");
        List<Diagnostic> problems = List.of();
        if (options.validate()) {
            problems = validate(files);
            watch.lap("validating the result");
        }
        PullSummary summary = summary(database, merged, fresh, problems);
        boolean write = !options.dryRun() && files.stream().anyMatch(PullFile::changed);
        if (write) {
            Map<Path, String> changed = new LinkedHashMap<>();
            Map<Path, String> current = new LinkedHashMap<>();
            for (PullFile f : files) {
                if (f.changed()) {
                    changed.put(f.path(), f.after());
                    current.put(f.path(), f.before());
                }
            }
            new SchemaFileWriter().writeAll(changed, current);
            watch.lap("writing");
        }
        return new PullResult(files, documents, fresh.warnings(), merged.warnings(), problems, summary, write);
    }

    /** Reports how long each step took, as debug messages ({@code mvn -X}). */
    private static final class Stopwatch {
        private final Listener listener;
        private long last = System.nanoTime();

        Stopwatch(Listener listener) {
            this.listener = listener;
        }

        void lap(String step) {
            long now = System.nanoTime();
            listener.debug("db pull: " + step + " took " + (now - last) / 1_000_000 + " ms");
            last = now;
        }
    }

    /**
     * A {@code defaultSchema} missing from {@code schemas} is refused before anything is read: the models without
     * {@code @@schema} would belong to a schema db pull does not read, and the schema would not validate.
     */
    private static void checkSchemas(DatasourceConfig datasource) {
        String def = datasource.defaultSchema();
        if (def != null
                && !datasource.schemas().isEmpty()
                && !datasource.schemas().contains(def)) {
            String listed = datasource.schemas().stream()
                    .map(s -> "\"" + s + "\"")
                    .collect(java.util.stream.Collectors.joining(", "));
            throw new ZModelException("The datasource '" + datasource.name() + "' in " + datasource.schemaFile()
                    + " has defaultSchema = \"" + def + "\", which is not in its schemas [" + listed + "]: the models "
                    + "without @@schema would belong to a schema db pull does not read, and zenstack:validate "
                    + "rejects such a schema." + UNTOUCHED + " Add it to the list (schemas = [" + listed + ", \"" + def
                    + "\"]) or make defaultSchema one of the listed schemas, then run mvn zenstack:db-pull again.");
        }
    }

    private static Connection open(ConnectionSettings settings) {
        if (settings.jdbcUrl().startsWith("jdbc:sqlite:")) {
            String file = settings.jdbcUrl().substring("jdbc:sqlite:".length());
            int query = file.indexOf('?');
            file = query < 0 ? file : file.substring(0, query);
            if (!file.isEmpty() && !file.startsWith(":") && !file.startsWith("file:") && !Files.exists(Path.of(file))) {
                // The driver would create an empty database, and pulling it would remove every model.
                throw new ZModelException(
                        "The SQLite database " + file + " does not exist. Check the url (a file: path "
                                + "is relative to the schema file)." + UNTOUCHED);
            }
        }
        try {
            return Connections.open(settings, "db-pull");
        } catch (ZModelException e) {
            throw new ZModelException(e.getMessage() + UNTOUCHED, e);
        }
    }

    private static DatabaseSchema introspect(Connection connection, List<String> schemas, PullOptions options) {
        IntrospectionOptions io =
                new IntrospectionOptions(schemas, options.include(), options.exclude(), options.listener());
        try {
            // the introspector reports what it read (counts, time, queries) to the listener itself
            return Introspectors.read(connection, io).schema();
        } catch (ZModelException e) {
            throw new ZModelException(e.getMessage() + UNTOUCHED, e);
        }
    }

    /**
     * The PostgreSQL schema whose models carry no {@code @@schema}: the datasource's {@code defaultSchema}; in
     * single-schema mode (no {@code schemas} list) the one schema read (e.g. {@code ?schema=x}); else
     * {@code public}.
     */
    private static String defaultSchema(DatasourceConfig datasource, DatabaseSchema database) {
        if (datasource.defaultSchema() != null) {
            return datasource.defaultSchema();
        }
        if (datasource.schemas().isEmpty()
                && Dialect.of(database.provider()).facts().schemas()
                && database.namespaces().size() == 1) {
            return database.namespaces().get(0);
        }
        return GenerateOptions.DEFAULT_SCHEMA;
    }

    /** Whether a {@code generator} block lists Prisma's {@code views} preview feature. */
    private static boolean previewViews(List<Document> documents) {
        return documents.stream()
                .flatMap(d -> d.declarations().stream())
                .filter(d -> d instanceof ConfigBlock c && c.kind() == ConfigBlock.Kind.GENERATOR)
                .map(d -> ((ConfigBlock) d).field("previewFeatures"))
                .flatMap(java.util.Optional::stream)
                .anyMatch(f -> f.value() instanceof dev.zmodel.lang.ast.Expr.Array a
                        && a.items().stream()
                                .anyMatch(i -> i instanceof dev.zmodel.lang.ast.Expr.StringLiteral l
                                        && l.value().equals("views")));
    }

    /** Errors of the merged schema, located in the new texts. */
    private static List<Diagnostic> validate(List<PullFile> files) {
        List<Document> documents = new ArrayList<>();
        for (PullFile f : files) {
            documents.add(ZModelParser.parse(
                            f.after(),
                            f.path() == null ? "schema.zmodel" : f.path().toString())
                    .document());
        }
        return SchemaValidator.validate(documents).stream()
                .filter(Diagnostic::isError)
                .toList();
    }

    private static PullSummary summary(
            DatabaseSchema database, MergeResult merged, GeneratedSchema fresh, List<Diagnostic> problems) {
        Map<String, List<String>> byKind = new LinkedHashMap<>();
        fresh.warnings()
                .forEach(w -> byKind.computeIfAbsent(w.kind().name(), k -> new ArrayList<>())
                        .add(w.object() + ": " + w.message()));
        merged.warnings()
                .forEach(w -> byKind.computeIfAbsent(w.kind().name(), k -> new ArrayList<>())
                        .add(w.toString()));
        problems.forEach(d ->
                byKind.computeIfAbsent("INVALID_RESULT", k -> new ArrayList<>()).add(d.format()));
        return new PullSummary(
                database.tables().size(),
                database.views().size(),
                database.enums().size(),
                merged.changes(),
                byKind);
    }

    private static ConfigBlock datasourceBlock(Provider provider) {
        return new ConfigBlock(
                ConfigBlock.Kind.DATASOURCE,
                "db",
                List.of(
                        ConfigField.of("provider", Expr.StringLiteral.of(provider.id())),
                        ConfigField.of(
                                "url",
                                Expr.Invocation.of("env", Argument.positional(Expr.StringLiteral.of("DATABASE_URL"))))),
                List.of(),
                Trivia.NONE,
                Span.NONE);
    }

    /** A path relative to the working directory when it lies below it. */
    static String display(Path path) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = path.toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : path.toString();
    }
}
