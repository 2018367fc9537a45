package dev.zmodel.datasource;

import dev.zmodel.ZModelException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where Liquibase's history settings come from, and which source wins. */
class LiquibaseSettingsTest {
    @TempDir
    Path dir;

    @Test
    void propertiesWinOverTheFileKeysWithOrWithoutPrefix() throws Exception {
        Path file = dir.resolve("liquibase.properties");
        Files.writeString(
                file,
                "databaseChangeLogTableName=file_changelog\n"
                        + "liquibase.databaseChangeLogLockTableName=file_lock\n"
                        + "liquibaseSchemaName=file_schema\n"
                        + "url=jdbc:postgresql://ignored\n");
        LiquibaseSettings s = LiquibaseSettings.load(
                file, Map.of("liquibase.liquibaseSchemaName", "history", "liquibase.liquibaseCatalogName", " "));
        assertEquals(new LiquibaseSettings("file_changelog", "file_lock", "history", null), s);
    }

    @Test
    void noFileAndNoPropertiesLeaveEverythingToLiquibase() {
        LiquibaseSettings s = LiquibaseSettings.load(dir.resolve("liquibase.properties"), Map.of("zenstack.url", "x"));
        assertTrue(s.isDefault());
        assertEquals(
                LiquibaseSettings.defaults(),
                new ConnectionSettings(null, "jdbc:x", null, null, java.util.List.of()).liquibase());
    }

    @Test
    void anUnreadableFileIsOneClearError() throws Exception {
        Path file = dir.resolve("liquibase.properties");
        Files.writeString(file, "databaseChangeLogTableName=\\u12");
        ZModelException e = assertThrows(ZModelException.class, () -> LiquibaseSettings.load(file, Map.of()));
        assertTrue(
                e.getMessage().startsWith("Cannot read the Liquibase settings in " + file + ": ")
                        && e.getMessage()
                                .endsWith("Fix the file (Java properties format, e.g. "
                                        + "databaseChangeLogTableName=app_changelog) or remove it."),
                e.getMessage());
    }
}
