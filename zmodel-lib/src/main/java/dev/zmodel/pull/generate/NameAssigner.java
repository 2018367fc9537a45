package dev.zmodel.pull.generate;

import dev.zmodel.pull.PullWarning;
import dev.zmodel.pull.naming.NamingPreset;
import dev.zmodel.pull.naming.ReservedNames;
import dev.zmodel.pull.naming.UniqueNames;
import dev.zmodel.schema.Column;
import dev.zmodel.schema.QualifiedName;
import dev.zmodel.schema.Table;
import dev.zmodel.schema.View;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives every declaration, field and enum value its ZModel name: the preset's candidate; a placeholder
 * ({@code Model3}, {@code field2}, {@code value1}) or — prisma preset, fields and enum values — commenting out when
 * no valid character is left; {@code Renamed…} for reserved model/enum names; and deterministic duplicate
 * resolution ({@link UniqueNames}; on PostgreSQL first the schema prefix of {@link NamingPreset#namespacedName}).
 * Models, views and enums share one namespace.
 */
final class NameAssigner {
    private enum Kind {
        MODEL,
        VIEW,
        ENUM
    }

    private record Source(Object key, Kind kind, String dbName, String schema, String candidate, String label) {}

    private final NamingPreset preset;
    private final String defaultSchema;
    private final ObjectLabels labels;

    NameAssigner(NamingPreset preset, String defaultSchema, ObjectLabels labels) {
        this.preset = preset;
        this.defaultSchema = defaultSchema;
        this.labels = labels;
    }

    /** @param joinTables tables that are implicit many-to-many join tables (no model, no name) */
    Names assign(Catalog catalog, Set<QualifiedName> joinTables) {
        List<PullWarning> warnings = new ArrayList<>();
        Names names = new Names(warnings);
        for (EnumSource e : catalog.enums) {
            names.putValues(e.key(), values(e, warnings));
        }
        Set<EnumKey> declarable = names.declarableEnums();
        List<Source> sources = new ArrayList<>();
        for (Table t : catalog.tables) {
            if (!joinTables.contains(t.qualifiedName())) {
                sources.add(new Source(
                        t.qualifiedName(),
                        Kind.MODEL,
                        t.name(),
                        t.schema(),
                        preset.modelName(t.name()),
                        labels.of(t.qualifiedName())));
            }
        }
        for (View v : catalog.views) {
            sources.add(new Source(
                    v.qualifiedName(),
                    Kind.VIEW,
                    v.name(),
                    v.schema(),
                    preset.modelName(v.name()),
                    labels.of(v.qualifiedName())));
        }
        for (EnumSource e : catalog.enums) {
            if (declarable.contains(e.key())) {
                String candidate = e.key().inline()
                        ? preset.columnEnumName(e.key().owner().name(), e.key().column())
                        : preset.enumName(e.dbName());
                sources.add(new Source(
                        e.key(),
                        Kind.ENUM,
                        e.dbName(),
                        e.schema(),
                        candidate,
                        e.dbName() == null ? e.label() : labels.of(e.schema(), e.dbName())));
            }
        }
        declarations(sources, names, warnings);
        for (Table t : catalog.tables) {
            fields(t.qualifiedName(), t.columns(), names, warnings);
        }
        for (View v : catalog.views) {
            fields(v.qualifiedName(), v.columns(), names, warnings);
        }
        return names;
    }

    private List<FieldName> values(EnumSource e, List<PullWarning> warnings) {
        List<String> candidates = new ArrayList<>();
        for (int i = 0; i < e.values().size(); i++) {
            String value = e.values().get(i);
            String candidate = value.isEmpty() ? "EMPTY_ENUM_VALUE" : preset.enumValueName(value);
            if (candidate.isEmpty()) {
                candidate = invalid(warnings, e.label() + "." + value, "enum value", "value" + (i + 1));
            }
            candidates.add(candidate);
        }
        return dedupe(e.values(), candidates, e.label(), "enum value", warnings);
    }

    private void fields(QualifiedName owner, List<Column> columns, Names names, List<PullWarning> warnings) {
        List<String> dbNames = new ArrayList<>();
        List<String> candidates = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            String column = columns.get(i).name();
            String candidate = preset.fieldName(column);
            if (candidate.isEmpty()) {
                candidate = invalid(warnings, labels.of(owner, column), "column", "field" + (i + 1));
            }
            dbNames.add(column);
            candidates.add(candidate);
        }
        List<FieldName> resolved = dedupe(dbNames, candidates, labels.of(owner), "field", warnings);
        for (FieldName f : resolved) {
            names.putField(owner, f.dbName(), f);
        }
    }

    /** A placeholder, or null (commented out) for the prisma preset. */
    private String invalid(List<PullWarning> warnings, String object, String what, String placeholder) {
        if (preset.commentsOutInvalidNames()) {
            warnings.add(new PullWarning(
                    PullWarning.Kind.INVALID_NAME,
                    object,
                    "The " + what
                            + " name has no character valid in an identifier ([A-Za-z][A-Za-z0-9_]*); it is commented out. "
                            + "Give it a valid name with @map."));
            return null;
        }
        warnings.add(new PullWarning(
                PullWarning.Kind.INVALID_NAME,
                object,
                "The " + what
                        + " name has no character valid in an identifier ([A-Za-z][A-Za-z0-9_]*); it is named '"
                        + placeholder
                        + "' with @map. Rename it."));
        return placeholder;
    }

    private List<FieldName> dedupe(
            List<String> dbNames, List<String> candidates, String owner, String what, List<PullWarning> warnings) {
        List<UniqueNames.Wish> wishes = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i) != null) {
                wishes.add(new UniqueNames.Wish(
                        candidates.get(i), candidates.get(i).equals(dbNames.get(i))));
                indexes.add(i);
            }
        }
        List<String> resolved = UniqueNames.resolve(wishes, Set.of());
        String[] result = new String[candidates.size()];
        for (int j = 0; j < indexes.size(); j++) {
            int i = indexes.get(j);
            result[i] = resolved.get(j);
            if (!resolved.get(j).equals(candidates.get(i))) {
                warnings.add(new PullWarning(
                        PullWarning.Kind.DUPLICATE_NAME,
                        owner + "." + dbNames.get(i),
                        "The " + what + " name '" + candidates.get(i) + "' is already taken in " + owner
                                + "; it is named '" + resolved.get(j) + "'."));
            }
        }
        List<FieldName> out = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            out.add(new FieldName(dbNames.get(i), result[i]));
        }
        return out;
    }

    private void declarations(List<Source> sources, Names names, List<PullWarning> warnings) {
        int[] counters = new int[Kind.values().length];
        List<String> bases = new ArrayList<>();
        List<String> reserved = new ArrayList<>();
        for (Source s : sources) {
            int n = ++counters[s.kind().ordinal()];
            String candidate = s.candidate();
            if (candidate.isEmpty()) {
                String placeholder = switch (s.kind()) {
                            case MODEL -> "Model";
                            case VIEW -> "View";
                            case ENUM -> "Enum";
                        }
                        + n;
                warnings.add(new PullWarning(
                        PullWarning.Kind.INVALID_NAME,
                        s.label(),
                        "The name has no character "
                                + "valid in an identifier ([A-Za-z][A-Za-z0-9_]*); it is named '" + placeholder
                                + "' with @@map. Rename it."));
                candidate = placeholder;
            }
            String original = null;
            if (ReservedNames.isReserved(candidate)) {
                original = candidate;
                candidate = ReservedNames.renamed(candidate);
                warnings.add(new PullWarning(
                        PullWarning.Kind.RENAMED_RESERVED,
                        s.label(),
                        "'" + original
                                + "' is a reserved name; the " + s.kind().name().toLowerCase(java.util.Locale.ROOT)
                                + " is named '" + candidate + "'."));
            }
            bases.add(candidate);
            reserved.add(original);
        }
        List<String> wanted = namespaced(sources, bases);
        List<UniqueNames.Wish> wishes = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            wishes.add(new UniqueNames.Wish(
                    wanted.get(i), wanted.get(i).equals(sources.get(i).dbName())));
        }
        List<String> resolved = UniqueNames.resolve(wishes, Set.of());
        for (int i = 0; i < sources.size(); i++) {
            Source s = sources.get(i);
            String name = resolved.get(i);
            if (!name.equals(bases.get(i))) {
                warnings.add(new PullWarning(
                        PullWarning.Kind.DUPLICATE_NAME,
                        s.label(),
                        "The name '" + bases.get(i) + "' is taken by another model, view or enum; this one is named '"
                                + name + "'."));
            }
            boolean mapped = s.dbName() != null
                    ? !name.equals(s.dbName()) || preset.alwaysMap()
                    : s.key() instanceof EnumKey k
                            && k.inline()
                            && !dev.zmodel.pull.naming.Identifiers.isValid(k.inlineName());
            names.putDecl(s.key(), new DeclName(name, bases.get(i), mapped, reserved.get(i)));
        }
    }

    /** Duplicate names in different PostgreSQL schemas (prisma: any duplicates) get the schema as prefix. */
    private List<String> namespaced(List<Source> sources, List<String> bases) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < bases.size(); i++) {
            groups.computeIfAbsent(bases.get(i), k -> new ArrayList<>()).add(i);
        }
        List<String> wanted = new ArrayList<>(bases);
        for (List<Integer> group : groups.values()) {
            if (group.size() < 2 || group.stream().anyMatch(i -> sources.get(i).schema() == null)) {
                continue;
            }
            Set<String> schemas = new HashSet<>();
            group.forEach(i -> schemas.add(sources.get(i).schema()));
            for (int i : group) {
                Source s = sources.get(i);
                boolean prefix = preset.namespaceAllDuplicates()
                        || schemas.size() > 1 && !s.schema().equals(defaultSchema);
                if (prefix) {
                    String candidate = preset.namespacedName(s.schema(), s.dbName());
                    if (!candidate.isEmpty()) {
                        wanted.set(i, candidate);
                    }
                }
            }
        }
        return wanted;
    }
}
