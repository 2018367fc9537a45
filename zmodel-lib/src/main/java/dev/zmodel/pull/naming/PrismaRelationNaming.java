package dev.zmodel.pull.naming;

import java.util.ArrayList;
import java.util.List;

/**
 * Prisma's relation names ({@code introspection_map/relation_names.rs}), from model names before duplicate
 * resolution and column field names:
 * <ul>
 *   <li>unambiguous: no relation name, forward field = referenced model, back field = referencing model;</li>
 *   <li>self relation: name {@code {A}To{A}}, forward {@code A}, back {@code other_A};</li>
 *   <li>ambiguous (another relation links the same models, or a key column is named like the referenced
 *       model): name {@code {A}_{col1}_{col2}To{B}}, forward {@code {B}_{name}}, back {@code [other_]{A}_{name}};</li>
 *   <li>implicit many-to-many: name = join table without {@code _} (written unless it is the default
 *       {@code {A}To{B}} of an unambiguous, non-self pair), fields named after the other model, self relations
 *       {@code {M}_A}/{@code {M}_B}; when the pair has other relations the fields get {@code _{name}}.</li>
 * </ul>
 */
final class PrismaRelationNaming implements RelationNaming {
    @Override
    public Result name(RelationSet set) {
        List<RelationNames> inline = new ArrayList<>();
        for (RelationSet.Inline r : set.inline()) {
            String a = r.from().base();
            String b = r.to().base();
            boolean ambiguous = set.relationsBetween(r.from().name(), r.to().name()) > 1
                    || r.fkFields().contains(b);
            if (!ambiguous && !r.self()) {
                inline.add(new RelationNames(null, b, a));
            } else if (!ambiguous) {
                inline.add(new RelationNames(a + "To" + a, a, "other_" + a));
            } else {
                String name = a + "_" + String.join("_", r.fkFields()) + "To" + b;
                inline.add(new RelationNames(name, b + "_" + name, (r.self() ? "other_" : "") + a + "_" + name));
            }
        }
        List<RelationNames> manyToMany = new ArrayList<>();
        for (RelationSet.ManyToMany r : set.manyToMany()) {
            String name = r.joinTable().substring(1);
            boolean others = set.relationsBetween(r.a().name(), r.b().name()) > 1;
            String first = r.a().name().compareTo(r.b().name()) <= 0 ? r.a().name() : r.b().name();
            String second = first.equals(r.a().name()) ? r.b().name() : r.a().name();
            boolean defaultName = name.equals(first + "To" + second);
            String relationName = r.self() || others || !defaultName ? name : null;
            String suffix = others ? "_" + name : "";
            if (r.self()) {
                manyToMany.add(
                        new RelationNames(relationName, r.a().base() + suffix + "_A", r.a().base() + suffix + "_B"));
            } else {
                manyToMany.add(new RelationNames(relationName, r.b().base() + suffix, r.a().base() + suffix));
            }
        }
        return new Result(inline, manyToMany);
    }
}
