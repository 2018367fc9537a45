package dev.zmodel.init;

import dev.zmodel.Listener;
import dev.zmodel.Provider;
import dev.zmodel.ZModelException;
import dev.zmodel.lang.ZModelFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** init: the file it writes per provider, the next steps, and that it never overwrites or half-writes. */
class ProjectInitTest {
    private static final String HEADER =
            "// The ZModel schema of this project: https://zenstack.dev/docs/reference/zmodel-language\n"
                    + "// Add your models below, or read them from an existing database with mvn zenstack:db-pull.\n";

    @TempDir
    Path dir;

    private final List<String> info = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final Listener listener = new Listener() {
        @Override
        public void info(String message) {
            info.add(message);
        }

        @Override
        public void warn(String message) {
            warnings.add(message);
        }
    };

    private InitOptions options(Provider provider) {
        return InitOptions.of(dir.resolve("zenstack/schema.zmodel"), provider)
                .withProjectDir(dir)
                .withListener(listener);
    }

    @Test
    void postgresqlWritesADatasourceWithTheDatabaseUrlVariableAndPrintsTheNextSteps() throws IOException {
        InitResult r = ProjectInit.run(options(Provider.POSTGRESQL));
        String expected = HEADER + "datasource db {\n"
                + "    provider = \"postgresql\"\n"
                + "    url      = env(\"DATABASE_URL\")\n"
                + "}\n";
        assertEquals(expected, Files.readString(dir.resolve("zenstack/schema.zmodel")));
        assertEquals(expected, r.content());
        String nextSteps = "Next steps:\n"
                + "  - Set DATABASE_URL to your database, e.g.\n"
                + "      export DATABASE_URL=\"postgresql://user:password@localhost:5432/mydb\"\n"
                + "  - An existing database: read its tables into the schema with\n"
                + "      mvn zenstack:db-pull\n"
                + "  - A new database: add your models to zenstack/schema.zmodel, then create and apply the first "
                + "migration with\n"
                + "      mvn zenstack:migrate-dev -Dzenstack.name=init";
        assertEquals(nextSteps, r.nextSteps());
        assertEquals(
                List.of(
                        "Created zenstack/schema.zmodel with a postgresql datasource (url = env(\"DATABASE_URL\")).",
                        nextSteps),
                info);
        assertEquals(List.of(), warnings);
    }

    @Test
    void theWrittenSchemaIsValidAndCanonicallyFormatted() {
        for (Provider provider : Provider.values()) {
            Path schema = dir.resolve(provider.id() + "/schema.zmodel");
            InitResult r = ProjectInit.run(InitOptions.of(schema, provider));
            assertEquals(List.of(), ZModelFiles.validate(schema), provider.id());
            assertEquals(r.content(), ZModelFiles.formatText(r.content(), null), provider.id());
        }
    }

    @Test
    void sqliteDefaultsToADevDbFileNextToTheSchemaAndNeedsNoVariable() throws IOException {
        InitResult r = ProjectInit.run(options(Provider.SQLITE));
        assertEquals(
                HEADER + "datasource db {\n    provider = \"sqlite\"\n    url      = \"file:./dev.db\"\n}\n",
                Files.readString(r.schema()));
        assertFalse(r.nextSteps().contains("export"), r.nextSteps());
        assertTrue(r.nextSteps().startsWith("Next steps:\n  - An existing database:"), r.nextSteps());
    }

    @Test
    void mysqlAndMariadbWriteTheMysqlProvider() throws IOException {
        InitResult r = ProjectInit.run(options(ProjectInit.provider("mariadb")));
        assertTrue(Files.readString(r.schema())
                .contains("    provider = \"mysql\"\n    url      = env(\"DATABASE_URL\")\n"));
        assertTrue(
                r.nextSteps().contains("export DATABASE_URL=\"mysql://user:password@localhost:3306/mydb\""),
                r.nextSteps());
    }

    @Test
    void aGivenUrlIsWrittenAsItIsAndAnEnvCallNamesAnotherVariable() throws IOException {
        InitResult literal =
                ProjectInit.run(options(Provider.POSTGRESQL).withUrl("postgresql://app@localhost:5432/shop"));
        assertTrue(
                literal.content().contains("    url      = \"postgresql://app@localhost:5432/shop\"\n"),
                literal.content());
        assertFalse(literal.nextSteps().contains("export"), literal.nextSteps());

        InitResult env = ProjectInit.run(InitOptions.of(dir.resolve("other.zmodel"), Provider.MYSQL)
                .withProjectDir(dir)
                .withUrl("env('SHOP_DB')"));
        assertTrue(env.content().contains("    url      = env(\"SHOP_DB\")\n"), env.content());
        assertTrue(
                env.nextSteps().contains("  - Set SHOP_DB to your database, e.g.\n      export SHOP_DB=\"mysql://"),
                env.nextSteps());
    }

    @Test
    void aPasswordInTheUrlIsWrittenButWarnedAboutAndNeverPrinted() {
        ProjectInit.run(options(Provider.POSTGRESQL).withUrl("postgresql://app:s3cret@localhost/shop"));
        assertEquals(
                "Created zenstack/schema.zmodel with a postgresql datasource (url = "
                        + "\"postgresql://app:***@localhost/shop\").",
                info.get(0));
        assertEquals(
                List.of("The url in zenstack/schema.zmodel contains a password, in plain text. Keep the password "
                        + "out of version control: write url = env(\"DATABASE_URL\") instead and set the variable."),
                warnings);
        assertFalse(String.join("\n", info).contains("s3cret"));
    }

    @Test
    void aUrlOfAnotherProviderIsRefusedAndNothingIsWritten() throws IOException {
        var e = assertThrows(
                ZModelException.class,
                () -> ProjectInit.run(options(Provider.SQLITE).withUrl("postgresql://app:s3cret@localhost/shop")));
        assertEquals(
                "The url given for the new schema (zenstack.url) is a postgresql url "
                        + "(postgresql://app:***@localhost/shop) but the datasource provider is sqlite. Use a file: url or "
                        + "change the provider.",
                e.getMessage());
        assertFalse(Files.exists(dir.resolve("zenstack/schema.zmodel")));
        assertEquals(List.of(), leftovers());
    }

    @Test
    void anExistingSchemaIsNeverOverwritten() throws IOException {
        Path schema = dir.resolve("zenstack/schema.zmodel");
        Files.createDirectories(schema.getParent());
        byte[] before = "model Mine {\n  id Int @id\n}  // not formatted, on purpose\n".getBytes();
        Files.write(schema, before);
        var e = assertThrows(ZModelException.class, () -> ProjectInit.run(options(Provider.POSTGRESQL)));
        assertEquals(
                "Cannot create zenstack/schema.zmodel: a file with that name already exists, and init never "
                        + "overwrites a schema. Nothing was written. To keep the schema, skip init and run mvn zenstack:db-pull "
                        + "or mvn zenstack:migrate-dev; to start over, move or delete zenstack/schema.zmodel and run "
                        + "mvn zenstack:init again; or choose another file with -Dzenstack.schema=<path>.",
                e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(schema));
        assertEquals(List.of(), info);
        assertEquals(List.of(), leftovers());
    }

    @Test
    void aDirectoryAtTheSchemaPathIsNotReplaced() throws IOException {
        Files.createDirectories(dir.resolve("zenstack/schema.zmodel"));
        var e = assertThrows(ZModelException.class, () -> ProjectInit.run(options(Provider.SQLITE)));
        assertTrue(
                e.getMessage()
                        .startsWith(
                                "Cannot create zenstack/schema.zmodel: a directory with that name " + "already exists"),
                e.getMessage());
        assertTrue(Files.isDirectory(dir.resolve("zenstack/schema.zmodel")));
    }

    @Test
    void aFileWhereTheDirectoryShouldBeIsNamed() throws IOException {
        Files.writeString(dir.resolve("zenstack"), "not a directory");
        var e = assertThrows(ZModelException.class, () -> ProjectInit.run(options(Provider.SQLITE)));
        assertEquals(
                "Cannot create zenstack/schema.zmodel: its directory " + dir.resolve("zenstack") + " cannot be "
                        + "created (a file with that name exists). Move that file away or choose another place with "
                        + "-Dzenstack.schema=<path>. Nothing was written.",
                e.getMessage());
        assertEquals("not a directory", Files.readString(dir.resolve("zenstack")));
    }

    @Test
    void aSchemaElsewhereGetsTheSchemaFlagInEveryCommand() throws IOException {
        InitResult r = ProjectInit.run(InitOptions.of(dir.resolve("src/main/zenstack/app.zmodel"), Provider.SQLITE)
                .withProjectDir(dir));
        assertTrue(
                r.content()
                        .contains("read them from an existing database with mvn zenstack:db-pull "
                                + "-Dzenstack.schema=src/main/zenstack/app.zmodel."),
                r.content());
        assertTrue(
                r.nextSteps().contains("      mvn zenstack:db-pull -Dzenstack.schema=src/main/zenstack/app.zmodel\n"),
                r.nextSteps());
        assertTrue(
                r.nextSteps()
                        .endsWith("mvn zenstack:migrate-dev -Dzenstack.schema=src/main/zenstack/app.zmodel "
                                + "-Dzenstack.name=init"),
                r.nextSteps());
        assertEquals(List.of(), leftovers());
    }

    @Test
    void anUnknownProviderNamesTheValidOnes() {
        var e = assertThrows(ZModelException.class, () -> ProjectInit.provider("oracle"));
        assertEquals(
                "Unknown database provider 'oracle' (zenstack.provider). A ZModel datasource supports postgresql, "
                        + "mysql, sqlite. Run again with one of them, e.g. mvn zenstack:init -Dzenstack.provider=postgresql",
                e.getMessage());
        assertEquals(Provider.POSTGRESQL, ProjectInit.provider(" postgres "));
    }

    /** Temporary files init may have left anywhere below the test directory. */
    private List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp"))
                    .toList();
        }
    }
}
