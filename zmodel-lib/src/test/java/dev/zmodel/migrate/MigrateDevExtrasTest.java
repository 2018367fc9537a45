package dev.zmodel.migrate;

import dev.zmodel.Provider;
import dev.zmodel.diff.RenameColumn;
import dev.zmodel.liquibase.MasterChangelog;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** migrate-dev: hand-written SQL is left alone and listed once; renames are suggested with the hint, and kept. */
class MigrateDevExtrasTest {

    @Test
    void aHandWrittenCheckConstraintIsListedAsUnmanagedAndNeverDropped() throws Exception {
        try (MigrateFixture f = new MigrateFixture(Provider.POSTGRESQL)) {
            MigrateDev.run(f.options(MigrateFixture.v1()).withName("init"));
            Path folder = f.migrations.resolve("20261122100000_email_check");
            Files.createDirectories(folder);
            Files.writeString(
                    folder.resolve("migration.sql"),
                    "-- liquibase formatted sql\n\n"
                            + "-- changeset zenstack:20261122100000_email_check-1 logicalFilePath:20261122100000_email_check/migration.sql\n"
                            + "ALTER TABLE users ADD CONSTRAINT email_has_at CHECK (email LIKE '%@%');\n"
                            + "-- rollback ALTER TABLE users DROP CONSTRAINT email_has_at;\n");
            MasterChangelog.write(f.migrations);

            MigrateDevResult r = MigrateDev.run(f.options(MigrateFixture.v1()));
            assertTrue(r.inSync(), "the check is not dropped");
            assertEquals(1, r.applied().size());
            assertEquals(1, r.unmanaged().size());
            assertEquals(
                    1,
                    f.info.stream()
                            .filter(m -> m.startsWith("Unmanaged objects (ZModel cannot express them; "
                                    + "left alone):\n  - check constraint `email_has_at` on `users`"))
                            .count(),
                    f.allMessages());
            assertEquals("1", f.scalar("SELECT count(*) FROM pg_constraint WHERE conname = 'email_has_at'"));
        }
    }

    @Test
    void aRenameIsSuggestedWithItsHintAndKeepsTheData() {
        try (MigrateFixture f = new MigrateFixture(Provider.SQLITE)) {
            MigrateDev.run(f.options(MigrateFixture.v1()).withName("init"));
            f.db.execute("INSERT INTO users (id, email, name) VALUES (1, 'a@example.com', 'Ann')");
            String renamed = MigrateFixture.v1().replace("name VARCHAR(100)", "full_name VARCHAR(100)");
            var refused = org.junit.jupiter.api.Assertions.assertThrows(
                    dev.zmodel.ZModelException.class,
                    () -> MigrateDev.run(f.options(renamed).withName("rename")));
            assertTrue(refused.getMessage().contains("Drops column `users.name`"), refused.getMessage());
            assertTrue(f.warnings.stream().anyMatch(w -> w.contains("users.name=users.full_name")), f.allMessages());

            MigrateDevResult r = MigrateDev.run(
                    f.options(renamed).withName("rename").withRenames(java.util.List.of("users.name=users.full_name")));
            assertTrue(r.changes().get(0) instanceof RenameColumn, r.changes().toString());
            assertEquals("Ann", f.scalar("SELECT full_name FROM users"));
        }
    }
}
