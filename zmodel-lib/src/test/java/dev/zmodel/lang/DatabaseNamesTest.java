package dev.zmodel.lang;

import dev.zmodel.lang.ast.AttributeDecl;
import dev.zmodel.lang.ast.DataModel;
import dev.zmodel.lang.ast.Document;
import dev.zmodel.lang.ast.EnumDecl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code @map}, {@code @@map} and {@code @@schema} read alike with positional and named arguments. */
class DatabaseNamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {"positional|''|''", "named|'name: '|'map: '"})
    void mapNamesTablesColumnsEnumsAndValues(String form, String mapArgument, String schemaArgument) {
        String text = """
                datasource db {
                    provider = "postgresql"
                    url      = env("DATABASE_URL")
                    schemas  = ["public", "auth"]
                }

                enum Role {
                    ADMIN @map(%1$s"admin")
                    USER

                    @@map(%1$s"role")
                    @@schema(%2$s"auth")
                }

                model User {
                    id   Int    @id
                    name String @map(%1$s"full_name")
                    role Role

                    @@map(%1$s"users")
                    @@schema(%2$s"auth")
                }

                model Post {
                    id Int @id
                }
                """.formatted(mapArgument, schemaArgument);
        Document doc = valid(text);
        DataModel user = model(doc, "User");
        EnumDecl role = doc.declarations().stream()
                .filter(EnumDecl.class::isInstance)
                .map(EnumDecl.class::cast)
                .findFirst()
                .orElseThrow();

        assertEquals("users", DatabaseNames.table(user), form);
        assertEquals(Optional.of("auth"), DatabaseNames.schema(user), form);
        assertEquals("full_name", DatabaseNames.column(user.field("name").orElseThrow()), form);
        assertEquals("id", DatabaseNames.column(user.field("id").orElseThrow()), "no @map: the field name");
        assertEquals("role", DatabaseNames.enumName(role), form);
        assertEquals(Optional.of("auth"), DatabaseNames.schema(role), form);
        assertEquals(
                List.of("admin", "USER"),
                role.values().stream().map(DatabaseNames::enumValue).toList(),
                form);
        assertEquals("Post", DatabaseNames.table(model(doc, "Post")), "no @@map: the model name");
        assertEquals(Optional.empty(), DatabaseNames.schema(model(doc, "Post")), "no @@schema");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"@map, name", "@@map, name", "@@schema, map"})
    void theArgumentNamesAreTheOnesTheStandardLibraryDeclares(String attribute, String parameter) {
        AttributeDecl decl = Stdlib.get().attribute(attribute).orElseThrow();
        assertEquals(1, decl.params().size(), attribute);
        assertTrue(decl.params().get(0).positional(), attribute + " takes its argument positionally too");
        assertEquals(parameter, decl.params().get(0).name(), attribute);
        assertEquals(
                parameter,
                attribute.equals("@@schema") ? DatabaseNames.SCHEMA_PARAMETER : DatabaseNames.MAP_PARAMETER,
                attribute);
    }

    private static Document valid(String text) {
        ParseResult parsed = ZModelParser.parse(text, "schema.zmodel");
        List<Diagnostic> errors = new java.util.ArrayList<>(parsed.diagnostics());
        errors.addAll(SchemaValidator.validate(List.of(parsed.document())));
        errors.removeIf(d -> !d.isError());
        assertEquals(List.of(), errors.stream().map(Diagnostic::format).toList(), "the validator accepts\n" + text);
        return parsed.document();
    }

    private static DataModel model(Document doc, String name) {
        return doc.declarations().stream()
                .filter(d -> d instanceof DataModel m && m.name().equals(name))
                .map(DataModel.class::cast)
                .findFirst()
                .orElseThrow();
    }
}
