package dev.zmodel.migrate;

import dev.zmodel.Provider;
import dev.zmodel.ZModelException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The data-loss checks of migrate-dev count only the rows a change affects, on real databases: enum values actually
 * held, NULLs of a column becoming required (none when a default fills them), values a type change cannot convert
 * (refused before anything is written, whatever acceptDataLoss says), rows that break a new foreign key; no finding
 * where nothing can fail.
 */
class MigrateDataLossTest {

    private static final String ENUM_MODEL = """
            enum Role {
            %s
            }

            model Account {
                id   Int  @id
                role Role
            }
            """;

    @ParameterizedTest
    @EnumSource(
            value = Provider.class,
            names = {"POSTGRESQL", "MYSQL"})
    void anEnumValueIsRefusedOnlyWhileRowsHoldIt(Provider provider) {
        try (MigrateFixture f = new MigrateFixture(provider)) {
            dev(f, ENUM_MODEL.formatted("USER\nADMIN\nGUEST"), "init", false);
            f.db.execute(
                    "INSERT INTO " + q(f, "Account") + " (id, role) VALUES (1, 'USER'), (2, 'ADMIN'), (3, 'ADMIN')");

            MigrateDevResult unused = dev(f, ENUM_MODEL.formatted("USER\nADMIN"), "drop_guest", false);
            assertTrue(unused.createdApplied(), "nobody holds GUEST: " + f.allMessages());

            var e = assertThrows(ZModelException.class, () -> dev(f, ENUM_MODEL.formatted("USER"), "drop_admin", true));
            assertTrue(
                    e.getMessage()
                            .contains(
                                    provider == Provider.POSTGRESQL
                                            ? "Removes value `ADMIN` from enum `Role`, but 2 row(s) of `Account.role` "
                                                    + "hold it: the migration would fail on them."
                                            : "2 value(s) hold the removed value `ADMIN`: the migration would fail on "
                                                    + "them."),
                    e.getMessage());
            assertEquals(2, f.folders().size(), "refused before anything is written, acceptDataLoss or not");

            f.db.execute("UPDATE " + q(f, "Account") + " SET role = 'USER'");
            assertTrue(dev(f, ENUM_MODEL.formatted("USER"), "drop_admin", false).createdApplied(), f.allMessages());
        }
    }

    private static final String CODE_MODEL = """
            model Item {
                id   Int  @id
                code %s
            }
            """;

    @ParameterizedTest
    @EnumSource(
            value = Provider.class,
            names = {"POSTGRESQL", "MYSQL"})
    void textToIntCountsTheValuesThatDoNotConvertAndRefusesThemWhateverAcceptDataLoss(Provider provider) {
        try (MigrateFixture f = new MigrateFixture(provider)) {
            dev(f, CODE_MODEL.formatted("String?"), "init", false);
            f.db.execute("INSERT INTO " + q(f, "Item") + " (id, code) VALUES (1, '12'), (2, ' 7'), (3, 'abc'), "
                    + "(4, NULL), (5, '99999999999')");
            var e = assertThrows(ZModelException.class, () -> dev(f, CODE_MODEL.formatted("Int?"), "code_int", true));
            assertTrue(
                    e.getMessage()
                            .contains("Changes the type of `Item.code` from "
                                    + (provider == Provider.POSTGRESQL ? "text" : "varchar")
                                    + " to " + (provider == Provider.POSTGRESQL ? "int4" : "int")
                                    + ", but 2 value(s) are not integers in the range of "),
                    e.getMessage());
            assertTrue(e.getMessage().contains("Find them with: SELECT * FROM "), e.getMessage());
            assertEquals(1, f.folders().size(), "refused before anything is written");

            f.db.execute("UPDATE " + q(f, "Item") + " SET code = '3' WHERE id IN (3, 5)");
            MigrateDevResult r = dev(f, CODE_MODEL.formatted("Int?"), "code_int", false);
            assertTrue(r.createdApplied(), "every value converts, no acceptDataLoss needed: " + f.allMessages());
            assertEquals(
                    List.of(
                            List.of("12"),
                            List.of("7"),
                            List.of("3"),
                            java.util.Arrays.asList((String) null),
                            List.of("3")),
                    f.db.query("SELECT code FROM " + q(f, "Item") + " ORDER BY id"));
        }
    }

    @Test
    void sqliteKeepsTextThatIsNoNumberSoItIsDataLossNotAFailure() {
        try (MigrateFixture f = new MigrateFixture(Provider.SQLITE)) {
            dev(f, CODE_MODEL.formatted("String?"), "init", false);
            f.db.execute("INSERT INTO \"Item\" (id, code) VALUES (1, '12'), (2, 'abc'), (3, NULL)");
            var e = assertThrows(ZModelException.class, () -> dev(f, CODE_MODEL.formatted("Int?"), "code_int", false));
            assertTrue(
                    e.getMessage()
                            .contains("Changes the type of `Item.code` from text to integer, but 1 value(s) are not "
                                    + "numbers; SQLite would keep them as text in the integer column."),
                    e.getMessage());
            assertTrue(e.getMessage().contains("-Dzenstack.acceptDataLoss=true"), e.getMessage());
            assertEquals(1, f.folders().size());
        }
    }

    @Test
    void sqliteIntToTextLosesNothing() {
        try (MigrateFixture f = new MigrateFixture(Provider.SQLITE)) {
            dev(f, CODE_MODEL.formatted("Int?"), "init", false);
            f.db.execute("INSERT INTO \"Item\" (id, code) VALUES (1, 12), (2, NULL)");
            MigrateDevResult r = dev(f, CODE_MODEL.formatted("String?"), "code_text", false);
            assertTrue(r.createdApplied(), f.allMessages());
            assertTrue(f.warnings.isEmpty(), "no warning: " + f.warnings);
            assertEquals("12", f.scalar("SELECT code FROM \"Item\" WHERE id = 1"));
        }
    }

    private static final String NAME_MODEL = """
            model Person {
                id   Int    @id
                name %s
            }
            """;

    @ParameterizedTest
    @EnumSource(Provider.class)
    void aRequiredColumnWithADefaultFillsItsNulls(Provider provider) {
        try (MigrateFixture f = new MigrateFixture(provider)) {
            dev(f, NAME_MODEL.formatted("String?" + varchar(provider)), "init", false);
            f.db.execute("INSERT INTO " + q(f, "Person") + " (id, name) VALUES (1, 'Ann'), (2, NULL), (3, NULL)");

            var e = assertThrows(
                    ZModelException.class,
                    () -> dev(f, NAME_MODEL.formatted("String" + varchar(provider)), "required", true));
            assertTrue(
                    e.getMessage()
                            .contains("Makes `Person.name` required, but 2 row(s) hold NULL there. Fill those rows "
                                    + "first, or give the field a @default (the migration then sets it on them)."),
                    e.getMessage());

            MigrateDevResult r = dev(
                    f, NAME_MODEL.formatted("String" + varchar(provider) + " @default(\"nobody\")"), "required", false);
            assertTrue(r.createdApplied(), f.allMessages());
            assertTrue(f.warnings.isEmpty(), "nothing can fail, so no warning: " + f.warnings);
            assertEquals(
                    List.of(List.of("Ann"), List.of("nobody"), List.of("nobody")),
                    f.db.query("SELECT name FROM " + q(f, "Person") + " ORDER BY id"));
        }
    }

    private static final String POSTS_MODEL = """
            model User {
                id    Int    @id
                posts Post[]
            }

            model Post {
                id       Int  @id
                authorId Int
                author   User @relation(fields: [authorId], references: [id]%s)
            }
            """;

    @ParameterizedTest
    @EnumSource(Provider.class)
    void reAddingAForeignKeyToChangeOnDeleteWarnsOfNothing(Provider provider) {
        try (MigrateFixture f = new MigrateFixture(provider)) {
            dev(f, POSTS_MODEL.formatted(""), "init", false);
            f.db.execute("INSERT INTO " + q(f, "User") + " (id) VALUES (1)");
            f.db.execute("INSERT INTO " + q(f, "Post") + " (id, " + q(f, "authorId") + ") VALUES (1, 1)");
            f.warnings.clear();
            MigrateDevResult r = dev(f, POSTS_MODEL.formatted(", onDelete: Cascade"), "cascade", false);
            assertTrue(r.createdApplied(), f.allMessages());
            assertTrue(f.warnings.isEmpty(), "nothing can fail: " + f.warnings);
        }
    }

    private static final String UNLINKED_MODEL = """
            model User {
                id Int @id
            }

            model Post {
                id       Int @id
                authorId Int
            }
            """;

    @ParameterizedTest
    @EnumSource(Provider.class)
    void aNewForeignKeyCountsTheRowsThatBreakIt(Provider provider) {
        try (MigrateFixture f = new MigrateFixture(provider)) {
            dev(f, UNLINKED_MODEL, "init", false);
            f.db.execute("INSERT INTO " + q(f, "User") + " (id) VALUES (1)");
            f.db.execute(
                    "INSERT INTO " + q(f, "Post") + " (id, " + q(f, "authorId") + ") VALUES (1, 1), (2, 7), (3, 8)");
            var e = assertThrows(ZModelException.class, () -> dev(f, POSTS_MODEL.formatted(""), "link", true));
            assertTrue(
                    e.getMessage()
                            .contains("2 row(s) reference `User` rows that do not exist: the migration would fail "
                                    + "on them."),
                    e.getMessage());
            assertEquals(1, f.folders().size());
            f.db.execute("DELETE FROM " + q(f, "Post") + " WHERE id > 1");
            assertTrue(dev(f, POSTS_MODEL.formatted(""), "link", false).createdApplied(), f.allMessages());
        }
    }

    @Test
    void aProbableRenameNamesTheHintBeforeAcceptDataLoss() {
        try (MigrateFixture f = new MigrateFixture(Provider.SQLITE)) {
            dev(f, NAME_MODEL.formatted("String?"), "init", false);
            f.db.execute("INSERT INTO \"Person\" (id, name) VALUES (1, 'Ann')");
            var e = assertThrows(
                    ZModelException.class,
                    () -> dev(f, NAME_MODEL.replace("name ", "fullName ").formatted("String?"), "rename", false));
            String m = e.getMessage();
            int hint = m.indexOf("If `Person.name` was renamed to `Person.fullName`, keep the data by running again "
                    + "with -Dzenstack.renames=Person.name=Person.fullName.");
            assertTrue(hint > 0, m);
            assertTrue(hint < m.indexOf("-Dzenstack.acceptDataLoss=true"), m);
            assertTrue(dev(
                            f,
                            NAME_MODEL.replace("name ", "fullName ").formatted("String?"),
                            "rename",
                            false,
                            "Person.name=Person.fullName")
                    .createdApplied());
            assertEquals("Ann", f.scalar("SELECT \"fullName\" FROM \"Person\""));
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static String varchar(Provider provider) {
        return provider == Provider.SQLITE ? "" : " @db.VarChar(50)";
    }

    static String q(MigrateFixture f, String name) {
        return f.provider == Provider.MYSQL ? "`" + name + "`" : "\"" + name + "\"";
    }

    static MigrateDevResult dev(
            MigrateFixture f, String models, String name, boolean acceptDataLoss, String... renames) {
        try {
            Path schema = Files.createDirectories(f.migrations.getParent()).resolve("schema.zmodel");
            Files.writeString(schema, """
                    datasource db {
                        provider = "%s"
                        url      = env("DATABASE_URL")
                    }

                    """.formatted(f.provider.id()) + models);
            return MigrateDev.run(f.options()
                    .withDesired(ZModelProject.desired(schema))
                    .withName(name)
                    .withAcceptDataLoss(acceptDataLoss)
                    .withRenames(List.of(renames)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
