package dev.zmodel.pull.generate;

import dev.zmodel.pull.PullWarning;
import dev.zmodel.schema.QualifiedName;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ZModel names of one generation: models and views (by table/view name), enums (by {@link EnumKey}), fields
 * (by owner and column) and enum values (by enum, in value order), plus the warnings naming raised.
 */
final class Names {
    private final Map<Object, DeclName> decls = new HashMap<>();
    private final Map<QualifiedName, Map<String, FieldName>> fields = new HashMap<>();
    private final Map<EnumKey, List<FieldName>> values = new HashMap<>();
    private final List<PullWarning> warnings;

    Names(List<PullWarning> warnings) {
        this.warnings = warnings;
    }

    void putDecl(Object key, DeclName name) {
        decls.put(key, name);
    }

    void putField(QualifiedName owner, String column, FieldName name) {
        fields.computeIfAbsent(owner, k -> new LinkedHashMap<>()).put(column, name);
    }

    void putValues(EnumKey key, List<FieldName> names) {
        values.put(key, List.copyOf(names));
    }

    /** A model, view or enum; null when it is not declared (e.g. a join table). */
    DeclName decl(Object key) {
        return decls.get(key);
    }

    FieldName field(QualifiedName owner, String column) {
        return fields.getOrDefault(owner, Map.of()).get(column);
    }

    /** The field name of a column, or null when the column has no field (commented out). */
    String fieldName(QualifiedName owner, String column) {
        FieldName f = field(owner, column);
        return f == null ? null : f.name();
    }

    List<FieldName> values(EnumKey key) {
        return values.getOrDefault(key, List.of());
    }

    /** Database value → ZModel name (null: commented out) of an enum. */
    Map<String, String> valueMap(EnumKey key) {
        Map<String, String> map = new HashMap<>();
        for (FieldName v : values(key)) {
            map.put(v.dbName(), v.name());
        }
        return map;
    }

    /** The enums that have at least one value with a name (a new set on each call: ask once per use). */
    Set<EnumKey> declarableEnums() {
        Set<EnumKey> result = new HashSet<>();
        for (Map.Entry<EnumKey, List<FieldName>> e : values.entrySet()) {
            for (FieldName v : e.getValue()) {
                if (!v.commentedOut()) {
                    result.add(e.getKey());
                    break;
                }
            }
        }
        return result;
    }

    List<PullWarning> warnings() {
        return warnings;
    }
}
