package dev.zmodel.migrate;

import dev.zmodel.Listener;
import dev.zmodel.Provider;
import dev.zmodel.ZModelException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The desired state reuses the parse of {@link ZModelProject#load} only while the schema's files are unchanged: an
 * edit after loading (of the entry file or an imported one) is what the model is built from.
 */
class ZModelProjectReuseTest {
    private static final String DATASOURCE =
            "datasource db {\n    provider = \"sqlite\"\n    url      = \"file:./dev.db\"\n}\n";

    @Test
    void anEditAfterLoadingIsWhatTheDesiredSchemaIsBuiltFrom(@TempDir Path dir) throws Exception {
        Path schema = dir.resolve("schema.zmodel");
        Path imported = dir.resolve("posts.zmodel");
        Files.writeString(imported, "model Post {\n    id Int @id\n}\n");
        Files.writeString(schema, "import \"posts\"\n" + DATASOURCE + "model User {\n    id Int @id\n}\n");
        ZModelProject project = ZModelProject.load(schema);
        DesiredState desired = project.desired();
        assertEquals(java.util.List.of("Post", "User"), tables(desired));

        Files.writeString(schema, "import \"posts\"\n" + DATASOURCE + "model Account {\n    id Int @id\n}\n");
        assertEquals(java.util.List.of("Account", "Post"), tables(desired), "the edited entry file");

        Files.writeString(imported, "model Comment {\n    id Int @id\n}\n");
        assertEquals(java.util.List.of("Account", "Comment"), tables(desired), "the edited imported file");

        Files.writeString(schema, DATASOURCE + "model Broken {\n    id Int @id\n    other Missing\n}\n");
        var e = assertThrows(ZModelException.class, () -> desired.schema(Provider.SQLITE, Listener.NONE));
        assertTrue(e.getMessage().contains("error"), e.getMessage());
    }

    private static java.util.List<String> tables(DesiredState desired) {
        return desired.schema(Provider.SQLITE, Listener.NONE).tables().stream()
                .map(dev.zmodel.schema.Table::name)
                .sorted()
                .toList();
    }
}
