package dev.zmodel.pull;

import dev.zmodel.lang.ast.Attribute;
import dev.zmodel.lang.ast.Expr;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges the attributes of one field. The database decides {@code @id}, {@code @unique}, {@code @default},
 * {@code @db.*} and {@code @relation} (the relation name aside, see {@link OutputNames}); the user's
 * {@code @map}, {@code @updatedAt}, {@code @ignore} and every other attribute (validation, {@code @omit},
 * {@code @allow}/{@code @deny}, {@code @json}, {@code @meta}, plugin attributes, ...) are kept in place. A
 * client-side default ({@code uuid()}, {@code cuid()}, {@code nanoid()}, {@code ulid()}, or one using
 * {@code auth()}) is kept when the column has no database default. Attributes the database adds are placed
 * after the attribute the fresh schema has before them. Views have no constraints in the database, so the
 * user's {@code @id}, {@code @unique} and {@code @default} on view fields are kept.
 */
final class FieldAttributeMerger {
    private static final Set<String> CLIENT_DEFAULTS = Set.of("uuid", "cuid", "nanoid", "ulid");

    private enum Rule {
        DATABASE,
        DEFAULT,
        IDENTITY,
        UNION,
        USER_ONLY,
        USER
    }

    private FieldAttributeMerger() {}

    /**
     * @param existing  the user's attributes
     * @param fresh     the fresh field's attributes, already in output names
     * @param view      the field belongs to a view
     * @param alwaysMap add a fresh {@code @map} the user's field lacks
     * @param dateTime  the merged type is {@code DateTime} ({@code @updatedAt} is dropped otherwise)
     */
    static List<Attribute> merge(
            List<Attribute> existing, List<Attribute> fresh, boolean view, boolean alwaysMap, boolean dateTime) {
        if (allSame(existing, fresh) && (dateTime || Ast.attribute(existing, "@updatedAt") == null)) {
            return existing; // the usual case of a re-pull: nothing about the column changed
        }
        Map<String, Integer> freshBySlot = new HashMap<>();
        for (int i = 0; i < fresh.size(); i++) {
            freshBySlot.putIfAbsent(slot(fresh.get(i)), i);
        }
        Set<String> seen = new HashSet<>();
        AnchoredList<Attribute> out = new AnchoredList<>();
        for (Attribute a : existing) {
            String slot = slot(a);
            seen.add(slot);
            Integer j = freshBySlot.get(slot);
            Attribute f = j == null ? null : fresh.get(j);
            int index = j == null ? -1 : j;
            switch (rule(slot, view)) {
                case DATABASE -> {
                    if (f != null) {
                        out.add(Ast.same(a, f) ? a : f, index, 0);
                    }
                }
                case DEFAULT -> {
                    if (f != null) {
                        out.add(Ast.same(a, f) ? a : f, index, 0);
                    } else if (isClientSide(a)) {
                        out.add(a, -1, 0);
                    }
                }
                case USER_ONLY -> {
                    if (dateTime) {
                        out.add(a, index, 0);
                    }
                }
                default -> out.add(a, index, 0);
            }
        }
        for (int j = 0; j < fresh.size(); j++) {
            Attribute f = fresh.get(j);
            String slot = slot(f);
            if (seen.contains(slot) || freshBySlot.get(slot) != j) {
                continue;
            }
            Rule rule = rule(slot, view);
            boolean add = switch (rule) {
                case IDENTITY -> alwaysMap;
                case USER_ONLY -> false;
                default -> true;
            };
            if (add) {
                out.insert(f, j, 0);
            }
        }
        return out.values();
    }

    private static boolean allSame(List<Attribute> existing, List<Attribute> fresh) {
        if (existing.size() != fresh.size()) {
            return false;
        }
        for (int i = 0; i < existing.size(); i++) {
            if (!Ast.same(existing.get(i), fresh.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Attributes that replace each other: all {@code @db.*} native types share one slot. */
    private static String slot(Attribute a) {
        return a.name().startsWith("@db.") ? "@db" : a.name();
    }

    private static Rule rule(String slot, boolean view) {
        return switch (slot) {
            case "@id", "@unique" -> view ? Rule.USER : Rule.DATABASE;
            case "@default" -> view ? Rule.USER : Rule.DEFAULT;
            case "@db", "@relation" -> Rule.DATABASE;
            case "@map" -> Rule.IDENTITY;
            case "@ignore" -> Rule.UNION;
            case "@updatedAt" -> Rule.USER_ONLY;
            default -> Rule.USER;
        };
    }

    /** {@code @default(uuid())}, {@code @default(nanoid(10))}, {@code @default(auth().id)}: computed by the client. */
    static boolean isClientSide(Attribute defaultAttribute) {
        Expr value = defaultAttribute.arg("value", 0).orElse(null);
        if (value instanceof Expr.Invocation i && CLIENT_DEFAULTS.contains(i.name())) {
            return true;
        }
        return usesAuth(value);
    }

    private static boolean usesAuth(Expr e) {
        if (e instanceof Expr.Invocation i) {
            return i.name().equals("auth") || i.args().stream().anyMatch(a -> usesAuth(a.value()));
        }
        if (e instanceof Expr.MemberAccess m) {
            return usesAuth(m.operand());
        }
        return false;
    }
}
