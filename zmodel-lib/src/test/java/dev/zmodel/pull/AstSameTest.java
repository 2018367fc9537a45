package dev.zmodel.pull;

import dev.zmodel.lang.ZModelParser;
import dev.zmodel.lang.ast.Attribute;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link Ast#same(Attribute, Attribute)}: equal meaning, regardless of positions, quotes and named-argument order. */
class AstSameTest {
    private static Attribute attribute(String text) {
        return ZModelParser.parse("model M {\n    f Int " + text + "\n}\n", null)
                .document()
                .models()
                .get(0)
                .fields()
                .get(0)
                .attributes()
                .get(0);
    }

    private static boolean same(String a, String b) {
        return Ast.same(attribute(a), attribute(b));
    }

    @Test
    void ignoresQuoteStyleAndNamedArgumentOrder() {
        assertTrue(same("@unique(map: 'k', length: 10)", "@unique(length: 10, map: \"k\")"));
        assertTrue(same(
                "@relation(\"R\", fields: [a], references: [b])",
                "@relation(name: 'R', references: [b], fields: [a])"));
    }

    @Test
    void comparesEveryPositionalArgumentInOrder() {
        assertTrue(same("@length(1, 200)", "@length(1, 200)"));
        assertFalse(same("@length(1, 200)", "@length(1, 300)"));
        assertFalse(same("@length(1, 200)", "@length(200, 1)"));
    }

    @Test
    void seesDifferentValuesNamesAndExpressions() {
        assertFalse(same("@default(0)", "@default(0.00)"));
        assertFalse(same("@default(now())", "@default(dbgenerated(\"now()\"))"));
        assertFalse(same("@unique(map: \"a\")", "@unique(name: \"a\")"));
        assertFalse(same("@db.VarChar(10)", "@db.Char(10)"));
        assertTrue(same("@default(auth().id)", "@default(auth().id)"));
        assertFalse(same("@default(auth().id)", "@default(auth().email)"));
    }
}
