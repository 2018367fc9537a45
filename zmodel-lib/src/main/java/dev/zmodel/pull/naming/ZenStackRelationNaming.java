package dev.zmodel.pull.naming;

import dev.zmodel.pull.Casing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Friendly relation names for the {@code zenstack} preset. The <em>role</em> of a foreign key is its column's
 * field name without an id suffix ({@code authorId}, {@code author_id}, {@code AuthorID} → {@code author});
 * for a composite key the common leading word(s) of its fields ({@code userOrg}, {@code userCode} → {@code user});
 * otherwise the first field's name, and the role is then not "derived".
 * <ul>
 *   <li>forward field (on the model with the key): the derived role ({@code author}); else, when the relation
 *       needs a name, role + referenced model ({@code favoritedByUser}); else the referenced model
 *       ({@code user}). If a scalar field already has that name, {@code Relation} is appended
 *       ({@code userRelation}).</li>
 *   <li>back field: the referencing model, plural for one-to-many ({@code posts}, {@code categories},
 *       {@code boxes}); when the relation needs a name, followed by {@code As} + role
 *       ({@code messagesAsSender}, {@code usersAsManager}).</li>
 *   <li>relation name, only for self relations and when several relations link the same two models:
 *       referencing model + role in PascalCase ({@code MessageSender}, {@code UserManager}).</li>
 *   <li>implicit many-to-many: each side gets the plural of the other model ({@code Post.categories},
 *       {@code Category.posts}); a self relation gets {@code peopleA}/{@code peopleB} (A/B as the join table's
 *       columns); the relation name is the join table name without {@code _}, written when it is not the
 *       default {@code {A}To{B}}, for self relations and when other relations link the models.</li>
 * </ul>
 * All field names then get the field casing. Relation names are made unique with a numeric suffix.
 */
final class ZenStackRelationNaming implements RelationNaming {
    private final Casing fieldCasing;

    ZenStackRelationNaming(Casing fieldCasing) {
        this.fieldCasing = fieldCasing;
    }

    /** The role of a foreign key and whether it was derived from an id column (or common prefix). */
    record Role(String text, boolean derived) {}

    static Role role(List<String> fkFields) {
        if (fkFields.size() == 1) {
            String f = fkFields.get(0);
            String stripped = withoutIdSuffix(f);
            return stripped.isEmpty() || stripped.equals(f) ? new Role(f, false) : new Role(stripped, true);
        }
        String prefix = commonWordPrefix(fkFields);
        return prefix.isEmpty() ? new Role(fkFields.get(0), false) : new Role(prefix, true);
    }

    /**
     * The name without an id suffix: {@code Id} or {@code ID} after a lower-case letter or digit ({@code authorId}),
     * or {@code _id}, {@code _Id}, {@code _ID} ({@code author_id}); else the name as it is.
     */
    static String withoutIdSuffix(String name) {
        int n = name.length();
        if (n < 3 || !(name.endsWith("Id") || name.endsWith("ID") || name.endsWith("id"))) {
            return name;
        }
        char before = name.charAt(n - 3);
        if (before == '_') {
            return name.substring(0, n - 3);
        }
        boolean lowerOrDigit = before >= 'a' && before <= 'z' || before >= '0' && before <= '9';
        return lowerOrDigit && name.charAt(n - 2) == 'I' ? name.substring(0, n - 2) : name;
    }

    /** The longest common prefix of the names that ends before an upper-case letter or {@code _} in each. */
    static String commonWordPrefix(List<String> names) {
        String first = names.get(0);
        int lcp = first.length();
        for (String n : names) {
            int i = 0;
            while (i < lcp && i < n.length() && n.charAt(i) == first.charAt(i)) {
                i++;
            }
            lcp = i;
        }
        for (int p = lcp; p > 0; p--) {
            final int at = p;
            boolean boundary = names.stream()
                    .allMatch(n -> n.length() > at && (Character.isUpperCase(n.charAt(at)) || n.charAt(at) == '_'));
            if (boundary) {
                String prefix = first.substring(0, p);
                while (prefix.endsWith("_")) {
                    prefix = prefix.substring(0, prefix.length() - 1);
                }
                return prefix;
            }
        }
        return "";
    }

    @Override
    public Result name(RelationSet set) {
        Set<String> relationNames = new HashSet<>();
        List<RelationNames> manyToMany = new ArrayList<>();
        for (RelationSet.ManyToMany r : set.manyToMany()) {
            String name = r.joinTable().substring(1);
            String first = r.a().name().compareTo(r.b().name()) <= 0 ? r.a().name() : r.b().name();
            String second = first.equals(r.a().name()) ? r.b().name() : r.a().name();
            boolean others = set.relationsBetween(r.a().name(), r.b().name()) > 1;
            boolean needed = r.self() || others || !name.equals(first + "To" + second);
            relationNames.add(name);
            if (r.self()) {
                String base = Plurals.plural(cased(Casings.lowerFirst(r.a().name())));
                manyToMany.add(new RelationNames(name, cased(base + "A"), cased(base + "B")));
            } else {
                manyToMany.add(new RelationNames(
                        needed ? name : null,
                        cased(Plurals.plural(cased(Casings.lowerFirst(r.b().name())))),
                        cased(Plurals.plural(cased(Casings.lowerFirst(r.a().name()))))));
            }
        }
        List<RelationNames> inline = new ArrayList<>();
        for (RelationSet.Inline r : set.inline()) {
            Role role = role(r.fkFields());
            boolean named = r.self() || set.relationsBetween(r.from().name(), r.to().name()) > 1;
            String forward;
            if (role.derived()) {
                forward = role.text();
            } else if (named) {
                forward = role.text() + Casings.upperFirst(r.to().name());
            } else {
                forward = Casings.lowerFirst(r.to().name());
            }
            forward = cased(forward);
            if (set.scalarFields(r.from().name()).contains(forward)) {
                forward = cased(forward + "Relation");
            }
            String from = cased(Casings.lowerFirst(r.from().name()));
            String back = r.oneToOne() ? from : Plurals.plural(from);
            if (named) {
                back = back + "As" + Casings.upperFirst(role.text());
            }
            back = cased(back);
            String relationName = null;
            if (named) {
                relationName = unique(r.from().name() + Casings.pascal(role.text()), relationNames);
            }
            inline.add(new RelationNames(relationName, forward, back));
        }
        return new Result(inline, manyToMany);
    }

    private String cased(String name) {
        return Casings.apply(fieldCasing, name);
    }

    private static String unique(String name, Set<String> used) {
        String candidate = name;
        for (int n = 2; used.contains(candidate); n++) {
            candidate = UniqueNames.withSuffix(name, n);
        }
        used.add(candidate);
        return candidate;
    }
}
