package dev.zmodel.lang;

import dev.zmodel.Provider;
import dev.zmodel.lang.ast.DataModel;
import dev.zmodel.lang.ast.Field;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Symbol resolution across files: types, mixin/inherited fields, the standard library. */
class SchemaIndexTest {
    private static SchemaIndex index(String file) {
        return SchemaIndex.of(ZModelFiles.load(Corpus.DIR.resolve(file)));
    }

    @Test
    void resolvesFieldTypes() {
        SchemaIndex index = index("typed-json.zmodel");
        DataModel shop = index.model("Shop").orElseThrow();
        assertEquals(
                ResolvedType.Kind.BUILTIN,
                index.resolve(shop.field("name").orElseThrow().type()).kind());
        assertEquals(
                ResolvedType.Kind.TYPE,
                index.resolve(shop.field("location").orElseThrow().type()).kind());
        assertEquals(Provider.POSTGRESQL, index.provider().orElseThrow());
        assertTrue(index.typeDef("Address").isPresent());
        assertTrue(index.model("Address").isEmpty());

        SchemaIndex blog = index("blog.zmodel");
        DataModel post = blog.model("Post").orElseThrow();
        ResolvedType author = blog.resolve(post.field("author").orElseThrow().type());
        assertTrue(author.isRelation());
        assertEquals("User", author.model().name());
        assertEquals(
                ResolvedType.Kind.ENUM,
                blog.resolve(blog.model("User")
                                .orElseThrow()
                                .field("role")
                                .orElseThrow()
                                .type())
                        .kind());
        assertEquals(
                ResolvedType.Kind.UNSUPPORTED,
                index("native-sqlite.zmodel")
                        .resolve(index("native-sqlite.zmodel")
                                .model("SqliteTypes")
                                .orElseThrow()
                                .field("legacy")
                                .orElseThrow()
                                .type())
                        .kind());
    }

    @Test
    void allFieldsFlattensMixinsThenBaseThenOwnFields() {
        SchemaIndex mixins = index("mixins.zmodel");
        assertEquals(
                List.of("id", "createdAt", "updatedAt", "version", "ownerId", "path"),
                mixins.allFields(mixins.model("Document").orElseThrow()).stream()
                        .map(Field::name)
                        .toList());
        SchemaIndex delegates = index("delegates.zmodel");
        DataModel video = delegates.model("Video").orElseThrow();
        assertEquals(
                List.of("id", "kind", "owner", "ownerId", "createdAt", "url", "size", "mediaType", "duration"),
                delegates.allFields(video).stream().map(Field::name).toList());
        assertEquals("Media", delegates.superModel(video).orElseThrow().name());
        assertTrue(delegates.field(video, "ownerId").isPresent());
    }

    @Test
    void ownOrMixedInFieldsIncludeNestedMixinsAndExcludeTheBaseModels() {
        SchemaIndex mixins = index("mixins.zmodel");
        DataModel document = mixins.model("Document").orElseThrow();
        // Audited mixes in Base: its fields are the document's own, whatever the depth
        for (Field f : mixins.allFields(document)) {
            assertTrue(mixins.isOwnOrMixedIn(document, f), f.name());
        }
        SchemaIndex delegates = index("delegates.zmodel");
        DataModel video = delegates.model("Video").orElseThrow();
        List<String> own = delegates.allFields(video).stream()
                .filter(f -> delegates.isOwnOrMixedIn(video, f))
                .map(Field::name)
                .toList();
        assertEquals(List.of("duration"), own);
        // asked again (the answer is kept per model): the same
        assertEquals(
                own,
                delegates.allFields(video).stream()
                        .filter(f -> delegates.isOwnOrMixedIn(video, f))
                        .map(Field::name)
                        .toList());
        // a field of another model with the same name is not the video's
        DataModel image = delegates.model("Image").orElseThrow();
        assertFalse(delegates.isOwnOrMixedIn(video, image.field("width").orElseThrow()));
    }

    @Test
    void standardLibraryAndPolicyPluginAreAlwaysKnown() {
        SchemaIndex index = index("declarations.zmodel");
        assertTrue(index.attribute("@id").isPresent());
        assertTrue(index.attribute("@@deny").isPresent());
        assertTrue(index.attribute("@searchable").isPresent(), "user-declared attribute");
        assertTrue(index.function("auth").isPresent());
        assertTrue(index.function("isWeekend").isPresent());
        assertTrue(index.procedure("signUp").orElseThrow().mutation());
        assertEquals(
                "ReferentialAction",
                index.enumDecl("ReferentialAction").orElseThrow().name());
    }
}
