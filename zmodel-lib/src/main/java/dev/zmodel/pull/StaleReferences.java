package dev.zmodel.pull;

import dev.zmodel.lang.ast.Argument;
import dev.zmodel.lang.ast.Attribute;
import dev.zmodel.lang.ast.BlockAttribute;
import dev.zmodel.lang.ast.Field;
import dev.zmodel.lang.ast.Member;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Warns when a kept user attribute ({@code @@allow}, {@code @@validate}, {@code @computed}, ...) still names a
 * field that the merge removed because its column is gone: the attribute is kept (it is the user's), and the
 * warning says what to fix.
 */
final class StaleReferences {
    private static final Set<String> DATABASE = Set.of(
            "@id",
            "@unique",
            "@default",
            "@relation",
            "@map",
            "@@id",
            "@@unique",
            "@@index",
            "@@fulltext",
            "@@map",
            "@@schema");

    private StaleReferences() {}

    static void check(MergePlan plan, String model, List<String> removedFields, List<Member> kept) {
        if (removedFields.isEmpty()) {
            return;
        }
        for (Member m : kept) {
            List<Attribute> attributes = m instanceof Field f
                    ? f.attributes()
                    : m instanceof BlockAttribute b ? List.of(b.attribute()) : List.of();
            for (Attribute a : attributes) {
                if (DATABASE.contains(a.name()) || a.name().startsWith("@db.")) {
                    continue;
                }
                List<String> names = new ArrayList<>();
                for (Argument arg : a.args()) {
                    Ast.references(arg.value(), names);
                }
                Set<String> stale = new LinkedHashSet<>(names);
                stale.retainAll(removedFields);
                if (!stale.isEmpty()) {
                    String where = m instanceof Field f ? model + "." + f.name() : "model " + model;
                    plan.warn(
                            MergeWarning.Kind.STALE_REFERENCE,
                            where,
                            a.name() + " refers to " + String.join(", ", stale)
                                    + ", which was removed because its column is gone. Update or remove the attribute.");
                }
            }
        }
    }
}
