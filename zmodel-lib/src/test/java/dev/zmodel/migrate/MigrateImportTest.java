package dev.zmodel.migrate;

import dev.zmodel.Provider;
import dev.zmodel.ZModelException;
import dev.zmodel.datasource.ConnectionSettings;
import dev.zmodel.diff.SchemaDiff;
import dev.zmodel.introspect.IntrospectionOptions;
import dev.zmodel.introspect.Introspectors;
import dev.zmodel.schema.DatabaseSchema;
import dev.zmodel.testing.TestDatabase;
import dev.zmodel.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * migrate-import of Prisma migrations directories on real databases whose {@code _prisma_migrations} is written the
 * way Prisma writes it (its DDL per database; checksums computed by the database's own SHA-256 where it has one).
 */
class MigrateImportTest {
    private static final String INIT = "20240110093000_init";
    private static final String ORDERS = "20240115143000_add_orders";
    private static final String STOCK = "20240202110000_product_stock";

    /** The realistic case: a shop Prisma migrated three times, imported, then continued with migrate-dev. */
    @Test
    void importsAPrismaHistoryAndContinuesWithMigrateDev() throws Exception {
        try (MigrateFixture f = new MigrateFixture(Provider.POSTGRESQL);
                TestDatabase empty = TestDatabases.create(Provider.POSTGRESQL)) {
            Path from = shop(f);
            prismaTable(f.db);
            for (String m : List.of(INIT, ORDERS, STOCK)) {
                prismaDeploy(f.db, from, m);
            }
            MigrateImportResult r = MigrateImport.run(f.options(), from);
            assertEquals(List.of(INIT, ORDERS, STOCK), r.written());
            assertEquals(List.of(INIT, ORDERS, STOCK), r.recorded());
            assertEquals(List.of(), r.pending());
            assertEquals(List.of(), r.warnings());
            assertEquals(List.of(INIT, ORDERS, STOCK), f.folders());
            byte[] original = Files.readAllBytes(from.resolve(ORDERS).resolve("migration.sql"));
            String imported = Files.readString(f.migrations.resolve(ORDERS).resolve("migration.sql"));
            assertEquals(
                    "-- liquibase formatted sql\n\n-- changeset zenstack:" + ORDERS + "-1 logicalFilePath:" + ORDERS
                            + "/migration.sql dbms:postgresql splitStatements:false\n"
                            + "-- comment: Imported from Prisma's " + ORDERS + "/migration.sql (SHA-256 "
                            + HexFormat.of()
                                    .formatHex(
                                            MessageDigest.getInstance("SHA-256").digest(original)) + ")\n"
                            + new String(original, StandardCharsets.UTF_8),
                    imported,
                    "the SQL byte for byte after the header");
            assertTrue(f.info.get(0).startsWith("Imported 3 Prisma migration(s) from " + from), f.allMessages());

            assertTrue(
                    MigrateStatus.run(f.options().withFailOnPending(true).withCheckDrift(true))
                            .upToDate(),
                    f.allMessages());
            Path schema = f.migrations.getParent().resolve("schema.zmodel");
            Files.copy(resource("prisma-import/shop/schema.zmodel"), schema);
            assertTrue(
                    MigrateDev.run(f.options().withDesired(ZModelProject.desired(schema)))
                            .inSync(),
                    "the matching schema writes nothing: " + f.allMessages());

            Files.writeString(
                    schema,
                    Files.readString(schema)
                            .replace(
                                    "    stock       Int         @default(0)\n",
                                    "    stock       Int         @default(0)\n    sku         String?\n"));
            MigrateDevResult added = MigrateDev.run(
                    f.options().withDesired(ZModelProject.desired(schema)).withName("add_sku"));
            assertNotNull(added.created());
            assertEquals(1, added.changes().size(), added.changes().toString());
            assertEquals(4, f.folders().size());

            MigrateImportResult again = MigrateImport.run(f.options(), from);
            assertEquals(List.of(), again.written(), "a second run writes nothing");
            assertEquals(List.of(), again.recorded(), "and records nothing twice");
            assertEquals(List.of(INIT, ORDERS, STOCK), again.applied());

            ConnectionSettings target = MigrateFixture.settings(empty);
            MigrateDeploy.run(f.options().withDatabase(target));
            assertEquals(
                    List.of(),
                    SchemaDiff.diff(introspect(empty), introspect(f.db)).changes(),
                    "migrate-deploy on an empty database builds the same tables");
        }
    }

    /** Failed and rolled-back rows stay pending, an edited file and rows without a folder are reported. */
    @Test
    void failedRolledBackEditedAndUnknownPrismaRowsAreReported() throws Exception {
        try (MigrateFixture f = new MigrateFixture(Provider.POSTGRESQL)) {
            Path from = shop(f);
            prismaTable(f.db);
            f.db.executeFile(from.resolve(INIT).resolve("migration.sql"));
            row(f.db, INIT, "-- the file as it was before someone edited it\n", true, false, null);
            row(f.db, ORDERS, "", false, false, "ERROR: relation \"Order\" already exists\nmore");
            row(f.db, STOCK, "", false, true, null);
            row(f.db, "20231201000000_squashed", "", true, false, null);

            MigrateImportResult r = MigrateImport.run(f.options(), from);
            String db = f.settings().displayUrl();
            assertEquals(List.of(INIT), r.recorded());
            assertEquals(List.of(ORDERS, STOCK), r.pending());
            assertEquals(4, r.warnings().size(), r.warnings().toString());
            assertTrue(
                    r.warnings().get(0).startsWith(INIT + " was edited after Prisma applied it on " + db + ": "),
                    r.warnings().get(0));
            assertEquals(
                    "Prisma recorded " + ORDERS + " as failed on " + db
                            + " (ERROR: relation \"Order\" already exists): "
                            + "it is not recorded as applied and stays pending. Undo what it changed before it failed, "
                            + "then mvn zenstack:migrate-deploy runs it again; or finish it by hand and record it with "
                            + "mvn zenstack:migrate-resolve -Dzenstack.applied=" + ORDERS + ".",
                    r.warnings().get(1));
            assertEquals(
                    STOCK + " was rolled back in _prisma_migrations on " + db + " (prisma migrate resolve "
                            + "--rolled-back): it is not recorded as applied and stays pending; mvn "
                            + "zenstack:migrate-deploy runs it.",
                    r.warnings().get(2));
            assertTrue(
                    r.warnings()
                            .get(3)
                            .startsWith("_prisma_migrations on " + db + " has 1 applied migration(s) that "
                                    + "are not in " + from + ": 20231201000000_squashed."),
                    r.warnings().get(3));

            MigrateDeploy.run(f.options());
            assertTrue(
                    MigrateStatus.run(f.options().withFailOnPending(true)).upToDate(),
                    "the pending ones ran: " + f.allMessages());
        }
    }

    /** Prisma's SQLite and MySQL scripts run as Prisma runs them; a table rebuild keeps the rows that reference it. */
    @ParameterizedTest
    @EnumSource(
            value = Provider.class,
            names = {"MYSQL", "SQLITE"})
    void importedScriptsRunOnMySqlAndSqlite(Provider provider) throws Exception {
        try (MigrateFixture f = new MigrateFixture(provider)) {
            Path from = Files.createDirectories(f.migrations.getParent().resolve("prisma/migrations"));
            Files.writeString(
                    from.resolve("migration_lock.toml"),
                    "provider = \"" + (provider == Provider.MYSQL ? "mysql" : "sqlite") + "\"\n");
            write(from, INIT, provider == Provider.MYSQL ? MYSQL_INIT : SQLITE_INIT);
            write(from, STOCK, provider == Provider.MYSQL ? MYSQL_NAME_REQUIRED : SQLITE_NAME_REQUIRED);
            f.db.execute(provider == Provider.MYSQL ? MYSQL_PRISMA_TABLE : SQLITE_PRISMA_TABLE);
            f.db.executeFile(from.resolve(INIT).resolve("migration.sql"));
            row(f.db, INIT, Files.readString(from.resolve(INIT).resolve("migration.sql")), true, false, null);
            f.db.execute("INSERT INTO " + q(provider, "User") + " (" + q(provider, "email") + ", " + q(provider, "name")
                    + ") VALUES ('a@b.c', 'Ann');" + "INSERT INTO " + q(provider, "Post") + " ("
                    + q(provider, "authorId") + ") VALUES (1)");

            MigrateImportResult r = MigrateImport.run(f.options(), from);
            assertEquals(List.of(INIT), r.recorded());
            assertEquals(List.of(STOCK), r.pending());
            // foreign keys on, as an application may configure them: Prisma's rebuild must switch them off
            ConnectionSettings enforced = new ConnectionSettings(
                    provider,
                    f.settings().jdbcUrl() + (provider == Provider.SQLITE ? "?foreign_keys=true" : ""),
                    null,
                    null,
                    f.settings().schemas());
            MigrateDeploy.run(f.options().withDatabase(enforced));
            assertTrue(MigrateStatus.run(f.options().withFailOnPending(true)).upToDate(), f.allMessages());
            assertEquals(
                    List.of(List.of("1", "Ann")),
                    f.db.query("SELECT u.id, u.name FROM " + q(provider, "User") + " u JOIN " + q(provider, "Post")
                            + " p ON p." + q(provider, "authorId") + " = u.id"),
                    "the post that references the rebuilt table is still there");
        }
    }

    @Test
    void refusesBeforeWritingAnything() throws Exception {
        try (MigrateFixture f = new MigrateFixture(Provider.POSTGRESQL)) {
            Path from = shop(f);
            Files.writeString(from.resolve("migration_lock.toml"), "provider = \"mysql\"\n");
            var e = assertThrows(ZModelException.class, () -> MigrateImport.run(f.options(), from));
            assertEquals(
                    "The Prisma migrations in " + from + " were written for mysql (migration_lock.toml), but the "
                            + "datasource provider is postgresql. Their SQL only runs on mysql: import them into a "
                            + "project whose datasource is mysql. Nothing was written.",
                    e.getMessage());
            assertFalse(Files.exists(f.migrations));

            Files.writeString(from.resolve("migration_lock.toml"), "provider = \"postgresql\"\n");
            Files.writeString(from.resolve(STOCK).resolve("migration.sql"), "-- rollback DROP TABLE \"User\";\n");
            var directive = assertThrows(ZModelException.class, () -> MigrateImport.run(f.options(), from));
            assertTrue(
                    directive
                            .getMessage()
                            .startsWith(
                                    "Cannot import " + from.resolve(STOCK).resolve("migration.sql")
                                            + ": its line '-- rollback DROP TABLE \"User\";' is a Liquibase formatted-SQL directive"),
                    directive.getMessage());
            assertFalse(Files.exists(f.migrations));

            Files.writeString(from.resolve(STOCK).resolve("migration.sql"), "SELECT 1;\n");
            MigrateImport.run(f.options(), from);
            Files.writeString(from.resolve(STOCK).resolve("migration.sql"), "SELECT 2;\n");
            var conflict = assertThrows(ZModelException.class, () -> MigrateImport.run(f.options(), from));
            assertTrue(
                    conflict.getMessage()
                            .startsWith("migrate-import would replace "
                                    + f.migrations.resolve(STOCK).resolve("migration.sql")
                                    + ": the migrations directory"),
                    conflict.getMessage());
            assertTrue(Files.readString(f.migrations.resolve(STOCK).resolve("migration.sql"))
                    .endsWith("SELECT 1;\n"));
        }
    }

    // ------------------------------------------------------------------------------------------------- Prisma

    /** The shop's Prisma migrations, copied next to the fixture's migrations directory. */
    private static Path shop(MigrateFixture f) throws IOException, URISyntaxException {
        Path from = Files.createDirectories(f.migrations.getParent().resolve("prisma/migrations"));
        Path source = resource("prisma-import/shop/migrations");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : files.toList()) {
                Path target = from.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return from;
    }

    private static Path resource(String path) throws URISyntaxException {
        return Path.of(MigrateImportTest.class.getResource("/" + path).toURI());
    }

    /** Prisma's PostgreSQL DDL of its history table. */
    private static void prismaTable(TestDatabase db) {
        db.execute("""
                CREATE TABLE "_prisma_migrations" (
                    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
                    "checksum"              VARCHAR(64) NOT NULL,
                    "finished_at"           TIMESTAMPTZ,
                    "migration_name"        VARCHAR(255) NOT NULL,
                    "logs"                  TEXT,
                    "rolled_back_at"        TIMESTAMPTZ,
                    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
                    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
                )""");
    }

    /** What {@code prisma migrate deploy} leaves: the script ran, a finished row with its checksum. */
    private static void prismaDeploy(TestDatabase db, Path from, String migration) throws IOException {
        Path file = from.resolve(migration).resolve("migration.sql");
        db.executeFile(file);
        row(db, migration, Files.readString(file), true, false, null);
    }

    /** A {@code _prisma_migrations} row; the checksum is the SHA-256 of {@code script}, computed by the database. */
    private static void row(
            TestDatabase db, String migration, String script, boolean finished, boolean rolledBack, String logs) {
        String checksum = switch (db.provider()) {
            case POSTGRESQL -> "encode(sha256(convert_to(?, 'UTF8')), 'hex')";
            case MYSQL -> "SHA2(?, 256)";
            case SQLITE -> "?";
        };
        String now = db.provider() == Provider.SQLITE ? "current_timestamp" : "CURRENT_TIMESTAMP";
        try (Connection c = db.connect();
                PreparedStatement s = c.prepareStatement("INSERT INTO _prisma_migrations (id, checksum, finished_at, "
                        + "migration_name, logs, rolled_back_at, started_at, applied_steps_count) VALUES (?, "
                        + checksum + ", " + (finished ? now : "NULL") + ", ?, ?, " + (rolledBack ? now : "NULL")
                        + ", " + now + ", ?)")) {
            s.setString(1, UUID.randomUUID().toString());
            s.setString(
                    2,
                    db.provider() == Provider.SQLITE
                            ? HexFormat.of()
                                    .formatHex(MessageDigest.getInstance("SHA-256")
                                            .digest(script.getBytes(StandardCharsets.UTF_8)))
                            : script);
            s.setString(3, migration);
            s.setString(4, logs);
            s.setInt(5, finished ? 1 : 0);
            s.executeUpdate();
        } catch (SQLException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DatabaseSchema introspect(TestDatabase db) throws SQLException {
        try (Connection c = db.connect()) {
            return Introspectors.introspect(
                    c,
                    IntrospectionOptions.defaults()
                            .withSchemas(MigrateFixture.settings(db).schemas()));
        }
    }

    private static void write(Path from, String migration, String sql) throws IOException {
        Files.createDirectories(from.resolve(migration));
        Files.writeString(from.resolve(migration).resolve("migration.sql"), sql);
    }

    private static String q(Provider provider, String name) {
        return provider == Provider.MYSQL ? "`" + name + "`" : "\"" + name + "\"";
    }

    private static final String MYSQL_PRISMA_TABLE = """
            CREATE TABLE _prisma_migrations (
                id                      VARCHAR(36) PRIMARY KEY NOT NULL,
                checksum                VARCHAR(64) NOT NULL,
                finished_at             DATETIME(3),
                migration_name          VARCHAR(255) NOT NULL,
                logs                    TEXT,
                rolled_back_at          DATETIME(3),
                started_at              DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
                applied_steps_count     INTEGER UNSIGNED NOT NULL DEFAULT 0
            ) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci""";

    private static final String SQLITE_PRISMA_TABLE = """
            CREATE TABLE "_prisma_migrations" (
                "id"                    TEXT PRIMARY KEY NOT NULL,
                "checksum"              TEXT NOT NULL,
                "finished_at"           DATETIME,
                "migration_name"        TEXT NOT NULL,
                "logs"                  TEXT,
                "rolled_back_at"        DATETIME,
                "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
                "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
            )""";

    private static final String MYSQL_INIT = """
            -- CreateTable
            CREATE TABLE `User` (
                `id` INTEGER NOT NULL AUTO_INCREMENT,
                `email` VARCHAR(191) NOT NULL,
                `name` VARCHAR(191) NULL,

                UNIQUE INDEX `User_email_key`(`email`),
                PRIMARY KEY (`id`)
            ) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

            -- CreateTable
            CREATE TABLE `Post` (
                `id` INTEGER NOT NULL AUTO_INCREMENT,
                `authorId` INTEGER NOT NULL,

                PRIMARY KEY (`id`)
            ) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

            -- AddForeignKey
            ALTER TABLE `Post` ADD CONSTRAINT `Post_authorId_fkey` FOREIGN KEY (`authorId`) REFERENCES `User`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
            """;

    private static final String MYSQL_NAME_REQUIRED = """
            -- AlterTable
            ALTER TABLE `User` MODIFY `name` VARCHAR(191) NOT NULL DEFAULT '';
            """;

    private static final String SQLITE_INIT = """
            -- CreateTable
            CREATE TABLE "User" (
                "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
                "email" TEXT NOT NULL,
                "name" TEXT
            );

            -- CreateTable
            CREATE TABLE "Post" (
                "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
                "authorId" INTEGER NOT NULL,
                CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
            );

            -- CreateIndex
            CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
            """;

    /** Prisma's table rebuild: with foreign keys on, dropping "User" would delete the posts (ON DELETE CASCADE). */
    private static final String SQLITE_NAME_REQUIRED = """
            -- RedefineTables
            PRAGMA defer_foreign_keys=ON;
            PRAGMA foreign_keys=OFF;
            CREATE TABLE "new_User" (
                "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
                "email" TEXT NOT NULL,
                "name" TEXT NOT NULL DEFAULT ''
            );
            INSERT INTO "new_User" ("email", "id", "name") SELECT "email", "id", coalesce("name", '') AS "name" FROM "User";
            DROP TABLE "User";
            ALTER TABLE "new_User" RENAME TO "User";
            CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
            PRAGMA foreign_keys=ON;
            PRAGMA defer_foreign_keys=OFF;
            """;
}
