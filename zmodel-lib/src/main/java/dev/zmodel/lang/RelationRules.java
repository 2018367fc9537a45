package dev.zmodel.lang;

import dev.zmodel.lang.ast.Attribute;
import dev.zmodel.lang.ast.DataModel;
import dev.zmodel.lang.ast.Expr;
import dev.zmodel.lang.ast.Field;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Relations between models: each relation field has exactly one opposite field (matched by relation name; fields
 * marked {@code @ignore} take no part, as in ZenStack);
 * self relations and several unnamed relations between the same two models need names; {@code fields} and
 * {@code references} sit on exactly one side (none for many-to-many), on the to-one side, together, with
 * equal arity and matching types; the non-owning side of a one-to-one relation is optional.
 */
final class RelationRules {
    private final ValidationContext ctx;
    /** Fields whose relation was already checked as a pair, so each problem is reported once. */
    private final Set<Field> done = Collections.newSetFromMap(new IdentityHashMap<>());

    private RelationRules(ValidationContext ctx) {
        this.ctx = ctx;
    }

    static void check(ValidationContext ctx) {
        RelationRules rules = new RelationRules(ctx);
        for (DataModel m : ctx.index.models()) {
            rules.ambiguity(m);
        }
        for (DataModel m : ctx.index.models()) {
            for (Field f : relationFields(ctx, m)) {
                rules.field(m, f);
            }
        }
    }

    /**
     * Relation fields the model declares itself or gets from mixins (inherited ones belong to the base), without
     * {@code @ignore}d ones: ZenStack leaves those out of relation pairing.
     */
    private static List<Field> relationFields(ValidationContext ctx, DataModel m) {
        return ctx.index.allFields(m).stream()
                .filter(f -> ctx.index.isOwnOrMixedIn(m, f)
                        && ctx.index.resolve(f.type()).isRelation()
                        && !ignored(f))
                .toList();
    }

    private static boolean ignored(Field f) {
        return f.attribute("@ignore").isPresent();
    }

    /** Several unnamed relation fields to the same model cannot be told apart. */
    private void ambiguity(DataModel m) {
        Map<String, List<Field>> unnamed = new LinkedHashMap<>();
        for (Field f : relationFields(ctx, m)) {
            if (ValidationContext.relationName(f).isEmpty() && !f.type().name().equals(m.name())) {
                unnamed.computeIfAbsent(f.type().name(), k -> new ArrayList<>()).add(f);
            }
        }
        for (List<Field> group : unnamed.values()) {
            if (group.size() > 1) {
                for (Field f : group.subList(1, group.size())) {
                    ctx.error(
                            m,
                            f.span(),
                            "ambiguous relation: model '" + m.name() + "' has " + group.size()
                                    + " relation fields to '" + f.type().name() + "' ("
                                    + String.join(
                                            ", ",
                                            group.stream().map(Field::name).toList())
                                    + "); give each a name with @relation(\"...\")");
                }
                done.addAll(group);
            }
        }
    }

    private void field(DataModel m, Field f) {
        if (done.contains(f)) {
            return;
        }
        DataModel target = ctx.index.resolve(f.type()).model();
        Optional<String> name = ValidationContext.relationName(f);
        if (target == m && name.isEmpty()) {
            ctx.error(
                    m,
                    f.span(),
                    "self-relation field '" + f.name() + "' of model '" + m.name()
                            + "' needs a relation name: @relation(\"...\")");
            done.add(f);
            return;
        }
        List<Field> candidates = ctx.index.allFields(target).stream()
                .filter(g -> g != f
                        && g.type().name().equals(m.name())
                        && ValidationContext.relationName(g).equals(name))
                .toList();
        List<Field> opposites = candidates.stream().filter(g -> !ignored(g)).toList();
        if (opposites.isEmpty() && !candidates.isEmpty()) {
            ctx.error(
                    m,
                    f.span(),
                    "relation field '" + f.name() + "' of model '" + m.name() + "' has no opposite field in model '"
                            + target.name() + "': its opposite '"
                            + candidates.get(0).name()
                            + "' is @ignore'd, and ZenStack pairs only relation fields without @ignore; mark '"
                            + f.name() + "' @ignore too");
            done.add(f);
            return;
        }
        if (opposites.isEmpty()) {
            ctx.error(
                    m,
                    f.span(),
                    "relation field '" + f.name() + "' of model '" + m.name()
                            + "' has no opposite field in model '" + target.name() + "'"
                            + name.map(n -> " with relation name \"" + n + "\"").orElse(""));
            done.add(f);
            return;
        }
        if (opposites.size() > 1) {
            if (opposites.stream().noneMatch(done::contains)) {
                ctx.error(
                        m,
                        f.span(),
                        "relation field '" + f.name() + "' of model '" + m.name()
                                + "' matches several fields of model '" + target.name() + "' ("
                                + String.join(
                                        ", ",
                                        opposites.stream().map(Field::name).toList())
                                + "); give the relations distinct names");
            }
            done.add(f);
            return;
        }
        Field g = opposites.get(0);
        done.add(f);
        done.add(g);
        pair(m, f, target, g);
    }

    private void pair(DataModel m, Field f, DataModel t, Field g) {
        boolean ownsF = owns(f);
        boolean ownsG = owns(g);
        String fName = m.name() + "." + f.name();
        String gName = t.name() + "." + g.name();
        if (f.type().list() && g.type().list()) {
            if (ownsF || ownsG) {
                Field owner = ownsF ? f : g;
                ctx.error(
                        ownsF ? m : t,
                        owner.span(),
                        "the many-to-many relation between '" + fName + "' and '" + gName
                                + "' cannot have 'fields' or 'references'");
            }
            return;
        }
        if (ownsF && ownsG) {
            ctx.error(
                    t,
                    g.span(),
                    "only one side of the relation between '" + fName + "' and '" + gName
                            + "' may have 'fields' and 'references'");
            return;
        }
        if (!ownsF && !ownsG) {
            Field single = f.type().list() ? g : f;
            DataModel singleModel = f.type().list() ? t : m;
            ctx.error(
                    singleModel,
                    single.span(),
                    "relation field '" + single.name() + "' of model '"
                            + singleModel.name() + "' needs @relation(fields: [...], references: [...])"
                            + (f.type().list() || g.type().list()
                                    ? ""
                                    : " (or put them on '" + (single == f ? gName : fName) + "')"));
            return;
        }
        Field owner = ownsF ? f : g;
        DataModel ownerModel = ownsF ? m : t;
        Field other = ownsF ? g : f;
        DataModel otherModel = ownsF ? t : m;
        if (owner.type().list()) {
            ctx.error(
                    ownerModel,
                    owner.span(),
                    "relation field '" + owner.name() + "' is a list and cannot have "
                            + "'fields' and 'references'; put them on '" + otherModel.name() + "." + other.name()
                            + "'");
            return;
        }
        if (!other.type().list() && !other.type().optional()) {
            ctx.error(
                    otherModel,
                    other.span(),
                    "'" + otherModel.name() + "." + other.name()
                            + "' is the non-owning side of a one-to-one relation and must be optional");
        }
        keys(ownerModel, owner, otherModel);
    }

    private static boolean owns(Field f) {
        Optional<Attribute> rel = f.attribute("@relation");
        return rel.isPresent()
                && (rel.get().named("fields").isPresent()
                        || rel.get().named("references").isPresent());
    }

    /** {@code fields} and {@code references}: together, same length, scalar fields of matching types. */
    private void keys(DataModel model, Field owner, DataModel target) {
        Attribute rel = owner.attribute("@relation").orElseThrow();
        Optional<Expr> fields = rel.named("fields");
        Optional<Expr> references = rel.named("references");
        if (fields.isEmpty() || references.isEmpty()) {
            ctx.error(
                    model,
                    rel.span(),
                    "@relation of field '" + owner.name() + "' needs both 'fields' and 'references'");
            return;
        }
        if (!(fields.get() instanceof Expr.Array fs) || !(references.get() instanceof Expr.Array rs)) {
            return; // reported as an argument type problem
        }
        if (fs.items().size() != rs.items().size()) {
            ctx.error(
                    model,
                    rel.span(),
                    "'fields' and 'references' of field '" + owner.name()
                            + "' must have the same number of fields ("
                            + fs.items().size() + " and "
                            + rs.items().size() + ")");
            return;
        }
        for (int i = 0; i < fs.items().size(); i++) {
            Optional<Field> local = fs.items().get(i).asReference().flatMap(n -> ctx.index.field(model, n));
            Optional<String> refName = rs.items().get(i).asReference();
            Optional<Field> remote = refName.flatMap(n -> ctx.index.field(target, n));
            if (refName.isPresent() && remote.isEmpty()) {
                ctx.error(
                        model,
                        rs.items().get(i).span(),
                        "field '" + refName.get() + "' does not exist in model '" + target.name() + "'");
                continue;
            }
            if (local.isEmpty() || remote.isEmpty()) {
                continue; // unknown local fields are reported by AttributeRules
            }
            if (!ctx.index.resolve(local.get().type()).isScalar()
                    || local.get().type().list()) {
                ctx.error(
                        model,
                        fs.items().get(i).span(),
                        "'" + local.get().name() + "' in 'fields' must be a scalar field");
            } else if (!local.get().type().name().equals(remote.get().type().name())) {
                ctx.error(
                        model,
                        fs.items().get(i).span(),
                        "type of '" + model.name() + "." + local.get().name()
                                + "' (" + local.get().type().name() + ") does not match '" + target.name() + "."
                                + remote.get().name() + "' ("
                                + remote.get().type().name() + ")");
            }
        }
    }
}
