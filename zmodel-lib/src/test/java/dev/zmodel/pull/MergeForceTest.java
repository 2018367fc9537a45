package dev.zmodel.pull;

import dev.zmodel.Provider;
import org.junit.jupiter.api.Test;

import static dev.zmodel.pull.MergeFixture.assertText;
import static dev.zmodel.pull.MergeFixture.merge;

/** {@code force}: the fresh result replaces the models and enums; everything else is kept. */
class MergeForceTest {

    @Test
    void replacesModelsAndEnumsAndKeepsEveryOtherDeclaration() {
        String existing = """
                import "./types"

                datasource db {
                    provider = "postgresql"
                    url      = env("DATABASE_URL")
                }

                plugin policy {
                    provider = "@zenstackhq/plugin-policy"
                }

                /// Renamed by hand.
                model Account {
                    id   Int    @id
                    mail String @map("email") @email

                    @@map("user")
                    @@allow("all", true)
                }

                enum Role {
                    A
                }

                function tenant(): String {
                }
                """;
        String fresh = """
                model User {
                    id    Int    @id
                    email String

                    @@map("user")
                }

                enum Role {
                    A
                    B
                }
                """;
        assertText(
                """
                import "./types"

                datasource db {
                    provider = "postgresql"
                    url      = env("DATABASE_URL")
                }

                plugin policy {
                    provider = "@zenstackhq/plugin-policy"
                }

                function tenant(): String {
                }

                model User {
                    id    Int    @id
                    email String

                    @@map("user")
                }

                enum Role {
                    A
                    B
                }
                """, merge(existing, fresh, MergeOptions.of(Provider.POSTGRESQL).withForce(true)));
    }
}
