package dev.zmodel.pull.generate;

import dev.zmodel.lang.ast.Argument;
import dev.zmodel.lang.ast.Attribute;
import dev.zmodel.lang.ast.Expr;
import dev.zmodel.pull.naming.Layout;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Attributes are ordered by the preset's layout; attributes of equal rank keep the order they were given in. */
class AttributesOrderTest {
    private static final Layout LAYOUT = new Layout(
            List.of("@id", "@unique", "@default", "@map", "@db"),
            List.of("@@id", "@@unique", "@@index", "@@map"),
            false);

    @Test
    void fieldAttributesFollowTheLayoutAndUnknownOnesGoLast() {
        List<Attribute> given = List.of(
                Attribute.of("@db.VarChar"),
                Attribute.of("@custom"),
                Attribute.of("@map", Argument.positional(Expr.StringLiteral.of("a"))),
                Attribute.of("@id"),
                Attribute.of("@default", Argument.positional(Expr.StringLiteral.of("x"))));

        assertEquals(
                List.of("@id", "@default", "@map", "@db.VarChar", "@custom"),
                names(Attributes.orderField(LAYOUT, given)));
    }

    @Test
    void equalRanksKeepTheirOrder() {
        List<Attribute> given = List.of(
                Attribute.of("@@index", Argument.positional(Expr.StringLiteral.of("b"))),
                Attribute.of("@@map", Argument.positional(Expr.StringLiteral.of("t"))),
                Attribute.of("@@unique", Argument.positional(Expr.StringLiteral.of("u2"))),
                Attribute.of("@@fulltext", Argument.positional(Expr.StringLiteral.of("f"))),
                Attribute.of("@@index", Argument.positional(Expr.StringLiteral.of("a"))),
                Attribute.of("@@unique", Argument.positional(Expr.StringLiteral.of("u1"))),
                Attribute.of("@@id"));

        List<Attribute> sorted = Attributes.orderBlock(LAYOUT, given);

        // @@fulltext ranks with @@index: the three keep the order they were given in
        assertEquals(
                List.of("@@id", "@@unique u2", "@@unique u1", "@@index b", "@@fulltext f", "@@index a", "@@map t"),
                sorted.stream().map(AttributesOrderTest::describe).toList());
    }

    @Test
    void theGivenListIsLeftAsItWas() {
        List<Attribute> given = new ArrayList<>(List.of(Attribute.of("@map"), Attribute.of("@id")));

        Attributes.orderField(LAYOUT, given);

        assertEquals(List.of("@map", "@id"), names(given));
        assertEquals(List.of(), Attributes.orderField(LAYOUT, List.of()));
    }

    private static List<String> names(List<Attribute> attributes) {
        return attributes.stream().map(Attribute::name).toList();
    }

    private static String describe(Attribute a) {
        return a.args().isEmpty()
                ? a.name()
                : a.name() + " " + ((Expr.StringLiteral) a.args().get(0).value()).value();
    }
}
