package dev.zmodel.pull;

import dev.zmodel.Provider;
import org.junit.jupiter.api.Test;

import static dev.zmodel.pull.MergeFixture.MYSQL;
import static dev.zmodel.pull.MergeFixture.PG;
import static dev.zmodel.pull.MergeFixture.SQLITE;
import static dev.zmodel.pull.MergeFixture.assertStable;
import static dev.zmodel.pull.MergeFixture.assertText;
import static dev.zmodel.pull.MergeFixture.merge;

/** Enums per provider: PostgreSQL names them, MySQL inlines them per column, SQLite has none. */
class MergeProviderEnumsTest {

    @Test
    void sqliteKeepsAnEnumTypedFieldWhoseColumnIsText() {
        String existing = SQLITE + """

                model User {
                    id   Int    @id
                    role Role   @default(USER)
                    tier Role?
                }

                enum Role {
                    USER
                    ADMIN
                }
                """;
        String fresh = """
                model User {
                    id   Int     @id
                    role String  @default("USER")
                    tier String?
                }
                """;
        String merged = merge(existing, fresh, Provider.SQLITE);
        assertText(SQLITE + """

                model User {
                    id   Int    @id
                    role Role   @default("USER")
                    tier Role?
                }

                enum Role {
                    USER
                    ADMIN
                }
                """, merged);
    }

    @Test
    void sqliteKeepsExistingEnumsEvenWhenNoFieldUsesThem() {
        String existing = SQLITE + """

                model User {
                    id Int @id
                }

                /// Used by the application only.
                enum Plan {
                    FREE
                    PRO
                }
                """;
        String fresh = """
                model User {
                    id Int @id
                }
                """;
        String merged = merge(existing, fresh, Provider.SQLITE);
        assertText(existing, merged);
        assertStable(merged, fresh, MergeOptions.of(Provider.SQLITE));
    }

    @Test
    void postgresRemovesAnEnumTheDatabaseNoLongerHasUnlessATypeUsesIt() {
        String existing = PG + """

                model User {
                    id Int @id
                }

                enum Old {
                    A
                }

                enum Mood {
                    HAPPY
                }

                type Profile {
                    mood Mood
                }
                """;
        String fresh = """
                model User {
                    id Int @id
                }
                """;
        assertText(PG + """

                model User {
                    id Int @id
                }

                enum Mood {
                    HAPPY
                }

                type Profile {
                    mood Mood
                }
                """, merge(existing, fresh));
    }

    @Test
    void mysqlMatchesEnumsThroughTheirColumnsAndFoldsEqualOnes() {
        String existing = MYSQL + """

                model User {
                    id   Int    @id
                    role Role
                }

                model Invite {
                    id   Int  @id
                    role Role
                }

                /// Who may do what.
                enum Role {
                    Member @map("member")
                    Admin  @map("admin")
                }
                """;
        String fresh = """
                model User {
                    id   Int      @id
                    role UserRole
                }

                model Invite {
                    id   Int        @id
                    role InviteRole
                }

                enum UserRole {
                    member
                    admin
                }

                enum InviteRole {
                    member
                    admin
                }
                """;
        String merged = merge(existing, fresh, Provider.MYSQL);
        assertText(existing, merged);
        assertStable(merged, fresh, MergeOptions.of(Provider.MYSQL));
    }
}
