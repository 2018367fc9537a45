package dev.zmodel.pull;

import dev.zmodel.Provider;
import dev.zmodel.lang.ParseResult;
import dev.zmodel.lang.ZModelFiles;
import dev.zmodel.lang.ZModelParser;
import dev.zmodel.lang.ast.Document;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Merges hand-written ZModel texts: an existing schema (one or several files) and a fresh schema as the
 * generator writes it (models, views and enums only). Expected texts are compared after formatting them, so
 * tests need not align columns by hand; everything else must match exactly.
 */
final class MergeFixture {
    private MergeFixture() {}

    static Document parse(String text, String path) {
        ParseResult parsed = ZModelParser.parse(text, path);
        assertFalse(parsed.hasErrors(), () -> "fixture does not parse: " + parsed.diagnostics());
        return parsed.document();
    }

    static MergeResult mergeFiles(List<String> existingTexts, String fresh, MergeOptions options) {
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < existingTexts.size(); i++) {
            docs.add(parse(existingTexts.get(i), i == 0 ? "schema.zmodel" : "file" + i + ".zmodel"));
        }
        return SchemaMerger.merge(docs, parse(fresh, null), options);
    }

    static MergeResult mergeResult(String existing, String fresh, MergeOptions options) {
        return mergeFiles(List.of(existing), fresh, options);
    }

    static String merge(String existing, String fresh, MergeOptions options) {
        return ZModelFiles.print(
                mergeResult(existing, fresh, options).documents().get(0));
    }

    static String merge(String existing, String fresh, Provider provider) {
        return merge(existing, fresh, MergeOptions.of(provider));
    }

    static String merge(String existing, String fresh) {
        return merge(existing, fresh, Provider.POSTGRESQL);
    }

    /** Asserts the merged text equals the expected text in canonical form. */
    static void assertText(String expected, String actual) {
        assertEquals(ZModelFiles.formatText(expected, "expected.zmodel"), actual);
    }

    /** Merging the same fresh schema into the merged result again gives the identical text. */
    static void assertStable(String merged, String fresh, MergeOptions options) {
        assertEquals(merged, merge(merged, fresh, options), "a second merge of the same database changed the schema");
    }

    static final String PG = """
            datasource db {
                provider = "postgresql"
                url      = env("DATABASE_URL")
            }
            """;

    static final String SQLITE = """
            datasource db {
                provider = "sqlite"
                url      = "file:./dev.db"
            }
            """;

    static final String MYSQL = """
            datasource db {
                provider = "mysql"
                url      = env("DATABASE_URL")
            }
            """;
}
