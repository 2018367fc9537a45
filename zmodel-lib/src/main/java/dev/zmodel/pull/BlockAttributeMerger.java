package dev.zmodel.pull;

import dev.zmodel.lang.ast.Attribute;
import dev.zmodel.lang.ast.BlockAttribute;
import dev.zmodel.lang.ast.DataModel;
import dev.zmodel.lang.ast.Expr;
import dev.zmodel.lang.ast.Member;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Merges the model-level attributes of one matched model. {@code @@id}, {@code @@unique}, {@code @@index} and
 * {@code @@fulltext} are re-synced with the database — matched by their columns, so one whose column was
 * dropped disappears and new ones are added — keeping the user's {@code name:} of {@code @@id}/{@code @@unique}.
 * {@code @@map} and {@code @@schema} are the user's (they matched the table); {@code @@ignore} is kept and added
 * when the database needs it; every other attribute ({@code @@allow}, {@code @@deny}, {@code @@validate},
 * {@code @@auth}, {@code @@delegate}, {@code @@meta}, plugin attributes) is kept as written. Views have no
 * indexes in the database: the user's are kept while their fields exist.
 */
final class BlockAttributeMerger {
    private static final Set<String> INDEXES = Set.of("@@id", "@@unique", "@@index", "@@fulltext");
    private static final Set<String> IDENTITY = Set.of("@@map", "@@schema");

    private final MergePlan plan;
    private final Translator translator;
    private final DataModel fresh;
    private final DataModel existing;
    private final boolean view;
    private final List<Attribute> freshAttributes = new ArrayList<>();
    private final List<Integer> freshIndex = new ArrayList<>();
    private final boolean[] consumed;

    BlockAttributeMerger(MergePlan plan, Translator translator, DataModel fresh, DataModel existing) {
        this.plan = plan;
        this.translator = translator;
        this.fresh = fresh;
        this.existing = existing;
        this.view = fresh.kind() == DataModel.Kind.VIEW;
        List<Member> members = fresh.members();
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i) instanceof BlockAttribute b) {
                freshAttributes.add(b.attribute());
                freshIndex.add(i);
            }
        }
        this.consumed = new boolean[freshAttributes.size()];
    }

    /** What an existing block attribute becomes: kept, replaced, or null when dropped. */
    record Outcome(Attribute attribute, int freshIndex) {}

    /**
     * @param outputFields the field names the merged model will have (incl. inherited), for view indexes
     */
    Outcome existing(Attribute a, Set<String> outputFields) {
        String name = a.name();
        if (INDEXES.contains(name) && !view) {
            List<String> columns = existingColumns(a);
            int j = columns == null
                    ? -1
                    : findIndex(
                            name,
                            columns,
                            a.named("map").flatMap(Expr::asString).orElse(null));
            if (j < 0) {
                return null;
            }
            consumed[j] = true;
            Attribute t = translator.blockAttribute(fresh, freshAttributes.get(j));
            String userName = a.named("name").flatMap(Expr::asString).orElse(null);
            if (userName != null && (name.equals("@@id") || name.equals("@@unique"))) {
                t = Ast.withArg(t, "name", -1, a.named("name").orElseThrow());
            }
            return new Outcome(Ast.same(a, t) ? a : t, freshIndex.get(j));
        }
        if (INDEXES.contains(name)) {
            boolean fieldsLeft =
                    Ast.fieldList(a).map(Ast::names).orElse(List.of()).stream().allMatch(outputFields::contains);
            return fieldsLeft ? new Outcome(a, consume(name)) : null;
        }
        return new Outcome(a, consume(name));
    }

    /** The fresh block attributes that no existing one stood for, in output names, with their fresh index. */
    List<Outcome> added() {
        List<Outcome> out = new ArrayList<>();
        for (int j = 0; j < freshAttributes.size(); j++) {
            if (consumed[j]) {
                continue;
            }
            Attribute f = freshAttributes.get(j);
            // @@map/@@schema matched the table, so the user's are right; alwaysMap asks for an explicit @@map.
            boolean add = IDENTITY.contains(f.name())
                    ? f.name().equals("@@map") && plan.options.alwaysMap() && !existingHas("@@map")
                    : INDEXES.contains(f.name()) || !existingHas(f.name());
            if (add) {
                out.add(new Outcome(translator.blockAttribute(fresh, f), freshIndex.get(j)));
            }
        }
        return out;
    }

    private boolean existingHas(String name) {
        return existing.attribute(name).isPresent();
    }

    /** Marks the first fresh attribute of this name used; its index, or -1. */
    private int consume(String name) {
        for (int j = 0; j < freshAttributes.size(); j++) {
            if (!consumed[j] && freshAttributes.get(j).name().equals(name)) {
                consumed[j] = true;
                return freshIndex.get(j);
            }
        }
        return -1;
    }

    private int findIndex(String name, List<String> columns, String map) {
        int byColumns = -1;
        for (int j = 0; j < freshAttributes.size(); j++) {
            Attribute f = freshAttributes.get(j);
            if (consumed[j] || !f.name().equals(name) || !columns.equals(freshColumns(f))) {
                continue;
            }
            if (Objects.equals(map, f.named("map").flatMap(Expr::asString).orElse(null))) {
                return j;
            }
            if (byColumns < 0) {
                byColumns = j;
            }
        }
        return byColumns;
    }

    /** The columns of an existing index attribute, or null when a field has no column any more. */
    private List<String> existingColumns(Attribute a) {
        List<String> out = new ArrayList<>();
        for (String field : Ast.fieldList(a).map(Ast::names).orElse(List.of())) {
            String column = plan.existing.column(existing, field);
            if (column == null) {
                return null;
            }
            out.add(column);
        }
        return out;
    }

    private List<String> freshColumns(Attribute a) {
        List<String> out = new ArrayList<>();
        for (String field : Ast.fieldList(a).map(Ast::names).orElse(List.of())) {
            out.add(Objects.requireNonNullElse(plan.fresh.column(fresh, field), field));
        }
        return out;
    }
}
