package dev.zmodel.examples.embedding;

import dev.zmodel.Listener;
import dev.zmodel.Provider;
import dev.zmodel.ZModelException;
import dev.zmodel.datasource.SqlScript;
import dev.zmodel.diff.DiffResult;
import dev.zmodel.diff.SchemaDiff;
import dev.zmodel.introspect.IntrospectionOptions;
import dev.zmodel.introspect.Introspectors;
import dev.zmodel.lang.Diagnostic;
import dev.zmodel.lang.ZModelFiles;
import dev.zmodel.liquibase.ChangelogFormat;
import dev.zmodel.liquibase.ChangelogRenderer;
import dev.zmodel.model.ModelOptions;
import dev.zmodel.model.RelationalModel;
import dev.zmodel.pull.DbPull;
import dev.zmodel.pull.PullOptions;
import dev.zmodel.pull.PullResult;
import dev.zmodel.schema.DatabaseSchema;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * zmodel-lib in a plain Java program, in five steps:
 * <ol>
 *   <li>create a SQLite database from the bundled {@code shop.sql};</li>
 *   <li>pull it into a new ZModel schema ({@link DbPull});</li>
 *   <li>add a field to the schema, validate and format it ({@link ZModelFiles});</li>
 *   <li>diff the schema ({@link RelationalModel}) against the database ({@link Introspectors}) with
 *       {@link SchemaDiff};</li>
 *   <li>render the difference as a Liquibase changelog ({@link ChangelogRenderer}).</li>
 * </ol>
 * Usage: {@code EmbeddingExample [directory]} (default {@code target/demo}); the files are written there.
 */
public final class EmbeddingExample {
    /** The migration id of the rendered changelog (folder name and changeset id prefix). */
    static final String MIGRATION = "20260101000000_add_phone";

    private EmbeddingExample() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/demo");
        try {
            run(dir, System.out);
        } catch (ZModelException e) {
            System.err.println(e.getMessage()); // written for the user: what happened, why, what to do
            System.exit(1);
        }
    }

    /** Runs the five steps in {@code dir}, reporting to {@code out}; returns the rendered changelog. */
    public static String run(Path dir, PrintStream out) throws IOException, SQLException {
        Files.createDirectories(dir);

        // 1. The sample database, from the script on the class path.
        Path database = dir.resolve("shop.db");
        Files.deleteIfExists(database);
        try (Connection c = connect(database);
                Statement s = c.createStatement()) {
            for (String sql : SqlScript.split(resource("/shop.sql"))) {
                s.execute(sql);
            }
        }
        out.println("== 1. Created " + database.getFileName() + " from shop.sql");

        // 2. Pull it into a schema that has only a datasource block; progress and warnings go to the listener.
        Path schema = dir.resolve("schema.zmodel");
        Files.writeString(schema, """
                datasource db {
                    provider = "sqlite"
                    url      = "file:./shop.db"
                }
                """);
        Listener listener = new Listener() {
            @Override
            public void info(String message) {
                out.println("   " + message);
            }

            @Override
            public void warn(String message) {
                out.println("   WARNING " + message);
            }
        };
        PullResult pulled = DbPull.pull(PullOptions.of(schema).withListener(listener));
        out.println("== 2. Pulled the database into " + schema.getFileName());
        pulled.summary().lines().forEach(line -> out.println("   " + line));
        out.print(Files.readString(schema));

        // 3. Edit the schema the way a person would (new field, sloppy layout), then validate and format it.
        Files.writeString(
                schema,
                Files.readString(schema).replace("model Customer {\n", "model Customer {\n  phone   String?\n"));
        List<Diagnostic> problems = ZModelFiles.validate(schema);
        if (Diagnostic.anyError(problems)) {
            problems.forEach(d -> out.println("   " + d.format()));
            throw new ZModelException("The edited schema is not valid; see the errors above.");
        }
        List<Path> formatted = ZModelFiles.format(schema);
        out.println("== 3. Added Customer.phone; the schema is valid; formatted " + formatted.size() + " file(s)");

        // 4. What the schema wants vs what the database has.
        DatabaseSchema desired =
                RelationalModel.of(ZModelFiles.load(schema), ModelOptions.forProvider(Provider.SQLITE));
        DatabaseSchema actual;
        try (Connection c = connect(database)) {
            actual = Introspectors.introspect(c, IntrospectionOptions.defaults());
        }
        DiffResult diff = SchemaDiff.diff(actual, desired);
        out.println("== 4. Schema vs database: " + diff.changes().size() + " change(s)");
        diff.changes().forEach(change -> out.println("   " + change.summary()));
        diff.warnings().forEach(warning -> out.println("   WARNING " + warning));

        // 5. The Liquibase changelog of the difference, in the layout of a migrations directory.
        String changelog = ChangelogRenderer.render(diff.changes(), Provider.SQLITE, MIGRATION, ChangelogFormat.YAML);
        Path file = dir.resolve(ChangelogRenderer.logicalPath(MIGRATION, ChangelogFormat.YAML));
        Files.createDirectories(file.getParent());
        Files.writeString(file, changelog);
        out.println("== 5. Wrote " + dir.relativize(file));
        out.print(changelog);
        return changelog;
    }

    private static Connection connect(Path database) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + database);
    }

    private static String resource(String name) {
        try (InputStream in = EmbeddingExample.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
