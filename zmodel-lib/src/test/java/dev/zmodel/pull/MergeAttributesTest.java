package dev.zmodel.pull;

import dev.zmodel.Provider;
import org.junit.jupiter.api.Test;

import static dev.zmodel.pull.MergeFixture.PG;
import static dev.zmodel.pull.MergeFixture.assertStable;
import static dev.zmodel.pull.MergeFixture.assertText;
import static dev.zmodel.pull.MergeFixture.merge;

/** Field attributes: the database decides types, keys, defaults and native types; the user's extras stay. */
class MergeAttributesTest {

    @Test
    void databaseDecidesTypeNullabilityNativeTypeKeysAndDefaults() {
        String existing = PG + """

                model Product {
                    id    Int     @id @default(autoincrement())
                    name  String  @unique
                    price Float   @default(0)
                    sku   String?
                    tags  String
                }
                """;
        String fresh = """
                model Product {
                    id    BigInt   @id
                    name  String   @db.VarChar(100)
                    price Decimal  @default(0.00) @db.Decimal(10, 2)
                    sku   String   @unique
                    tags  String[]
                }
                """;
        assertText(PG + """

                model Product {
                    id    BigInt   @id
                    name  String   @db.VarChar(100)
                    price Decimal  @default(0.00) @db.Decimal(10, 2)
                    sku   String   @unique
                    tags  String[]
                }
                """, merge(existing, fresh));
    }

    @Test
    void keepsUpdatedAt() {
        String existing = PG + """

                model Post {
                    id       Int      @id
                    changed  DateTime @updatedAt @map("changed_at")
                }
                """;
        String fresh = """
                model Post {
                    id        Int      @id
                    changedAt DateTime @db.Timestamptz(6) @map("changed_at")
                }
                """;
        assertText(PG + """

                model Post {
                    id      Int      @id
                    changed DateTime @updatedAt @db.Timestamptz(6) @map("changed_at")
                }
                """, merge(existing, fresh));
    }

    @Test
    void keepsIgnoreOnFieldsAndModels() {
        String existing = PG + """

                model Legacy {
                    id     Int    @id
                    secret String @ignore

                    @@ignore
                }
                """;
        String fresh = """
                model Legacy {
                    id     Int    @id
                    secret String
                }
                """;
        assertText(existing, merge(existing, fresh));
    }

    @Test
    void keepsUuidDefaultWhenTheColumnHasNoDatabaseDefault() {
        assertClientDefaultKept("uuid()");
        assertClientDefaultKept("uuid(7)");
    }

    @Test
    void keepsCuidDefaultWhenTheColumnHasNoDatabaseDefault() {
        assertClientDefaultKept("cuid()");
        assertClientDefaultKept("cuid(2)");
    }

    @Test
    void keepsNanoidDefaultWhenTheColumnHasNoDatabaseDefault() {
        assertClientDefaultKept("nanoid(10)");
    }

    @Test
    void keepsUlidDefaultWhenTheColumnHasNoDatabaseDefault() {
        assertClientDefaultKept("ulid()");
    }

    @Test
    void keepsAuthDefaultWhenTheColumnHasNoDatabaseDefault() {
        String existing = PG + """

                model Post {
                    id      String @id @default(uuid())
                    ownerId String @default(auth().id)
                }
                """;
        String fresh = """
                model Post {
                    id      String @id
                    ownerId String
                }
                """;
        assertText(existing, merge(existing, fresh));
    }

    @Test
    void theDatabaseDefaultWinsOverAClientSideDefault() {
        String existing = PG + """

                model Token {
                    id String @id @default(uuid()) @db.Uuid
                }
                """;
        String fresh = """
                model Token {
                    id String @id @default(dbgenerated("gen_random_uuid()")) @db.Uuid
                }
                """;
        assertText(fresh.replace("model Token", PG + "\nmodel Token"), merge(existing, fresh));
    }

    @Test
    void dropsADatabaseDefaultTheDatabaseNoLongerHas() {
        String existing = PG + """

                model Post {
                    id        Int      @id
                    createdAt DateTime @default(now())
                    views     Int      @default(0)
                }
                """;
        String fresh = """
                model Post {
                    id        Int      @id
                    createdAt DateTime
                    views     Int
                }
                """;
        assertText(fresh.replace("model Post", PG + "\nmodel Post"), merge(existing, fresh));
    }

    @Test
    void keepsTheUsersSpellingOfAnEquivalentAttribute() {
        String existing = PG + """

                model Post {
                    id    Int    @id
                    title String @default('untitled')
                    slug  String @unique(map: 'post_slug_key', length: 10)
                }
                """;
        String fresh = """
                model Post {
                    id    Int    @id
                    title String @default("untitled")
                    slug  String @unique(length: 10, map: "post_slug_key")
                }
                """;
        String merged = merge(existing, fresh);
        assertText(existing, merged);
        assertStable(merged, fresh, MergeOptions.of(Provider.POSTGRESQL));
    }

    @Test
    void addsMapToMatchedDeclarationsWithAlwaysMap() {
        String existing = PG + """

                model user {
                    id Int @id
                }
                """;
        String fresh = """
                model User {
                    id Int @id @map("id")

                    @@map("user")
                }
                """;
        assertText(
                PG + """

                model user {
                    id Int @id @map("id")

                    @@map("user")
                }
                """,
                merge(existing, fresh, MergeOptions.of(Provider.POSTGRESQL).withAlwaysMap(true)));
        assertText(existing, merge(existing, fresh, MergeOptions.of(Provider.POSTGRESQL)));
    }

    private static void assertClientDefaultKept(String call) {
        String existing = PG + """

                model Item {
                    id String @id @default(%s)
                }
                """.formatted(call);
        String fresh = """
                model Item {
                    id String @id
                }
                """;
        assertText(existing, merge(existing, fresh));
    }
}
