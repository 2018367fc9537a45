package dev.zmodel.lang;

import dev.zmodel.lang.ast.Argument;
import dev.zmodel.lang.ast.Attribute;
import dev.zmodel.lang.ast.BlockAttribute;
import dev.zmodel.lang.ast.ConfigBlock;
import dev.zmodel.lang.ast.ConfigField;
import dev.zmodel.lang.ast.DataModel;
import dev.zmodel.lang.ast.Document;
import dev.zmodel.lang.ast.EnumDecl;
import dev.zmodel.lang.ast.EnumValue;
import dev.zmodel.lang.ast.Expr;
import dev.zmodel.lang.ast.Field;
import dev.zmodel.lang.ast.FieldType;
import dev.zmodel.lang.ast.Span;
import dev.zmodel.lang.ast.Trivia;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Printing an AST built in code (as db pull does: no spans, no raw literal text) gives canonical text. */
class GeneratedAstPrintTest {
    @Test
    void generatedDocumentPrintsCanonicallyWithDoubleQuotes() {
        ConfigBlock ds = new ConfigBlock(
                ConfigBlock.Kind.DATASOURCE,
                "db",
                List.of(
                        ConfigField.of("provider", Expr.StringLiteral.of("postgresql")),
                        ConfigField.of(
                                "url",
                                Expr.Invocation.of("env", Argument.positional(Expr.StringLiteral.of("DB_URL"))))),
                List.of(),
                Trivia.NONE,
                Span.NONE);
        EnumDecl role = new EnumDecl(
                "Role",
                List.of(
                        EnumValue.of("USER", List.of()),
                        EnumValue.of(
                                "guestX",
                                List.of(Attribute.of("@map", Argument.positional(Expr.StringLiteral.of("guest-x")))))),
                List.of(),
                Trivia.NONE,
                Span.NONE);
        DataModel user = new DataModel(
                DataModel.Kind.MODEL,
                "AppUser",
                List.of(),
                null,
                List.of(
                        Field.of(
                                "id",
                                FieldType.of("Int", false, false),
                                List.of(
                                        Attribute.of("@id"),
                                        Attribute.of(
                                                "@default", Argument.positional(Expr.Invocation.of("autoincrement"))))),
                        Field.of(
                                "note",
                                FieldType.of("String", false, true),
                                List.of(Attribute.of(
                                        "@default", Argument.positional(Expr.StringLiteral.of("it's \"quoted\"\n"))))),
                        Field.of(
                                "role",
                                FieldType.of("Role", false, false),
                                List.of(Attribute.of("@default", Argument.positional(Expr.Reference.of("USER"))))),
                        Field.of("tags", FieldType.of("String", true, false), List.of()),
                        Field.of(
                                "total",
                                FieldType.unsupported("integer GENERATED ALWAYS AS (a + b) STORED", true),
                                List.of()),
                        BlockAttribute.of(
                                Attribute.of("@@map", Argument.positional(Expr.StringLiteral.of("app_user")))),
                        BlockAttribute.of(Attribute.of(
                                "@@index",
                                Argument.positional(Expr.Array.of(List.of(
                                        Expr.Reference.of("role"),
                                        Expr.Invocation.of(
                                                "note", Argument.named("sort", Expr.Reference.of("Desc")))))),
                                Argument.named("map", Expr.StringLiteral.of("idx"))))),
                List.of(),
                Trivia.docs(List.of("An application user.")),
                Span.NONE);
        Document doc = new Document(null, List.of(), List.of(ds, role, user), List.of());

        String printed = ZModelFiles.print(doc);

        assertEquals("""
                datasource db {
                    provider = "postgresql"
                    url      = env("DB_URL")
                }

                enum Role {
                    USER
                    guestX @map("guest-x")
                }

                /// An application user.
                model AppUser {
                    id    Int                                                        @id @default(autoincrement())
                    note  String?                                                    @default("it's \\"quoted\\"\\n")
                    role  Role                                                       @default(USER)
                    tags  String[]
                    total Unsupported("integer GENERATED ALWAYS AS (a + b) STORED")?

                    @@map("app_user")
                    @@index([role, note(sort: Desc)], map: "idx")
                }
                """, printed);
        assertEquals(printed, ZModelFiles.formatText(printed, "generated.zmodel"));
        ParseResult reparsed = ZModelParser.parse(printed, "generated.zmodel");
        assertEquals(
                "it's \"quoted\"\n",
                ((Expr.StringLiteral) reparsed.document()
                                .models()
                                .get(0)
                                .fields()
                                .get(1)
                                .attribute("@default")
                                .orElseThrow()
                                .positional(0)
                                .orElseThrow())
                        .value());
    }

    @Test
    void expressionsPrintWithNormalisedSpacing() {
        String formatted = ZModelFiles.formatText("""
                model A {
                    id Int @id
                    @@allow('read',auth()!=null&&(owner==auth()||members?[m,m.user==auth()]))
                    @@deny("all",!published&&tags![t,t in ['a','b']]&&meta=={k:1,v:[1,2]})
                    @@validate(x>=1&&x<=10||items^[size>0], "msg")
                }
                """, "e.zmodel");
        assertEquals("""
                model A {
                    id Int @id

                    @@allow('read', auth() != null && (owner == auth() || members?[m, m.user == auth()]))
                    @@deny("all", !published && tags![t, t in ['a', 'b']] && meta == { k: 1, v: [1, 2] })
                    @@validate(x >= 1 && x <= 10 || items^[size > 0], "msg")
                }
                """, formatted);
    }
}
