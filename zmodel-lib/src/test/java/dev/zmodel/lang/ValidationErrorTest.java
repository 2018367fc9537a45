package dev.zmodel.lang;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Semantic errors: one test per rule, each asserting the exact message and position. */
class ValidationErrorTest {
    private static final String PG = "datasource db { provider = \"postgresql\" }\n";
    private static final String MYSQL = "datasource db { provider = \"mysql\" }\n";
    private static final String SQLITE = "datasource db { provider = \"sqlite\" }\n";

    /** Syntax and semantic diagnostics of a one-file schema. */
    static List<String> problems(String text) {
        ParseResult r = ZModelParser.parse(text, "s.zmodel");
        assertEquals(List.of(), r.diagnostics(), "the schema must parse");
        List<Diagnostic> all = new ArrayList<>(SchemaValidator.validate(List.of(r.document())));
        return Diagnostic.sorted(all).stream().map(Diagnostic::format).toList();
    }

    @Test
    void unknownFieldType() {
        assertEquals(List.of("s.zmodel:4:11: error: unknown type 'Usr'"), problems(PG + """
                model Post {
                    id    Int @id
                    owner Usr
                }
                """));
    }

    @Test
    void duplicateModelAcrossTheSchema() {
        assertEquals(
                List.of("s.zmodel:5:1: error: duplicate declaration 'User': already declared at s.zmodel:2:1"),
                problems(PG + """
                        model User {
                            id Int @id
                        }
                        model User {
                            id Int @id
                        }
                        """));
    }

    @Test
    void duplicateField() {
        assertEquals(List.of("s.zmodel:5:5: error: duplicate field 'name' in model 'User'"), problems(PG + """
                model User {
                    id   Int    @id
                    name String
                    name String?
                }
                """));
    }

    @Test
    void builtinTypeNameCannotBeDeclared() {
        assertEquals(
                List.of("s.zmodel:2:1: error: 'String' is a builtin type and cannot be declared"), problems(PG + """
                        enum String {
                            A
                        }
                        """));
    }

    @Test
    void optionalIdField() {
        assertEquals(List.of("s.zmodel:3:5: error: @id field 'id' cannot be optional"), problems(PG + """
                model User {
                    id Int? @id
                }
                """));
    }

    @Test
    void idAndCompoundIdTogether() {
        assertEquals(List.of("s.zmodel:2:1: error: model 'User' cannot have both @id and @@id"), problems(PG + """
                model User {
                    id   Int    @id
                    name String

                    @@id([id, name])
                }
                """));
    }

    @Test
    void twoIdFields() {
        assertEquals(
                List.of("s.zmodel:4:5: error: model 'Pair' has more than one @id field; use @@id([a, b]) for a "
                        + "composite id"),
                problems(PG + """
                model Pair {
                    a Int @id
                    b Int @id
                }
                """));
    }

    @Test
    void modelWithoutUniqueIdentifier() {
        assertEquals(
                List.of("s.zmodel:2:1: error: model 'Log' needs a unique identifier: add @id, @@id, @unique or "
                        + "@@unique (or @@ignore to leave it out of the client)"),
                problems(PG + """
                model Log {
                    message String
                }
                view Stats {
                    total Int
                }
                model Legacy {
                    data String

                    @@ignore
                }
                """));
    }

    @Test
    void relationWithoutOppositeField() {
        assertEquals(
                List.of("s.zmodel:8:5: error: relation field 'author' of model 'Post' has no opposite field in "
                        + "model 'User'"),
                problems(PG + """
                model User {
                    id Int @id
                }

                model Post {
                    id       Int  @id
                    author   User @relation(fields: [authorId], references: [id])
                    authorId Int
                }
                """));
    }

    /** ZenStack (zen check) pairs only relation fields without @ignore; the validator must say the same. */
    @Test
    void relationWhoseOppositeIsIgnored() {
        assertEquals(
                List.of("s.zmodel:9:5: error: relation field 'product' of model 'PriceLog' has no opposite field in "
                        + "model 'Product': its opposite 'priceLogs' is @ignore'd, and ZenStack pairs only relation "
                        + "fields without @ignore; mark 'product' @ignore too"),
                problems(PG + """
                model Product {
                    id        Int        @id
                    priceLogs PriceLog[] @ignore
                }

                model PriceLog {
                    id        Int     @id
                    product   Product @relation(fields: [productId], references: [id])
                    productId Int
                }
                """));
    }

    /** ZenStack (zen check) accepts only JSON strings as the default of a Json field; the validator says the same. */
    @Test
    void jsonDefaultMustBeAJsonString() {
        assertEquals(
                List.of(
                        "s.zmodel:4:27: error: default value of Json field 'built' must be a JSON string literal "
                                + "(ZenStack accepts no other default on a Json field, not even dbgenerated(...)); "
                                + "write it as @default(\"{}\"), or remove the @default and leave the default to the "
                                + "database",
                        "s.zmodel:5:27: error: default value of Json field 'word' must be a JSON string literal "
                                + "(ZenStack accepts no other default on a Json field, not even dbgenerated(...)); "
                                + "write it as @default(\"{}\"), or remove the @default and leave the default to the "
                                + "database",
                        "s.zmodel:6:27: error: default value of Json field 'tags' must be a list of JSON string "
                                + "literals (ZenStack accepts no other default on a Json field, not even "
                                + "dbgenerated(...)); write it as @default([\"{}\"]), or remove the @default and "
                                + "leave the default to the database"),
                problems(PG + """
                model Setting {
                    id    Int    @id
                    built Json?  @default(dbgenerated("jsonb_build_object('k', 1)"))
                    word  Json?  @default("abc")
                    tags  Json[] @default(dbgenerated("'{}'"))
                    doc   Json   @default("{\\"a\\": [1, true, null]}")
                    list  Json[] @default(["1", "{}"])
                    none  Json[] @default([])
                }
                """));
    }

    @Test
    void relationIgnoredOnBothSides() {
        assertEquals(List.of(), problems(PG + """
                model Product {
                    id        Int        @id
                    priceLogs PriceLog[] @ignore
                }

                model PriceLog {
                    product   Product @relation(fields: [productId], references: [id]) @ignore
                    productId Int
                    price     Int

                    @@ignore
                }
                """));
    }

    @Test
    void fieldsAndReferencesOnBothSides() {
        assertEquals(
                List.of("s.zmodel:9:5: error: only one side of the relation between 'User.profile' and "
                        + "'Profile.user' may have 'fields' and 'references'"),
                problems(PG + """
                model User {
                    id        Int      @id
                    profile   Profile? @relation(fields: [profileId], references: [id])
                    profileId Int?     @unique
                }
                model Profile {
                    id     Int  @id
                    user   User @relation(fields: [userId], references: [id])
                    userId Int  @unique
                }
                """));
    }

    @Test
    void fieldsAndReferencesOfDifferentLength() {
        assertEquals(
                List.of("s.zmodel:10:19: error: 'fields' and 'references' of field 'region' must have the same "
                        + "number of fields (1 and 2)"),
                problems(PG + """
                model Region {
                    country String
                    code    String
                    offices Office[]
                    @@id([country, code])
                }
                model Office {
                    id     Int    @id
                    region Region @relation(fields: [code], references: [country, code])
                    code   String
                }
                """));
    }

    @Test
    void fieldsAndReferencesOfDifferentTypes() {
        assertEquals(
                List.of("s.zmodel:8:40: error: type of 'Post.authorId' (String) does not match 'User.id' (Int)"),
                problems(PG + """
                        model User {
                            id    Int    @id
                            posts Post[]
                        }
                        model Post {
                            id       Int    @id
                            author   User   @relation(fields: [authorId], references: [id])
                            authorId String
                        }
                        """));
    }

    @Test
    void selfRelationNeedsAName() {
        assertEquals(
                List.of(
                        "s.zmodel:4:5: error: self-relation field 'boss' of model 'Employee' needs a relation name: @relation(\"...\")",
                        "s.zmodel:6:5: error: self-relation field 'reports' of model 'Employee' needs a relation name: "
                                + "@relation(\"...\")"),
                problems(PG + """
                model Employee {
                    id      Int        @id
                    boss    Employee?  @relation(fields: [bossId], references: [id])
                    bossId  Int?
                    reports Employee[]
                }
                """));
    }

    @Test
    void severalUnnamedRelationsBetweenTwoModelsAreAmbiguous() {
        assertEquals(
                List.of("s.zmodel:10:5: error: ambiguous relation: model 'Message' has 2 relation fields to "
                        + "'User' (sender, recipient); give each a name with @relation(\"...\")"),
                problems(PG + """
                model User {
                    id       Int       @id
                    messages Message[]
                }
                model Message {
                    id          Int  @id
                    sender      User @relation(fields: [senderId], references: [id])
                    senderId    Int
                    recipient   User @relation(fields: [recipientId], references: [id])
                    recipientId Int
                }
                """));
    }

    @Test
    void nonOwningSideOfOneToOneMustBeOptional() {
        assertEquals(
                List.of("s.zmodel:4:5: error: 'User.profile' is the non-owning side of a one-to-one relation "
                        + "and must be optional"),
                problems(PG + """
                model User {
                    id      Int     @id
                    profile Profile
                }
                model Profile {
                    id     Int  @id
                    user   User @relation(fields: [userId], references: [id])
                    userId Int  @unique
                }
                """));
    }

    @Test
    void listSideCannotOwnTheRelation() {
        assertEquals(
                List.of("s.zmodel:4:5: error: relation field 'posts' is a list and cannot have 'fields' and "
                        + "'references'; put them on 'Post.author'"),
                problems(PG + """
                model User {
                    id     Int    @id
                    posts  Post[] @relation(fields: [postId], references: [id])
                    postId Int
                }
                model Post {
                    id     Int  @id
                    author User
                }
                """));
    }

    @Test
    void unknownAttributeIsAnError() {
        assertEquals(List.of("s.zmodel:3:16: error: unknown attribute '@primary'"), problems(PG + """
                model User {
                    id Int @id @primary
                }
                """));
    }

    @Test
    void unknownAttributeIsAWarningWhenAThirdPartyPluginIsDeclared() {
        assertEquals(
                List.of("s.zmodel:6:16: warning: unknown attribute '@encrypted' (assumed to come from a plugin)"),
                problems(PG + """
                        plugin crypto {
                            provider = "zenstack-encryption"
                        }
                        model User {
                            id Int @id @encrypted
                        }
                        """));
    }

    @Test
    void unknownNamedArgument() {
        assertEquals(
                List.of("s.zmodel:3:24: error: unknown argument 'nmae' for '@unique' (expected one of: map, "
                        + "length, sort, clustered)"),
                problems(PG + """
                model User {
                    id Int @id @unique(nmae: "x")
                }
                """));
    }

    @Test
    void missingRequiredArgument() {
        assertEquals(List.of("s.zmodel:5:5: error: missing argument 'name' for '@@map'"), problems(PG + """
                model User {
                    id Int @id

                    @@map()
                }
                """));
    }

    @Test
    void wrongArgumentType() {
        assertEquals(
                List.of(
                        "s.zmodel:3:26: error: argument 'name' of '@map' must be a string",
                        "s.zmodel:4:26: error: argument 'x' of '@db.Char' must be an integer"),
                problems(PG + """
                model User {
                    id   Int    @id @map(1)
                    code String @db.Char("3")
                }
                """));
    }

    @Test
    void enumArgumentMustNameAValue() {
        assertEquals(
                List.of("s.zmodel:8:77: error: 'Cascde' is not a value of enum 'ReferentialAction'"),
                problems(PG + """
                        model User {
                            id    Int    @id
                            posts Post[]
                        }
                        model Post {
                            id       Int  @id
                            author   User @relation(fields: [authorId], references: [id], onDelete: Cascde)
                            authorId Int
                        }
                        """));
    }

    @Test
    void modelAttributeOnAField() {
        assertEquals(
                List.of("s.zmodel:4:17: error: model attribute '@@map' cannot be used on field 'name'; did "
                        + "you mean '@map'?"),
                problems(PG + """
                model User {
                    id   Int    @id
                    name String @@map("user_name")
                }
                """));
    }

    @Test
    void internalAttributeOutsideDeclarations() {
        assertEquals(
                List.of("s.zmodel:3:16: error: internal attribute '@@@prisma' can only be used in attribute, "
                        + "function and procedure declarations"),
                problems(PG + """
                model User {
                    id Int @id @@@prisma
                }
                """));
    }

    @Test
    void updatedAtOnlyOnDateTime() {
        assertEquals(
                List.of("s.zmodel:4:18: error: attribute '@updatedAt' cannot be used on field 'stamp' of type "
                        + "String"),
                problems(PG + """
                model User {
                    id    Int    @id
                    stamp String @updatedAt
                }
                """));
    }

    /** The argument a message is about, and the model or enum a repeated attribute is on, are named in full. */
    @Test
    void argumentAndTargetNamesInMessages() {
        assertEquals(
                List.of(
                        "s.zmodel:3:22: error: unexpected positional argument for '@map'",
                        "s.zmodel:4:13: error: argument 'fields' of '@@index' must be a list of fields",
                        "s.zmodel:5:25: error: argument 'type' of '@@index' must be a value of enum 'IndexType'",
                        "s.zmodel:7:5: error: attribute '@@map' can be used only once on model 'User'",
                        "s.zmodel:10:17: error: attribute '@map' can be used only once on enum value 'A'"),
                problems(PG + """
                model User {
                    id Int @map("a", "b") @id
                    @@index(id)
                    @@index([id], type: "Hash")
                    @@map("users")
                    @@map("people")
                }
                enum Role {
                    A @map("a") @map("b")
                }
                """));
    }

    @Test
    void attributeUsedTwiceWhereOnceIsAllowed() {
        assertEquals(
                List.of("s.zmodel:3:24: error: attribute '@unique' can be used only once on field 'id'"),
                problems(PG + """
                        model User {
                            id Int @id @unique @unique
                        }
                        """));
    }

    @Test
    void postgresOnlyNativeTypeOnMySql() {
        assertEquals(
                List.of("s.zmodel:4:17: error: native type '@db.Citext' is not supported by the mysql provider"),
                problems(MYSQL + """
                        model User {
                            id   Int    @id
                            name String @db.Citext
                        }
                        """));
    }

    @Test
    void mySqlOnlyNativeTypeOnPostgres() {
        assertEquals(
                List.of("s.zmodel:4:14: error: native type '@db.TinyInt' is not supported by the postgresql "
                        + "provider"),
                problems(PG + """
                model User {
                    id   Int @id
                    flag Int @db.TinyInt
                }
                """));
    }

    @Test
    void sqliteHasNoNativeTypes() {
        assertEquals(
                List.of("s.zmodel:4:17: error: native type '@db.VarChar' is not supported by the sqlite " + "provider"),
                problems(SQLITE + """
                model User {
                    id   Int    @id
                    name String @db.VarChar(20)
                }
                """));
    }

    @Test
    void nativeTypeMustFitTheFieldType() {
        assertEquals(
                List.of("s.zmodel:4:13: error: native type '@db.VarChar' cannot be used on field 'age' of type "
                        + "Int (postgresql allows it on String)"),
                problems(PG + """
                model User {
                    id  Int @id
                    age Int @db.VarChar(3)
                }
                """));
    }

    @Test
    void twoFieldsMappedToTheSameColumn() {
        assertEquals(
                List.of("s.zmodel:5:5: error: field 'mail' of model 'User' maps to column 'email', which field "
                        + "'email' already uses"),
                problems(PG + """
                model User {
                    id    Int    @id
                    email String
                    mail  String @map("email")
                }
                """));
    }

    @Test
    void twoModelsMappedToTheSameTable() {
        assertEquals(
                List.of("s.zmodel:8:1: error: model 'Member' maps to table 'users', which 'User' already uses"),
                problems(PG + """
                        model User {
                            id Int @id

                            @@map("users")
                        }

                        model Member {
                            id Int @id

                            @@map("users")
                        }
                        """));
    }

    @Test
    void namedMapArgumentsClashLikePositionalOnes() {
        assertEquals(
                List.of(
                        "s.zmodel:5:5: error: field 'mail' of model 'User' maps to column 'email', which field "
                                + "'email' already uses",
                        "s.zmodel:9:1: error: model 'Member' maps to table 'users', which 'User' already uses"),
                problems(PG + """
                        model User {
                            id    Int    @id
                            email String
                            mail  String @map(name: "email")

                            @@map("users")
                        }
                        model Member {
                            id Int @id

                            @@map(name: "users")
                        }
                        """));
    }

    @Test
    void enumDefaultMustNameAMember() {
        assertEquals(
                List.of("s.zmodel:8:24: error: default value 'OWNER' is not a value of enum 'Role'"),
                problems(PG + """
                        enum Role {
                            USER
                            ADMIN
                        }
                        model User {
                            id   Int  @id
                            role Role @default(OWNER)
                        }
                        """));
    }

    @Test
    void defaultValueMustFitTheType() {
        assertEquals(
                List.of(
                        "s.zmodel:4:29: error: default value of field 'count' must be an integer",
                        "s.zmodel:5:29: error: default value of field 'active' must be true or false"),
                problems(PG + """
                model Counter {
                    id     Int     @id
                    count  Int     @default(1.5)
                    active Boolean @default("yes")
                }
                """));
    }

    @Test
    void unknownFunctionInDefault() {
        assertEquals(List.of("s.zmodel:3:28: error: unknown function 'uuid7'"), problems(PG + """
                model User {
                    id String @id @default(uuid7())
                }
                """));
    }

    @Test
    void functionNotAllowedInDefaultValues() {
        assertEquals(
                List.of("s.zmodel:3:28: error: function 'isEmail' cannot be used in a default value"),
                problems(PG + """
                        model User {
                            id String @id @default(isEmail("a"))
                        }
                        """));
    }

    @Test
    void indexOnUnknownField() {
        assertEquals(List.of("s.zmodel:6:21: error: field 'slug' does not exist in model 'Post'"), problems(PG + """
                model Post {
                    id    Int    @id
                    title String

                    @@index([title, slug])
                }
                """));
    }

    @Test
    void scalarListsOnlyOnPostgres() {
        assertEquals(
                List.of("s.zmodel:4:10: error: field 'tags': lists of scalars are only supported by postgresql, "
                        + "not sqlite"),
                problems(SQLITE + """
                model Post {
                    id   Int      @id
                    tags String[]
                }
                """));
    }

    @Test
    void optionalList() {
        assertEquals(List.of("s.zmodel:4:10: error: field 'tags' cannot be an optional list"), problems(PG + """
                model Post {
                    id   Int       @id
                    tags String[]?
                }
                """));
    }

    @Test
    void unsupportedProvider() {
        assertEquals(
                List.of("s.zmodel:2:16: error: unsupported provider 'mongodb': expected \"postgresql\", "
                        + "\"mysql\" or \"sqlite\""),
                problems("""
                datasource db {
                    provider = "mongodb"
                }
                """));
    }

    @Test
    void datasourceWithoutProvider() {
        assertEquals(
                List.of("s.zmodel:1:1: error: datasource 'db' needs a provider: \"postgresql\", \"mysql\" or "
                        + "\"sqlite\""),
                problems("""
                datasource db {
                    url = env("DATABASE_URL")
                }
                """));
    }

    @Test
    void schemaWithoutDatasource() {
        assertEquals(
                List.of("s.zmodel:1:1: error: the schema has no datasource: add a 'datasource' block with a "
                        + "provider"),
                problems("""
                model User {
                    id Int @id
                }
                """));
    }

    @Test
    void typedJsonFieldNeedsJsonAttribute() {
        assertEquals(
                List.of("s.zmodel:7:5: error: field 'address' of custom type 'Address' needs @json"),
                problems(PG + """
                        type Address {
                            city String
                        }
                        model User {
                            id      Int     @id
                            address Address
                        }
                        """));
    }

    @Test
    void extendingAModelWithoutDelegate() {
        assertEquals(
                List.of("s.zmodel:5:1: error: model 'Post' cannot extend 'Content': the base model needs "
                        + "@@delegate"),
                problems(PG + """
                model Content {
                    id Int @id
                }
                model Post extends Content {
                    title String
                }
                """));
    }

    @Test
    void invalidPolicyOperation() {
        assertEquals(
                List.of("s.zmodel:5:13: error: invalid operation 'raed' in '@@allow': expected 'all', "
                        + "'create', 'delete', 'post-update', 'read', 'update'"),
                problems(PG + """
                model User {
                    id Int @id

                    @@allow("raed", true)
                }
                """));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\"billing\"", "map: \"billing\""})
    void schemaAttributeNeedsTheSchemaListed(String argument) {
        assertEquals(
                List.of("s.zmodel:9:5: error: schema 'billing' is not listed in the datasource's 'schemas'"),
                problems("""
                        datasource db {
                            provider = "postgresql"
                            schemas  = ["public", "audit"]
                        }

                        model Invoice {
                            id Int @id

                            @@schema(%s)
                        }
                        """.formatted(argument)));
    }

    @Test
    void extensionsInPrismasSpellingAreAccepted() {
        assertEquals(List.of(), problems("""
                datasource db {
                    provider   = "postgresql"
                    extensions = [citext, uuid_ossp(map: "uuid-ossp", schema: "ext"), postgis(version: "3.4")]
                }
                """));
    }

    @Test
    void extensionsErrors() {
        assertEquals(
                List.of(
                        "s.zmodel:3:26: error: extension 'citext' takes the arguments map:, schema: and version:, "
                                + "each a string",
                        "s.zmodel:3:59: error: 'schema' of extension 'pg_trgm' must be a string",
                        "s.zmodel:3:63: error: an entry of 'extensions' is an extension's name, e.g. citext or "
                                + "uuid_ossp(map: \"uuid-ossp\")",
                        "s.zmodel:3:68: error: extension 'citext' is listed twice in 'extensions'"),
                problems("""
                        datasource db {
                            provider   = "postgresql"
                            extensions = [citext(cascade: "yes"), pg_trgm(schema: 1), "x", citext]
                        }
                        """));
        assertEquals(
                List.of("s.zmodel:3:5: error: 'extensions' is only supported by the postgresql provider"),
                problems("""
                        datasource db {
                            provider   = "sqlite"
                            extensions = [citext]
                        }
                        """));
    }

    @Test
    void severalSemanticErrorsAreAllReportedSorted() {
        List<String> problems = problems(MYSQL + """
                enum Role {
                    USER
                    USER
                }

                model User {
                    id    Int?     @id
                    tags  String[]
                    role  Role     @default(ROOT)
                    posts Post[]
                    name  Strng
                }

                model Post {
                    id     Int  @id
                    author User
                }
                """);
        assertEquals(
                List.of(
                        "s.zmodel:4:5: error: duplicate value 'USER' in enum 'Role'",
                        "s.zmodel:8:5: error: @id field 'id' cannot be optional",
                        "s.zmodel:9:11: error: field 'tags': lists of scalars are only supported by postgresql, not mysql",
                        "s.zmodel:10:29: error: default value 'ROOT' is not a value of enum 'Role'",
                        "s.zmodel:12:11: error: unknown type 'Strng'",
                        "s.zmodel:17:5: error: relation field 'author' of model 'Post' needs @relation(fields: [...], "
                                + "references: [...])"),
                problems);
    }
}
