package dev.zmodel.pull;

import dev.zmodel.Provider;
import dev.zmodel.lang.ZModelFiles;
import dev.zmodel.lang.ZModelParser;
import dev.zmodel.lang.ast.DataModel;
import dev.zmodel.lang.ast.Document;
import dev.zmodel.lang.ast.EnumDecl;
import dev.zmodel.lang.ast.Field;
import dev.zmodel.schema.Column;
import dev.zmodel.schema.ColumnType;
import dev.zmodel.schema.DatabaseSchema;
import dev.zmodel.schema.EnumType;
import dev.zmodel.schema.ForeignKey;
import dev.zmodel.schema.PrimaryKey;
import dev.zmodel.schema.ReferentialAction;
import dev.zmodel.schema.Table;
import dev.zmodel.schema.TableTraits;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public API on relational models built in code: options, the empty database, determinism, the provider check,
 * and {@link DbNames} on generated and hand-written declarations.
 */
class PullGeneratorApiTest {
    private static final ColumnType INT = ColumnType.of("int4").withRaw("integer");

    private static DatabaseSchema shop() {
        Table user = new Table(
                "public",
                "app_user",
                List.of(
                        Column.of("user_id", INT, false),
                        Column.of("display_name", ColumnType.of("text"), true),
                        Column.of("role", ColumnType.enumType("public", "user_role"), false)),
                new PrimaryKey("app_user_pkey", List.of("user_id")),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                "People",
                TableTraits.NONE);
        Table order = new Table(
                "public",
                "shop_order",
                List.of(Column.of("id", INT, false), Column.of("owner_id", INT, false)),
                new PrimaryKey("shop_order_pkey", List.of("id")),
                List.of(),
                List.of(new ForeignKey(
                        "shop_order_owner",
                        List.of("owner_id"),
                        "public",
                        "app_user",
                        List.of("user_id"),
                        ReferentialAction.CASCADE,
                        ReferentialAction.CASCADE,
                        false,
                        false)),
                List.of(),
                List.of(),
                null,
                TableTraits.NONE);
        return new DatabaseSchema(
                Provider.POSTGRESQL,
                "PostgreSQL 15",
                List.of("public"),
                List.of(user, order),
                List.of(),
                List.of(new EnumType("public", "user_role", List.of("ADMIN", "guest-x"), null)));
    }

    @Test
    void defaultsAreTheZenStackPresetWithPascalModelsAndCamelFields() {
        GenerateOptions o = GenerateOptions.defaults();
        assertEquals(Naming.ZENSTACK, o.naming());
        assertEquals(Casing.PASCAL, o.modelCasing());
        assertEquals(Casing.CAMEL, o.fieldCasing());
        assertEquals("public", o.defaultSchema());
        assertEquals(o, new GenerateOptions(null, null, null, false, null, null, false, false));
        assertEquals(Optional.of(Naming.PRISMA), Naming.fromId(" Prisma "));
        assertEquals(Optional.of(Casing.SNAKE), Casing.fromId("snake"));
        assertEquals(Optional.empty(), Casing.fromId("kebab"));
    }

    @Test
    void generatesModelsThenEnumsDeterministically() {
        GeneratedSchema first = PullGenerator.generate(shop(), GenerateOptions.defaults());
        GeneratedSchema second = PullGenerator.generate(shop(), null);
        String text = ZModelFiles.print(first.document());
        assertEquals(text, ZModelFiles.print(second.document()));
        assertEquals("""
                /// People
                model AppUser {
                    userId      Int         @id @map("user_id")
                    displayName String?     @map("display_name")
                    role        UserRole
                    shopOrders  ShopOrder[]

                    @@map("app_user")
                }

                model ShopOrder {
                    id      Int     @id
                    owner   AppUser @relation(fields: [ownerId], references: [userId], onDelete: Cascade, map: "shop_order_owner")
                    ownerId Int     @map("owner_id")

                    @@map("shop_order")
                }

                enum UserRole {
                    ADMIN
                    guestX @map("guest-x")

                    @@map("user_role")
                }
                """, text);
        assertEquals(List.of(), first.warnings());
        PullFixtures.assertValid(
                PullFixtures.print(Provider.POSTGRESQL, List.of(), "public", first.document()), "shop");
        GeneratedSchema prisma =
                PullGenerator.generate(shop(), GenerateOptions.defaults().withNaming(Naming.PRISMA));
        PullFixtures.assertValid(
                PullFixtures.print(Provider.POSTGRESQL, List.of(), "public", prisma.document()), "shop (prisma)");
    }

    @Test
    void anEmptyDatabaseIsAnEmptyDocumentAndAWarning() {
        GeneratedSchema result = PullGenerator.generate(
                new DatabaseSchema(Provider.SQLITE, null, List.of("main"), List.of(), List.of(), List.of()),
                GenerateOptions.defaults());
        assertEquals(List.of(), result.document().declarations());
        assertEquals(
                List.of(new PullWarning(
                        PullWarning.Kind.EMPTY_DATABASE, "main", "The database has no tables or views.")),
                result.warnings());
    }

    @Test
    void theProviderMustBeTheOneTheSchemaWasReadFrom() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> PullGenerator.generate(shop(), GenerateOptions.defaults().withProvider(Provider.MYSQL)));
        assertTrue(e.getMessage().contains("postgresql"), e.getMessage());
        PullGenerator.generate(shop(), GenerateOptions.defaults().withProvider(Provider.POSTGRESQL));
    }

    @Test
    void dbNamesOfGeneratedDeclarations() {
        Document doc =
                PullGenerator.generate(shop(), GenerateOptions.defaults()).document();
        DataModel user = doc.models().get(0);
        DataModel order = doc.models().get(1);
        EnumDecl role = doc.enums().get(0);
        assertEquals("app_user", DbNames.table(user));
        assertEquals(Optional.empty(), DbNames.schema(user));
        assertEquals("user_id", DbNames.column(user.field("userId").orElseThrow()));
        assertEquals("role", DbNames.column(user.field("role").orElseThrow()));
        Field owner = order.field("owner").orElseThrow();
        assertEquals(List.of("owner_id"), DbNames.foreignKeyColumns(order, owner));
        assertEquals(List.of("user_id"), DbNames.referencedColumns(user, owner));
        assertEquals(Optional.of("shop_order_owner"), DbNames.foreignKeyName(owner));
        assertEquals(Optional.empty(), DbNames.relationName(owner));
        assertEquals(
                List.of(),
                DbNames.foreignKeyColumns(user, user.field("shopOrders").orElseThrow()));
        assertEquals("user_role", DbNames.enumName(role));
        assertEquals(
                List.of("ADMIN", "guest-x"),
                role.values().stream().map(DbNames::enumValue).toList());
    }

    @Test
    void dbNamesOfHandWrittenDeclarations() {
        Document doc = ZModelParser.parse("""
                model Post {
                    id         Int        @id
                    author     User       @relation("Written", fields: [authorId], references: [id])
                    authorId   Int        @map("author_id")
                    categories Category[]

                    @@schema("blog")
                }
                enum Kind {
                    A
                }
                """, "x.zmodel").document();
        DataModel post = doc.models().get(0);
        assertEquals("Post", DbNames.table(post));
        assertEquals(Optional.of("blog"), DbNames.schema(post));
        assertEquals(
                List.of("author_id"),
                DbNames.foreignKeyColumns(post, post.field("author").orElseThrow()));
        assertEquals(
                Optional.of("Written"),
                DbNames.relationName(post.field("author").orElseThrow()));
        assertEquals(
                Optional.empty(), DbNames.foreignKeyName(post.field("author").orElseThrow()));
        assertEquals("Kind", DbNames.enumName(doc.enums().get(0)));
        assertEquals("_CategoryToPost", DbNames.joinTable("Post", "Category", Optional.empty()));
        assertEquals("_PostTags", DbNames.joinTable("Post", "Tag", Optional.of("PostTags")));
    }

    @Test
    void dbNamesOfNamedArguments() {
        Document doc = ZModelParser.parse("""
                model User {
                    id   Int    @id
                    name String @map(name: "full_name")

                    @@map(name: "users")
                    @@schema(map: "auth")
                }
                enum Role {
                    ADMIN @map(name: "admin")

                    @@map(name: "role")
                    @@schema(map: "auth")
                }
                """, "x.zmodel").document();
        DataModel user = doc.models().get(0);
        EnumDecl role = doc.enums().get(0);
        assertEquals("users", DbNames.table(user));
        assertEquals(Optional.of("auth"), DbNames.schema(user));
        assertEquals("full_name", DbNames.column(user.field("name").orElseThrow()));
        assertEquals("role", DbNames.enumName(role));
        assertEquals(Optional.of("auth"), DbNames.schema(role));
        assertEquals("admin", DbNames.enumValue(role.values().get(0)));
    }
}
