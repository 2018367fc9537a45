package dev.zmodel.embedding;

import dev.zmodel.Listener;
import dev.zmodel.Provider;
import dev.zmodel.ZModelException;
import dev.zmodel.datasource.ConnectionOverrides;
import dev.zmodel.datasource.ConnectionSettings;
import dev.zmodel.diff.DiffResult;
import dev.zmodel.diff.SchemaDiff;
import dev.zmodel.introspect.IntrospectionOptions;
import dev.zmodel.introspect.Introspectors;
import dev.zmodel.lang.Diagnostic;
import dev.zmodel.lang.LoadedSchema;
import dev.zmodel.lang.ZModelFiles;
import dev.zmodel.liquibase.ChangelogFormat;
import dev.zmodel.liquibase.ChangelogRenderer;
import dev.zmodel.migrate.DbPush;
import dev.zmodel.migrate.DbPushResult;
import dev.zmodel.migrate.DiffSource;
import dev.zmodel.migrate.MigrateBaseline;
import dev.zmodel.migrate.MigrateBaselineResult;
import dev.zmodel.migrate.MigrateDeploy;
import dev.zmodel.migrate.MigrateDeployResult;
import dev.zmodel.migrate.MigrateDev;
import dev.zmodel.migrate.MigrateDevResult;
import dev.zmodel.migrate.MigrateDiff;
import dev.zmodel.migrate.MigrateDiffResult;
import dev.zmodel.migrate.MigrateOptions;
import dev.zmodel.migrate.MigrateReset;
import dev.zmodel.migrate.MigrateResetResult;
import dev.zmodel.migrate.MigrateResolve;
import dev.zmodel.migrate.MigrateStatus;
import dev.zmodel.migrate.MigrateStatusResult;
import dev.zmodel.migrate.ZModelProject;
import dev.zmodel.model.ModelOptions;
import dev.zmodel.model.RelationalModel;
import dev.zmodel.pull.DbPull;
import dev.zmodel.pull.PullOptions;
import dev.zmodel.pull.PullResult;
import dev.zmodel.schema.DatabaseSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The examples of {@code docs/embedding.md}, run against real SQLite databases. This class lives outside the
 * library's packages, so it compiles only against the public API. Every {@code // doc:NAME} … {@code // end:NAME}
 * region below is, character for character (minus indentation), the code block that follows
 * {@code <!-- doc:NAME -->} in the page; {@link #theDocShowsExactlyTheseExamples()} checks that.
 */
class EmbeddingDocTest {
    static final Path DOC = Path.of("../docs/embedding.md");
    static final Path SOURCE = Path.of("src/test/java/dev/zmodel/embedding/EmbeddingDocTest.java");

    /** A database as Prisma/ZenStack would create it, so that pulling it and diffing back is empty. */
    static final String SHOP_SQL = """
            CREATE TABLE "customer" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "email" TEXT NOT NULL,
                "name" TEXT);
            CREATE UNIQUE INDEX "customer_email_key" ON "customer"("email");
            CREATE TABLE "purchase" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "customer_id" INTEGER NOT NULL,
                "total" DECIMAL NOT NULL DEFAULT 0,
                CONSTRAINT "purchase_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customer" ("id")
                    ON DELETE RESTRICT ON UPDATE CASCADE);
            """;

    @TempDir
    Path dir;

    private final List<String> log = new ArrayList<>();

    // doc:listener
    Listener listener = new Listener() {
        @Override
        public void info(String message) {
            log.add(message); // or your logger's info
        }

        @Override
        public void warn(String message) {
            log.add("WARNING " + message);
        }

        @Override
        public void progress(String step, int done, int total) {
            if (done == total) {
                log.add(step + ": " + total + " done"); // or drive a progress bar
            }
        }
    };
    // end:listener

    @Test
    void pullsValidatesAndFormatsASchema() throws Exception {
        sql("shop.db", SHOP_SQL);
        Files.writeString(dir.resolve("schema.zmodel"), """
                datasource db {
                    provider = "sqlite"
                    url = "file:./shop.db"
                }
                """);

        // doc:pull
        Path schema = dir.resolve("schema.zmodel");
        PullResult pulled = DbPull.pull(PullOptions.of(schema).withListener(listener));
        pulled.summary().lines().forEach(System.out::println); // Models: 2 added (Customer, Purchase).
        // end:pull
        assertTrue(pulled.written());
        String text = Files.readString(schema);
        assertTrue(text.contains("model Customer {") && text.contains("model Purchase {"), text);
        assertTrue(log.contains("Reading tables: 2 done"), log::toString);
        assertTrue(log.stream().anyMatch(m -> m.startsWith("Introspected 2 tables")), log::toString);

        // doc:pull-connection
        String pulledText;
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("shop.db"))) {
            pulledText = DbPull.pull(connection, null, PullOptions.defaults()).text();
        }
        // end:pull-connection
        assertTrue(pulledText.startsWith("datasource db {"), pulledText);
        assertTrue(pulledText.contains("model Purchase {"), pulledText);

        // doc:validate
        List<Diagnostic> problems = ZModelFiles.validate(schema);
        problems.forEach(d -> System.err.println(d.format())); // schema.zmodel:7:5: error: ...
        boolean valid = !Diagnostic.anyError(problems);
        // end:validate
        assertTrue(valid, problems::toString);

        Files.writeString(schema, text.replace("model Customer {", "model   Customer   {"));
        // doc:format
        List<Path> unformatted = ZModelFiles.unformatted(schema); // check only: the files that would change
        ZModelFiles.format(schema); // rewrite them in canonical form
        String canonical = ZModelFiles.formatText("model A {\nid Int @id\n}\n", "a.zmodel");
        // end:format
        assertEquals(
                List.of(schema.toAbsolutePath().normalize()),
                unformatted.stream().map(p -> p.toAbsolutePath().normalize()).toList());
        assertEquals(text, Files.readString(schema));
        assertEquals("model A {\n    id Int @id\n}\n", canonical);
    }

    @Test
    void diffsTheSchemaWithTheDatabaseAndRendersAChangelog() throws Exception {
        sql("shop.db", SHOP_SQL);
        Files.writeString(dir.resolve("schema.zmodel"), """
                datasource db {
                    provider = "sqlite"
                    url = "file:./shop.db"
                }
                """);
        Path schema = dir.resolve("schema.zmodel");
        DbPull.pull(PullOptions.of(schema));
        String pulled = Files.readString(schema);
        Files.writeString(schema, pulled.replace("model Customer {\n", "model Customer {\n    phone String?\n"));
        assertTrue(Files.readString(schema).contains("phone String?"), pulled);

        // doc:model
        LoadedSchema loaded = ZModelFiles.load(schema);
        DatabaseSchema desired = RelationalModel.of(loaded, ModelOptions.forProvider(Provider.SQLITE));
        // end:model

        // doc:introspect
        DatabaseSchema actual;
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("shop.db"))) {
            actual = Introspectors.introspect(connection, IntrospectionOptions.defaults());
        }
        // end:introspect
        assertEquals(
                List.of("customer", "purchase"),
                actual.tables().stream().map(t -> t.name()).toList());

        // doc:diff
        DiffResult diff = SchemaDiff.diff(actual, desired);
        diff.changes().forEach(change -> System.out.println(change.summary())); // Add column `customer.phone`
        diff.warnings().forEach(System.err::println); // data loss, rebuilds, ...
        // end:diff
        assertEquals(
                List.of("Add column `customer.phone`"),
                diff.changes().stream().map(c -> c.summary()).toList());

        // doc:render
        String changelog = ChangelogRenderer.render(
                diff.changes(), Provider.SQLITE, "20260101000000_add_phone", ChangelogFormat.YAML);
        Files.writeString(dir.resolve("add_phone.yaml"), changelog);
        // end:render
        assertTrue(changelog.contains("id: 20260101000000_add_phone-1"), changelog);
        assertTrue(changelog.contains("ALTER TABLE \"customer\" ADD COLUMN \"phone\""), changelog);
    }

    @Test
    void runsEveryMigrationWorkflow() throws Exception {
        Files.writeString(dir.resolve("schema.zmodel"), """
                datasource db {
                    provider = "sqlite"
                    url      = "file:./dev.db"
                }

                model Customer {
                    id    Int    @id @default(autoincrement())
                    email String @unique
                }
                """);
        Path schema = dir.resolve("schema.zmodel");

        // doc:migrate-options
        ZModelProject project = ZModelProject.load(schema);
        MigrateOptions options =
                project.migrateOptions(ConnectionOverrides.NONE, System::getenv).withListener(listener);
        // end:migrate-options

        // doc:migrate-dev
        MigrateDevResult dev = MigrateDev.run(options.withName("init"));
        System.out.println(dev.created().file() + " applied: " + dev.createdApplied());
        // end:migrate-dev
        assertTrue(dev.createdApplied());
        assertTrue(Files.isRegularFile(
                dir.resolve("migrations").resolve(dev.created().id()).resolve("migration.xml")));
        assertTrue(
                log.contains("Applied migration " + dev.created().id() + "; "
                        + options.database().displayUrl() + " is in sync with the schema schema.zmodel."),
                log::toString);

        // doc:migrate-status
        MigrateStatusResult status = MigrateStatus.run(options);
        status.history().migrations().forEach(m -> System.out.println(m.describe())); // 2026…_init (applied)
        // end:migrate-status
        assertTrue(status.upToDate());

        // doc:migrate-deploy
        ConnectionSettings production = project.connection(ConnectionOverrides.url("file:./prod.db"), System::getenv);
        MigrateDeployResult deployed = MigrateDeploy.run(options.withDatabase(production));
        System.out.println(deployed.applied().size() + " migration(s) applied");
        // end:migrate-deploy
        assertEquals(List.of(dev.created()), deployed.applied());
        assertTrue(log.contains("Applied migration " + dev.created().id()), log::toString);
        assertTrue(log.stream().anyMatch(l -> l.startsWith("Applying changesets: ")), log::toString);
        assertTrue(Files.isRegularFile(dir.resolve("prod.db")));

        Files.writeString(
                schema,
                Files.readString(schema).replace("email String @unique", "email String @unique\n    phone String?"));
        // doc:migrate-diff
        MigrateDiffResult pending = MigrateDiff.run(
                options, DiffSource.parse("migrations:migrations", dir), DiffSource.parse("schema:schema.zmodel", dir));
        System.out.println(pending.isEmpty() ? "the migrations match the schema" : pending.changelog());
        // end:migrate-diff
        assertEquals(2, pending.exitCode());
        assertTrue(pending.changelog().contains("phone"), pending.changelog());

        MigrateDevResult addPhone = MigrateDev.run(options.withName("add_phone"));
        sql("prod.db", "ALTER TABLE Customer ADD COLUMN phone TEXT"); // someone fixed production by hand
        // doc:migrate-resolve
        MigrateResolve.applied(options.withDatabase(production), "add_phone"); // record it, do not run it
        // end:migrate-resolve
        assertTrue(MigrateStatus.run(options.withDatabase(production)).upToDate());
        assertEquals(
                List.of(), MigrateDeploy.run(options.withDatabase(production)).applied());

        Files.writeString(dir.resolve("seed.sql"), "INSERT INTO Customer (email) VALUES ('ada@example.com');");
        // doc:migrate-reset
        MigrateResetResult reset = MigrateReset.run(options.withForce(true), List.of(dir.resolve("seed.sql")));
        // end:migrate-reset
        assertEquals(List.of(dev.created(), addPhone.created()), reset.applied());
        assertEquals("1", scalar("dev.db", "SELECT count(*) FROM Customer"));

        Files.writeString(
                schema,
                Files.readString(schema).replace("phone String?", "phone String?\n    vip Boolean @default(false)"));
        // doc:db-push
        ConnectionSettings prototype =
                project.connection(ConnectionOverrides.url("file:./prototype.db"), System::getenv);
        DbPushResult pushed = DbPush.run(options.withDatabase(prototype));
        pushed.changes().forEach(change -> System.out.println(change.summary()));
        // end:db-push
        assertEquals(1, pushed.changes().size(), pushed.changes()::toString);

        sql("legacy.db", SHOP_SQL); // a database that predates the project: tables and data, no migration history
        // doc:migrate-baseline
        ConnectionSettings legacy = project.connection(ConnectionOverrides.url("file:./legacy.db"), System::getenv);
        MigrateOptions adopt =
                MigrateOptions.of(legacy, dir.resolve("legacy-migrations")).withListener(listener);
        MigrateBaselineResult baseline = MigrateBaseline.run(adopt); // written, and recorded as applied
        baseline.notCarried().forEach(System.out::println); // what a deployed copy would lack
        // end:migrate-baseline
        assertEquals(List.of(), baseline.notCarried());
        assertTrue(MigrateStatus.run(adopt).upToDate());

        // doc:errors
        try {
            MigrateDev.run(options); // the schema changed (vip) but no migration name was given
        } catch (ZModelException e) {
            System.err.println(e.getMessage()); // what happened, why, and what to do next
        }
        // end:errors
        ZModelException e = assertThrows(ZModelException.class, () -> MigrateDev.run(options));
        assertTrue(e.getMessage().contains("-Dzenstack.name="), e.getMessage());
    }

    // ------------------------------------------------------------------------------------ the doc check

    @Test
    void theDocShowsExactlyTheseExamples() throws IOException {
        String doc = Files.readString(DOC);
        String source = Files.readString(SOURCE);
        Map<String, String> inDoc = new LinkedHashMap<>();
        Matcher m = Pattern.compile("<!-- doc:([\\w-]+) -->\\n```java\\n(.*?)```\\n", Pattern.DOTALL)
                .matcher(doc);
        while (m.find()) {
            inDoc.put(m.group(1), m.group(2));
        }
        Map<String, String> inTest = new LinkedHashMap<>();
        Matcher t = Pattern.compile("\\n([ ]*)// doc:([\\w-]+)\\n(.*?)\\n[ ]*// end:\\2\\n", Pattern.DOTALL)
                .matcher(source);
        while (t.find()) {
            inTest.put(t.group(2), t.group(3).stripIndent() + "\n");
        }
        assertEquals(19, inTest.size(), inTest.keySet()::toString);
        assertEquals(inTest.keySet(), inDoc.keySet(), "the same examples, in the same order");
        inTest.forEach((name, code) -> assertEquals(code, inDoc.get(name), "example " + name));

        // the imports block lists only imports this class uses
        Matcher imports = Pattern.compile("<!-- imports -->\\n```java\\n(.*?)```\\n", Pattern.DOTALL)
                .matcher(doc);
        assertTrue(imports.find(), "the doc has an imports block");
        for (String line : imports.group(1).strip().split("\n")) {
            assertTrue(source.contains("\n" + line + "\n"), line);
        }
    }

    private void sql(String database, String script) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(database));
                Statement s = c.createStatement()) {
            for (String statement : script.split(";")) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
        }
    }

    private String scalar(String database, String query) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(database));
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
