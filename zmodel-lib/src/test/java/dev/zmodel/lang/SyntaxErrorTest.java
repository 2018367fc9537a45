package dev.zmodel.lang;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Syntax errors: exact message and position, several per file, and a best-effort document. */
class SyntaxErrorTest {
    private static List<String> errors(String text) {
        return ZModelParser.parse(text, "s.zmodel").diagnostics().stream()
                .map(Diagnostic::format)
                .toList();
    }

    @Test
    void missingClosingBraceNamesTheBlockAndWhereItOpened() {
        assertEquals(List.of("s.zmodel:4:1: error: expected '}' to close model 'User' opened at 1:1"), errors("""
                model User {
                    id Int @id

                model Post {
                    id Int @id
                }
                """));
    }

    @Test
    void missingClosingBraceAtEndOfFile() {
        assertEquals(List.of("s.zmodel:2:15: error: expected '}' to close enum 'Role' opened at 1:1"), errors("""
                enum Role {
                    USER ADMIN
                """));
    }

    @Test
    void unexpectedTokenAtTheTopLevel() {
        assertEquals(
                List.of("s.zmodel:1:1: error: unexpected token 'foo': expected a declaration (model, view, "
                        + "type, enum, datasource, generator, plugin, attribute, function or procedure)"),
                errors("""
                foo bar
                model A {
                    id Int @id
                }
                """));
    }

    @Test
    void fieldWithoutType() {
        assertEquals(List.of("s.zmodel:2:7: error: expected a type for field 'id' but found end of line"), errors("""
                model A {
                    id
                    name String
                }
                """));
    }

    @Test
    void unterminatedStringStopsAtTheEndOfItsLine() {
        assertEquals(
                List.of("s.zmodel:2:16: error: unterminated string literal (strings cannot span lines)"), errors("""
                        datasource db {
                            provider = "postgresql
                            url      = "x"
                        }
                        """));
    }

    @Test
    void unclosedArgumentListIsReportedWhereTheParenthesisIsMissing() {
        assertEquals(
                List.of("s.zmodel:2:30: error: expected ')' to close the arguments of '@default' opened at 2:24"),
                errors("""
                        model A {
                            id Int @id @default(now()
                            name String
                        }
                        """));
    }

    @Test
    void unexpectedCharacter() {
        assertEquals(List.of("s.zmodel:2:16: error: unexpected character '#'"), errors("""
                model A {
                    id Int @id #
                }
                """));
    }

    @Test
    void configFieldWithoutEquals() {
        assertEquals(
                List.of("s.zmodel:2:14: error: expected '=' after 'provider' but found '\"sqlite\"'"), errors("""
                datasource db {
                    provider "sqlite"
                }
                """));
    }

    @Test
    void fieldAttributeWithoutField() {
        assertEquals(
                List.of("s.zmodel:4:5: error: attribute '@unique' must follow a field; model-level attributes "
                        + "start with '@@'"),
                errors("""
                model A {
                    id Int @id
                    @@map("a")
                    @unique
                }
                """));
    }

    @Test
    void importAfterDeclarations() {
        assertEquals(List.of("s.zmodel:4:1: error: imports must come before all declarations"), errors("""
                model A {
                    id Int @id
                }
                import "b"
                """));
    }

    @Test
    void junkAfterAField() {
        assertEquals(
                List.of("s.zmodel:2:16: error: unexpected token '=' after field 'id': expected an attribute or "
                        + "a new line"),
                errors("""
                model A {
                    id Int @id = 5
                }
                """));
    }

    @Test
    void unterminatedBlockComment() {
        assertEquals(List.of("s.zmodel:4:1: error: unterminated block comment (missing '*/')"), errors("""
                model A {
                    id Int @id
                }
                /* never closed
                """));
    }

    @Test
    void declarationWithoutName() {
        assertEquals(
                List.of(
                        "s.zmodel:1:7: error: expected a name for the model but found '{'",
                        "s.zmodel:1:7: error: unexpected token '{': expected a declaration (model, view, type, enum, "
                                + "datasource, generator, plugin, attribute, function or procedure)"),
                errors("""
                model {
                    id Int @id
                }
                """));
    }

    @Test
    void incompleteExpression() {
        assertEquals(List.of("s.zmodel:3:26: error: expected an expression but found ')'"), errors("""
                model A {
                    id Int @id
                    @@allow("read", id ==)
                }
                """));
    }

    @Test
    void junkInsideAnArgumentListIsSkippedToTheClosingParenthesis() {
        assertEquals(
                List.of("s.zmodel:2:29: error: unexpected token 'b' in the arguments of '@db.VarChar'"), errors("""
                        model A {
                            id String @db.VarChar(a b c) @id
                        }
                        """));
    }

    @Test
    void tooDeeplyNestedExpressionIsAnErrorNotAStackOverflow() {
        String deep = "(".repeat(5000) + "true" + ")".repeat(5000);
        List<String> errors = errors("model A {\n    id Int @id\n    @@allow(\"read\", " + deep + ")\n}\n");
        assertTrue(errors.get(0).startsWith("s.zmodel:3:"), errors.toString());
        assertTrue(errors.get(0).contains("expression is nested too deeply (more than 64 levels)"), errors.toString());
    }

    @Test
    void severalErrorsInOneFileAreAllReportedInOrder() {
        assertEquals(
                List.of(
                        "s.zmodel:2:12: error: unexpected character '$'",
                        "s.zmodel:6:9: error: expected a type for field 'name' but found end of line",
                        "s.zmodel:10:14: error: expected '=' after 'provider' but found '\"x\"'",
                        "s.zmodel:13:1: error: unexpected token 'oops': expected a declaration (model, view, type, enum, "
                                + "datasource, generator, plugin, attribute, function or procedure)",
                        "s.zmodel:15:1: error: expected '}' to close model 'C' opened at 14:1",
                        "s.zmodel:15:15: error: expected '}' to close enum 'E' opened at 15:1"),
                errors("""
                model A {
                    id Int $
                }

                model B {
                    name
                }

                generator g {
                    provider "x"
                }

                oops
                model C {
                enum E { X Y Z
                """));
    }

    @Test
    void bestEffortDocumentKeepsTheValidParts() {
        ParseResult r = ZModelParser.parse("""
                model A {
                    id Int @id
                    broken
                    name String
                }

                model B {
                    id Int @id
                """, "s.zmodel");
        assertTrue(r.hasErrors());
        assertEquals(
                List.of("A", "B"),
                r.document().models().stream().map(m -> m.name()).toList());
        assertEquals(
                List.of("id", "broken", "name"),
                r.document().models().get(0).fields().stream()
                        .map(f -> f.name())
                        .toList());
    }
}
