package dev.zmodel.migrate;

import dev.zmodel.Provider;
import dev.zmodel.liquibase.ChangelogFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A new migration sorts after every migration folder on disk, whatever the clock says. */
class MigrationsDirectoryOrderTest {
    private static final String CHANGELOG =
            "<databaseChangeLog xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\"/>";

    @TempDir
    Path tmp;

    @Test
    void aMigrationCreatedInTheSameSecondAsTheNewestGoesOneSecondAfterIt() {
        Path migrations = tmp.resolve("migrations");
        Instant t = Instant.parse("2026-12-07T10:40:30.200Z");
        Migration init = MigrationsDirectory.read(migrations, Provider.SQLITE)
                .create("init", t, ChangelogFormat.XML, Provider.SQLITE, id -> CHANGELOG);

        Migration next = MigrationsDirectory.read(migrations, Provider.SQLITE)
                .create("add_phone", t.plusMillis(300), ChangelogFormat.XML, Provider.SQLITE, id -> CHANGELOG);

        assertEquals("20261207104030_init", init.id());
        assertEquals("20261207104031_add_phone", next.id());
        assertEquals(List.of(init.id(), next.id()), ids(migrations));
    }

    @Test
    void aFolderThatAppearedAfterTheDirectoryWasReadStillComesFirst() throws IOException {
        Path migrations = tmp.resolve("migrations");
        MigrationsDirectory readBefore = MigrationsDirectory.read(migrations, Provider.SQLITE);
        // another run (or a checkout) adds a migration between this run's reading and its writing
        Path other = migrations.resolve("20261207104030_init");
        Files.createDirectories(other);
        Files.writeString(other.resolve("migration.xml"), CHANGELOG);

        Migration created = readBefore.create(
                "add_phone",
                Instant.parse("2026-12-07T10:40:30.500Z"),
                ChangelogFormat.XML,
                Provider.SQLITE,
                id -> CHANGELOG);

        assertEquals("20261207104031_add_phone", created.id());
        assertEquals(List.of("20261207104030_init", created.id()), ids(migrations));
    }

    @Test
    void aClockBehindTheNewestFolderStillWritesAfterIt() {
        Path migrations = tmp.resolve("migrations");
        MigrationsDirectory.read(migrations, Provider.SQLITE)
                .create(
                        "init",
                        Instant.parse("2026-12-07T10:40:30Z"),
                        ChangelogFormat.XML,
                        Provider.SQLITE,
                        id -> CHANGELOG);

        Migration created = MigrationsDirectory.read(migrations, Provider.SQLITE)
                .create(
                        "add_phone",
                        Instant.parse("2026-12-07T09:00:00Z"),
                        ChangelogFormat.XML,
                        Provider.SQLITE,
                        id -> CHANGELOG);

        assertEquals("20261207104031_add_phone", created.id());
    }

    private static List<String> ids(Path migrations) {
        return MigrationsDirectory.read(migrations, Provider.SQLITE).migrations().stream()
                .map(Migration::id)
                .toList();
    }
}
