package dev.zmodel.migrate;

import dev.zmodel.Provider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.util.List;

import static dev.zmodel.migrate.MigrateDataLossTest.dev;
import static dev.zmodel.migrate.MigrateDataLossTest.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Renaming a model of an implicit many-to-many relation keeps its links: the join table {@code _AToB} is renamed when
 * A and B keep their meaning, and refilled with A and B exchanged when the new name sorts the other way.
 */
class ManyToManyRenameTest {

    private static final String MODELS = """
            model Post {
                id   Int    @id
                tags %2$s[]
            }

            model %2$s {
                id    Int    @id
                posts Post[]
            }
            """;

    @ParameterizedTest
    @EnumSource(Provider.class)
    void aModelRenameRenamesOrRefillsTheJoinTable(Provider provider) throws Exception {
        try (MigrateFixture f = new MigrateFixture(provider)) {
            dev(f, MODELS.formatted("", "Tag"), "init", false);
            f.db.execute("INSERT INTO " + q(f, "Post") + " (id) VALUES (1), (2)");
            f.db.execute("INSERT INTO " + q(f, "Tag") + " (id) VALUES (10), (20), (30)");
            f.db.execute("INSERT INTO " + q(f, "_PostToTag") + " (" + q(f, "A") + ", " + q(f, "B")
                    + ") VALUES (1, 20), (1, 30), (2, 30)");

            // without a hint: the model rename is suggested, not the join table's (it follows by itself)
            var refused = org.junit.jupiter.api.Assertions.assertThrows(
                    dev.zmodel.ZModelException.class, () -> dev(f, MODELS.formatted("", "Label"), "label", false));
            assertTrue(refused.getMessage().contains("-Dzenstack.renames=Tag=Label."), refused.getMessage());

            // Tag → Label: _PostToTag (A = Post, B = Tag) becomes _LabelToPost (A = Label, B = Post)
            MigrateDevResult swap = dev(f, MODELS.formatted("", "Label"), "label", false, "Tag=Label");
            assertTrue(swap.createdApplied(), f.allMessages());
            String migration = Files.readString(swap.created().file());
            // unqualified: a datasource working in public alone writes relocatable changelogs
            String schema = "";
            assertTrue(
                    migration.contains("INSERT INTO " + schema + q(f, "_LabelToPost") + " (" + q(f, "A") + ", "
                            + q(f, "B") + ") SELECT " + q(f, "B") + ", " + q(f, "A") + " FROM " + schema
                            + q(f, "_PostToTag")),
                    migration);
            assertEquals(
                    List.of(List.of("20", "1"), List.of("30", "1"), List.of("30", "2")),
                    f.db.query("SELECT " + q(f, "A") + ", " + q(f, "B") + " FROM " + q(f, "_LabelToPost")
                            + " ORDER BY 1, 2"));
            assertTrue(dev(f, MODELS.formatted("", "Label"), null, false).inSync(), f.allMessages());

            // Label → Mark: _MarkToPost keeps A = Mark, B = Post, so the join table is only renamed
            MigrateDevResult rename = dev(f, MODELS.formatted("", "Mark"), "mark", false, "Label=Mark");
            assertTrue(rename.createdApplied(), f.allMessages());
            assertTrue(
                    rename.changes().stream()
                            .anyMatch(c -> c.summary().equals("Rename table `_LabelToPost` to `_MarkToPost`")),
                    rename.changes().toString());
            assertEquals(
                    List.of(List.of("20", "1"), List.of("30", "1"), List.of("30", "2")),
                    f.db.query("SELECT " + q(f, "A") + ", " + q(f, "B") + " FROM " + q(f, "_MarkToPost")
                            + " ORDER BY 1, 2"));
            assertTrue(dev(f, MODELS.formatted("", "Mark"), null, false).inSync(), f.allMessages());

            // the join table's own name, as a hint, is accepted too (Mark → Alpha: _AlphaToPost, a plain rename)
            MigrateDevResult both =
                    dev(f, MODELS.formatted("", "Alpha"), "alpha", false, "_MarkToPost=_AlphaToPost", "Mark=Alpha");
            assertTrue(both.createdApplied(), f.allMessages());
            assertEquals(
                    List.of(List.of("20", "1"), List.of("30", "1"), List.of("30", "2")),
                    f.db.query("SELECT " + q(f, "A") + ", " + q(f, "B") + " FROM " + q(f, "_AlphaToPost")
                            + " ORDER BY 1, 2"));
        }
    }

    private static final String NAMED = """
            model Post {
                id   Int    @id
                tags %1$s[] @relation("tags")
            }

            model %1$s {
                id    Int    @id
                posts Post[] @relation("tags")
            }
            """;

    /** A relation name keeps the join table's name {@code _tags}, but A and B still swap: it is refilled in place. */
    @ParameterizedTest
    @EnumSource(Provider.class)
    void aNamedRelationKeepsItsTableAndItsLinks(Provider provider) {
        try (MigrateFixture f = new MigrateFixture(provider)) {
            dev(f, NAMED.formatted("Tag"), "init", false);
            f.db.execute("INSERT INTO " + q(f, "Post") + " (id) VALUES (1), (2)");
            f.db.execute("INSERT INTO " + q(f, "Tag") + " (id) VALUES (10), (20)");
            f.db.execute("INSERT INTO " + q(f, "_tags") + " (" + q(f, "A") + ", " + q(f, "B")
                    + ") VALUES (1, 10), (1, 20), (2, 20)");

            // Tag → Aardvark: A now references Aardvark (was Tag, B), B references Post
            MigrateDevResult r = dev(f, NAMED.formatted("Aardvark"), "aardvark", false, "Tag=Aardvark");
            assertTrue(r.createdApplied(), f.allMessages());
            assertEquals(
                    List.of(List.of("10", "1"), List.of("20", "1"), List.of("20", "2")),
                    f.db.query("SELECT " + q(f, "A") + ", " + q(f, "B") + " FROM " + q(f, "_tags") + " ORDER BY 1, 2"));
            assertTrue(dev(f, NAMED.formatted("Aardvark"), null, false).inSync(), f.allMessages());
        }
    }
}
