package dev.zmodel.pull;

import dev.zmodel.lang.DatabaseNames;
import dev.zmodel.lang.ast.AttributeDecl;
import dev.zmodel.lang.ast.DataModel;
import dev.zmodel.lang.ast.Declaration;
import dev.zmodel.lang.ast.Document;
import dev.zmodel.lang.ast.EnumDecl;
import dev.zmodel.lang.ast.EnumValue;
import dev.zmodel.lang.ast.Field;
import dev.zmodel.lang.ast.FunctionDecl;
import dev.zmodel.lang.ast.ProcedureDecl;
import dev.zmodel.lang.ast.TypeRef;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pairs fresh enums with existing ones, and their values by database name ({@code @map} or name).
 * <ul>
 *   <li>PostgreSQL enums are types with a name: matched by key ({@code @@schema} + {@code @@map} or name),
 *       else through the columns that use them.</li>
 *   <li>MySQL enums are inline column types without a name: matched through the columns that use them (the
 *       existing field of the same column names the enum); several columns with the same values fold into
 *       one existing enum.</li>
 *   <li>SQLite has no enums: existing enums are kept as they are.</li>
 * </ul>
 * An existing enum that no database enum matches is dropped, unless a kept declaration still uses it (a
 * {@code type}, a {@code @computed} field, a function or procedure signature).
 */
final class EnumMatcher {
    private EnumMatcher() {}

    static void match(MergePlan plan) {
        ExistingSchema ex = plan.existing;
        MergeOptions o = plan.options;
        Map<DbKey, EnumDecl> byKey = new HashMap<>();
        Set<EnumDecl> candidates = MergePlan.identitySet();
        for (EnumDecl e : ex.enums()) {
            DbKey key = ex.key(e);
            if (!o.databaseHasEnums() || !o.scope().coversEnums(key.schema())) {
                plan.untouchedEnums.add(e);
            } else if (!o.force()) {
                byKey.putIfAbsent(key, e);
                candidates.add(e);
            }
        }
        Map<EnumDecl, List<Field>> columns = columnsByEnum(plan);
        Map<EnumDecl, EnumDecl> claimedBy = new IdentityHashMap<>();
        for (EnumDecl fresh : plan.fresh.enums()) {
            EnumDecl byName = byKey.get(plan.fresh.key(fresh));
            EnumDecl byUse = usedBy(plan, columns.getOrDefault(fresh, List.of()), candidates);
            boolean inline = o.enumStorage() == MergeOptions.EnumStorage.INLINE;
            EnumDecl first = inline ? byUse : byName;
            EnumDecl second = inline ? byName : byUse;
            for (EnumDecl candidate : new EnumDecl[] {first, second}) {
                if (candidate == null) {
                    continue;
                }
                EnumDecl owner = claimedBy.get(candidate);
                if (owner == null || sameValues(owner, fresh)) {
                    claimedBy.putIfAbsent(candidate, fresh);
                    plan.enums.put(fresh, candidate);
                    matchValues(plan, fresh, candidate);
                    break;
                }
            }
        }
        Set<String> stillUsed = usedOutsideTables(ex.documents(), ex);
        for (EnumDecl e : ex.enums()) {
            if (!claimedBy.containsKey(e) && !plan.untouchedEnums.contains(e) && stillUsed.contains(e.name())) {
                plan.untouchedEnums.add(e);
            }
        }
    }

    /** The fresh fields typed by each fresh enum (one pass: MySQL has an enum per ENUM column). */
    private static Map<EnumDecl, List<Field>> columnsByEnum(MergePlan plan) {
        Map<EnumDecl, List<Field>> out = new IdentityHashMap<>();
        for (DataModel m : plan.fresh.models()) {
            for (Field f : m.fields()) {
                EnumDecl e = plan.fresh.enumOf(f);
                if (e != null) {
                    out.computeIfAbsent(e, k -> new java.util.ArrayList<>()).add(f);
                }
            }
        }
        return out;
    }

    /** The existing enum that the existing fields of the columns using a fresh enum agree on. */
    private static EnumDecl usedBy(MergePlan plan, List<Field> columns, Set<EnumDecl> candidates) {
        EnumDecl found = null;
        for (Field f : columns) {
            if (!plan.fields.containsKey(f)) {
                continue;
            }
            EnumDecl e = plan.existing.resolve(plan.fields.get(f)).enumDecl();
            if (e == null || !candidates.contains(e) || found != null && found != e) {
                return null;
            }
            found = e;
        }
        return found;
    }

    private static boolean sameValues(EnumDecl a, EnumDecl b) {
        return a.values().stream()
                .map(DatabaseNames::enumValue)
                .toList()
                .equals(b.values().stream().map(DatabaseNames::enumValue).toList());
    }

    private static void matchValues(MergePlan plan, EnumDecl fresh, EnumDecl existing) {
        Map<String, EnumValue> byDbName = new HashMap<>();
        existing.values().forEach(v -> byDbName.putIfAbsent(DatabaseNames.enumValue(v), v));
        for (EnumValue v : fresh.values()) {
            EnumValue match = byDbName.get(DatabaseNames.enumValue(v));
            if (match != null) {
                plan.values.put(v, match);
            }
        }
    }

    /** Type names used by declarations that have no table: types, computed fields, functions, procedures. */
    private static Set<String> usedOutsideTables(List<Document> documents, ExistingSchema ex) {
        Set<String> used = new HashSet<>();
        for (Document d : documents) {
            for (Declaration decl : d.declarations()) {
                if (decl instanceof DataModel m) {
                    for (Field f : m.fields()) {
                        if (m.kind() == DataModel.Kind.TYPE || Ast.isComputed(f)) {
                            used.add(f.type().name());
                        }
                    }
                } else if (decl instanceof FunctionDecl f) {
                    f.params().forEach(p -> used.add(p.type().name()));
                    add(used, f.returnType());
                } else if (decl instanceof ProcedureDecl p) {
                    p.params().forEach(x -> used.add(x.type().name()));
                    add(used, p.returnType());
                } else if (decl instanceof AttributeDecl a) {
                    a.params().forEach(x -> add(used, x.type()));
                }
            }
        }
        return used;
    }

    private static void add(Set<String> used, TypeRef type) {
        if (type != null) {
            used.add(type.name());
        }
    }
}
