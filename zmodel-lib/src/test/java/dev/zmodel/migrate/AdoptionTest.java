package dev.zmodel.migrate;

import dev.zmodel.Provider;
import dev.zmodel.diff.CreateExtension;
import dev.zmodel.lang.Diagnostic;
import dev.zmodel.lang.ZModelFiles;
import dev.zmodel.pull.DbPull;
import dev.zmodel.pull.PullOptions;
import dev.zmodel.testing.TestDatabase;
import dev.zmodel.testing.TestDatabases;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Adopting an existing database beyond the baseline itself (docs/migrations.md#adopting-an-existing-database):
 * PostgreSQL extensions in the datasource, domains, and evolving the adopted schema.
 */
class AdoptionTest {

    /**
     * Extensions: db pull writes them in Prisma's spelling, the schema validates, migrate-dev creates them before the
     * tables that use their types (on the shadow database too), and one added to the datasource is one migration.
     */
    @Test
    void postgresqlExtensionsArePulledCreatedAndManaged() throws Exception {
        try (MigrateFixture f = new MigrateFixture(Provider.POSTGRESQL);
                TestDatabase fresh = TestDatabases.create(Provider.POSTGRESQL)) {
            f.db.execute("""
                    CREATE EXTENSION "uuid-ossp";
                    CREATE EXTENSION citext;
                    CREATE TABLE accounts (id uuid PRIMARY KEY DEFAULT uuid_generate_v4(), email citext NOT NULL);
                    INSERT INTO accounts (email) VALUES ('Ada@Example.com');
                    """);
            Path schema = Files.createDirectories(f.migrations.getParent()).resolve("schema.zmodel");
            try (Connection c = f.db.connect()) {
                Files.writeString(
                        schema, DbPull.pull(c, null, PullOptions.defaults()).text());
            }
            String text = Files.readString(schema);
            assertTrue(text.contains("    extensions = [citext, uuid_ossp(map: \"uuid-ossp\")]\n"), text);
            List<Diagnostic> problems = ZModelFiles.validate(schema);
            assertEquals(
                    List.of(), problems.stream().filter(Diagnostic::isError).toList());

            // a new project on an empty database: the first migration creates the extensions before the table
            MigrateOptions onFresh = f.options().withDatabase(MigrateFixture.settings(fresh));
            MigrateDevResult first = MigrateDev.run(
                    onFresh.withDesired(ZModelProject.desired(schema)).withName("init"));
            assertEquals(
                    List.of("Create extension `citext`", "Create extension `uuid-ossp`", "Create table `accounts`"),
                    first.changes().stream().map(c -> c.summary()).toList());
            String migration = Files.readString(first.created().file());
            assertTrue(migration.contains("CREATE EXTENSION IF NOT EXISTS \"uuid-ossp\""), migration);
            fresh.execute("INSERT INTO accounts (email) VALUES ('Grace@Example.com')");
            assertEquals(
                    "1",
                    fresh.query("SELECT count(*) FROM accounts WHERE email = 'grace@example.com'")
                            .get(0)
                            .get(0),
                    "citext compares case-insensitively");

            // one more extension in the datasource: exactly one migration that creates it
            Files.writeString(schema, text.replace("extensions = [citext,", "extensions = [citext, pgcrypto,"));
            MigrateDevResult added = MigrateDev.run(
                    onFresh.withDesired(ZModelProject.desired(schema)).withName("crypto"));
            assertEquals(
                    List.of(new CreateExtension(new dev.zmodel.schema.Extension("pgcrypto", null))), added.changes());
            assertEquals(
                    "1",
                    fresh.query("SELECT count(*) FROM pg_extension WHERE extname = 'pgcrypto'")
                            .get(0)
                            .get(0));

            // removing it from the datasource drops nothing
            Files.writeString(schema, text);
            assertTrue(
                    MigrateDev.run(onFresh.withDesired(ZModelProject.desired(schema)))
                            .inSync(),
                    f.allMessages());
        }
    }
}
