package dev.zmodel.model;

import dev.zmodel.Provider;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Random ZModel schemas and mutations of them, for the property tests: models with single (auto-increment or
 * string) and composite ids, scalar fields of every type (with {@code @db.*} native types, {@code @map}, defaults of
 * every kind), enums, uniques, indexes (sort order), relations with actions (self relations included), implicit
 * many-to-many relations and, on PostgreSQL, a second schema. A mutation adds, drops and changes tables, columns,
 * types, nullability, defaults, keys, indexes, foreign keys and enum values, and renames models and fields — each
 * rename with its ZModel rename hint. Deterministic for a seed.
 */
final class RandomSchemas {
    private final Provider provider;
    private final Random random;
    private int counter;
    /** Models of the "from" schema: renames apply only to them (a hint for a model added in the same pair names nothing). */
    private java.util.Set<String> original = java.util.Set.of();

    RandomSchemas(Provider provider, long seed) {
        this.provider = provider;
        this.random = new Random(seed);
    }

    /** A schema and the schema after a mutation, with the rename hints of that mutation. */
    record Pair(String from, String to, List<String> hints, List<String> mutations) {}

    Pair pair() {
        Schema a = schema();
        Schema b = a.copy();
        original = new java.util.HashSet<>(a.models.keySet());
        List<String> hints = new ArrayList<>();
        List<String> mutations = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            mutations.add(mutate(b, hints));
        }
        return new Pair(a.print(provider), b.print(provider), hints, mutations);
    }

    // ---------------------------------------------------------------- the schema

    static final class Schema {
        final Map<String, Model> models = new LinkedHashMap<>();
        final Map<String, List<String>> enums = new LinkedHashMap<>();
        final List<String[]> manyToMany = new ArrayList<>();

        Schema copy() {
            Schema s = new Schema();
            models.forEach((k, v) -> s.models.put(k, v.copy()));
            enums.forEach((k, v) -> s.enums.put(k, new ArrayList<>(v)));
            manyToMany.forEach(m -> s.manyToMany.add(m.clone()));
            return s;
        }

        String print(Provider provider) {
            StringBuilder b = new StringBuilder();
            b.append("datasource db {\n    provider = \"")
                    .append(provider.id())
                    .append("\"\n    url = env(\"DATABASE_URL\")\n");
            if (provider == Provider.POSTGRESQL) {
                b.append("    schemas = [\"public\", \"billing\"]\n");
            }
            b.append("}\n\n");
            enums.forEach((name, values) -> b.append("enum ")
                    .append(name)
                    .append(" {\n")
                    .append(values.stream().map(v -> "    " + v + "\n").collect(Collectors.joining()))
                    .append("}\n\n"));
            for (Model m : models.values()) {
                b.append("model ").append(m.name).append(" {\n");
                for (Field f : m.fields) {
                    b.append("    ")
                            .append(f.name)
                            .append(' ')
                            .append(f.type)
                            .append(f.list ? "[]" : "")
                            .append(f.optional ? "?" : "");
                    f.attributes().forEach(a -> b.append(' ').append(a));
                    b.append('\n');
                }
                for (Relation r : m.relations) {
                    Model target = models.get(r.target);
                    b.append("    ")
                            .append(r.field)
                            .append(' ')
                            .append(r.target)
                            .append(r.optional ? "?" : "")
                            .append(" @relation(\"")
                            .append(r.name)
                            .append("\", fields: [")
                            .append(r.fkField)
                            .append("], references: [")
                            .append(target.idFields().get(0))
                            .append("]")
                            .append(r.onDelete == null ? "" : ", onDelete: " + r.onDelete)
                            .append(")\n");
                }
                for (Model other : models.values()) {
                    for (Relation r : other.relations) {
                        if (r.target.equals(m.name)) {
                            b.append("    ")
                                    .append(r.field)
                                    .append("Back ")
                                    .append(other.name)
                                    .append("[] @relation(\"")
                                    .append(r.name)
                                    .append("\")\n");
                        }
                    }
                }
                for (String[] mn : manyToMany) {
                    if (mn[0].equals(m.name)) {
                        b.append("    ")
                                .append(mn[2])
                                .append("A ")
                                .append(mn[1])
                                .append("[] @relation(\"")
                                .append(mn[2])
                                .append("\")\n");
                    }
                    if (mn[1].equals(m.name)) {
                        b.append("    ")
                                .append(mn[2])
                                .append("B ")
                                .append(mn[0])
                                .append("[] @relation(\"")
                                .append(mn[2])
                                .append("\")\n");
                    }
                }
                if (m.compositeId != null) {
                    b.append("\n    @@id([")
                            .append(String.join(", ", m.compositeId))
                            .append("])\n");
                }
                for (List<String> u : m.uniques) {
                    b.append("    @@unique([").append(String.join(", ", u)).append("])\n");
                }
                for (List<String> i : m.indexes) {
                    b.append("    @@index([").append(String.join(", ", i)).append("])\n");
                }
                if (m.schema != null) {
                    b.append("    @@schema(\"").append(m.schema).append("\")\n");
                }
                b.append("}\n\n");
            }
            return b.toString();
        }
    }

    static final class Model {
        String name;
        String schema;
        List<Field> fields = new ArrayList<>();
        List<String> compositeId;
        List<List<String>> uniques = new ArrayList<>();
        /** Index fields as written ({@code a}, {@code b(sort: Desc)}). */
        List<List<String>> indexes = new ArrayList<>();

        List<Relation> relations = new ArrayList<>();

        Model copy() {
            Model m = new Model();
            m.name = name;
            m.schema = schema;
            fields.forEach(f -> m.fields.add(f.copy()));
            m.compositeId = compositeId == null ? null : new ArrayList<>(compositeId);
            uniques.forEach(u -> m.uniques.add(new ArrayList<>(u)));
            indexes.forEach(i -> m.indexes.add(new ArrayList<>(i)));
            relations.forEach(r -> m.relations.add(r.copy()));
            return m;
        }

        List<String> idFields() {
            if (compositeId != null) {
                return compositeId;
            }
            return fields.stream().filter(f -> f.id).map(f -> f.name).toList();
        }

        Field field(String fieldName) {
            return fields.stream()
                    .filter(f -> f.name.equals(fieldName))
                    .findFirst()
                    .orElse(null);
        }

        /** Fields a mutation may change freely: not ids, not foreign-key fields, not in a composite key. */
        List<Field> plainFields() {
            return fields.stream()
                    .filter(f -> !f.id && !f.foreignKey && (compositeId == null || !compositeId.contains(f.name)))
                    .toList();
        }

        boolean used(String fieldName) {
            return uniques.stream().anyMatch(u -> u.contains(fieldName))
                    || indexes.stream()
                            .flatMap(List::stream)
                            .anyMatch(i -> i.equals(fieldName) || i.startsWith(fieldName + "("));
        }
    }

    static final class Field {
        String name;
        String type;
        boolean optional;
        boolean list;
        boolean id;
        boolean autoincrement;
        boolean foreignKey;
        boolean unique;
        String nativeType;
        String dflt;
        String map;
        String clientDefault;

        Field copy() {
            Field f = new Field();
            f.name = name;
            f.type = type;
            f.optional = optional;
            f.list = list;
            f.id = id;
            f.autoincrement = autoincrement;
            f.foreignKey = foreignKey;
            f.unique = unique;
            f.nativeType = nativeType;
            f.dflt = dflt;
            f.map = map;
            f.clientDefault = clientDefault;
            return f;
        }

        List<String> attributes() {
            List<String> out = new ArrayList<>();
            if (id) {
                out.add("@id");
            }
            if (autoincrement) {
                out.add("@default(autoincrement())");
            } else if (clientDefault != null) {
                out.add("@default(" + clientDefault + ")");
            } else if (dflt != null) {
                out.add("@default(" + dflt + ")");
            }
            if (unique) {
                out.add("@unique");
            }
            if (nativeType != null) {
                out.add(nativeType);
            }
            if (map != null) {
                out.add("@map(\"" + map + "\")");
            }
            return out;
        }
    }

    static final class Relation {
        String name;
        String field;
        String target;
        String fkField;
        boolean optional;
        String onDelete;

        Relation copy() {
            Relation r = new Relation();
            r.name = name;
            r.field = field;
            r.target = target;
            r.fkField = fkField;
            r.optional = optional;
            r.onDelete = onDelete;
            return r;
        }
    }

    // ---------------------------------------------------------------- generation

    Schema schema() {
        Schema s = new Schema();
        int enums = random.nextInt(3);
        for (int i = 0; i < enums; i++) {
            addEnum(s);
        }
        int models = 2 + random.nextInt(4);
        for (int i = 0; i < models; i++) {
            addModel(s);
        }
        int relations = random.nextInt(4);
        for (int i = 0; i < relations; i++) {
            addRelation(s);
        }
        if (random.nextInt(4) == 0) {
            addManyToMany(s);
        }
        return s;
    }

    private String next(String prefix) {
        return prefix + (++counter);
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private void addEnum(Schema s) {
        List<String> values = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            values.add(next("V"));
        }
        s.enums.put(next("E"), values);
    }

    private Model addModel(Schema s) {
        Model m = new Model();
        m.name = next("M");
        if (provider == Provider.POSTGRESQL && random.nextInt(4) == 0) {
            m.schema = "billing";
        }
        switch (random.nextInt(3)) {
            case 0 -> {
                Field id = new Field();
                id.name = "id";
                id.type = random.nextInt(4) == 0 && provider != Provider.SQLITE ? "BigInt" : "Int";
                id.id = true;
                id.autoincrement = true;
                if (provider == Provider.SQLITE) {
                    id.type = "Int";
                }
                m.fields.add(id);
            }
            case 1 -> {
                Field id = new Field();
                id.name = "id";
                id.type = "String";
                id.id = true;
                id.clientDefault = "cuid()";
                m.fields.add(id);
            }
            default -> {
                Field a = new Field();
                a.name = "ka";
                a.type = "Int";
                Field b = new Field();
                b.name = "kb";
                b.type = "String";
                if (provider == Provider.MYSQL) {
                    b.nativeType = "@db.VarChar(50)";
                }
                m.fields.add(a);
                m.fields.add(b);
                m.compositeId = new ArrayList<>(List.of("ka", "kb"));
            }
        }
        int fields = 1 + random.nextInt(5);
        for (int i = 0; i < fields; i++) {
            m.fields.add(scalarField(s));
        }
        if (random.nextBoolean()) {
            addIndex(m);
        }
        if (random.nextInt(3) == 0) {
            addUnique(m);
        }
        s.models.put(m.name, m);
        return m;
    }

    /** A scalar field with a random type, native type, nullability, default and {@code @map}. */
    private Field scalarField(Schema s) {
        Field f = new Field();
        f.name = next("f");
        List<String> types = new ArrayList<>(
                List.of("String", "Int", "BigInt", "Float", "Decimal", "Boolean", "DateTime", "Json", "Bytes"));
        types.addAll(s.enums.keySet());
        f.type = pick(types);
        f.optional = random.nextBoolean();
        if (provider == Provider.POSTGRESQL
                && random.nextInt(8) == 0
                && List.of("String", "Int").contains(f.type)) {
            f.list = true;
            f.optional = false;
        }
        f.nativeType = nativeType(f.type);
        if (random.nextInt(3) == 0) {
            f.dflt = defaultValue(s, f);
        }
        if (random.nextInt(6) == 0) {
            f.map = f.name + "_col";
        }
        return f;
    }

    private String nativeType(String type) {
        if (random.nextInt(3) != 0) {
            return null;
        }
        return switch (provider) {
            case POSTGRESQL ->
                switch (type) {
                    case "String" ->
                        pick(List.of(
                                "@db.VarChar(" + (10 + random.nextInt(200)) + ")",
                                "@db.Text",
                                "@db.Char(8)",
                                "@db.Uuid"));
                    case "Int" -> "@db.SmallInt";
                    case "Float" -> "@db.Real";
                    case "Decimal" -> "@db.Decimal(" + (10 + random.nextInt(10)) + ", " + random.nextInt(5) + ")";
                    case "DateTime" ->
                        pick(List.of(
                                "@db.Timestamptz(" + random.nextInt(7) + ")",
                                "@db.Date",
                                "@db.Timestamp(6)",
                                "@db.Time(3)"));
                    case "Json" -> "@db.Json";
                    default -> null;
                };
            case MYSQL ->
                switch (type) {
                    case "String" ->
                        pick(List.of(
                                "@db.VarChar(" + (10 + random.nextInt(200)) + ")",
                                "@db.Text",
                                "@db.Char(8)",
                                "@db.LongText"));
                    case "Int" -> pick(List.of("@db.SmallInt", "@db.TinyInt", "@db.UnsignedInt"));
                    case "Float" -> "@db.Float";
                    case "Decimal" -> "@db.Decimal(" + (10 + random.nextInt(10)) + ", " + random.nextInt(5) + ")";
                    case "DateTime" ->
                        pick(List.of("@db.DateTime(" + random.nextInt(7) + ")", "@db.Date", "@db.Timestamp(3)"));
                    case "Bytes" -> pick(List.of("@db.Blob", "@db.VarBinary(64)"));
                    default -> null;
                };
            case SQLITE -> null;
        };
    }

    private String defaultValue(Schema s, Field f) {
        if (f.list) {
            return f.type.equals("String") ? "[\"a\", \"b'c\"]" : pick(List.of("[1, -2]", "[]"));
        }
        boolean temporalNative =
                f.nativeType != null && (f.nativeType.contains("Date") || f.nativeType.contains("Time"));
        return switch (f.type) {
            case "String" ->
                f.nativeType != null && f.nativeType.contains("Uuid")
                        ? "\"a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11\""
                        : pick(List.of("\"x\"", "\"it's\"", "\"\""));
            case "Int" ->
                f.nativeType != null && f.nativeType.contains("Unsigned") ? "7" : pick(List.of("0", "42", "-7"));
            case "BigInt" -> pick(List.of("0", "-9000000000", "9000000000"));
            case "Float" -> pick(List.of("1.5", "-0.25", "3"));
            case "Decimal" -> pick(List.of("2.25", "-1.5", "10"));
            case "Boolean" -> pick(List.of("true", "false"));
            case "DateTime" ->
                temporalNative && f.nativeType.contains("Date)")
                                || f.nativeType != null
                                        && f.nativeType.contains("@db.Date")
                                        && !f.nativeType.contains("DateTime")
                        ? "\"2024-02-03T00:00:00Z\""
                        : f.nativeType != null && f.nativeType.contains("Time(") && !f.nativeType.contains("DateTime")
                                ? "\"10:11:12\""
                                : pick(List.of("now()", "\"2024-02-03T04:05:06Z\""));
            case "Json" ->
                provider == Provider.MYSQL
                        ? "\"{}\""
                        : pick(List.of("\"{}\"", "\"{\\\"b\\\": 1, \\\"a\\\": [true]}\""));
            case "Bytes" -> null;
            default -> pick(s.enums.get(f.type));
        };
    }

    /** Fields that can be in a key or index on every database (MySQL cannot index TEXT/BLOB/JSON without a length). */
    private List<Field> indexable(Model m) {
        return m.plainFields().stream()
                .filter(f -> !f.list
                        && !f.type.equals("Json")
                        && !(provider == Provider.MYSQL
                                && (f.type.equals("Bytes")
                                        || f.nativeType != null
                                                && (f.nativeType.contains("Text") || f.nativeType.contains("Blob"))))
                        && !(provider == Provider.POSTGRESQL && f.nativeType != null && f.nativeType.contains("Json")))
                .toList();
    }

    private void addIndex(Model m) {
        List<Field> candidates = indexable(m);
        if (candidates.isEmpty()) {
            return;
        }
        List<String> parts = new ArrayList<>();
        int count = 1 + random.nextInt(Math.min(2, candidates.size()));
        List<Field> shuffled = new ArrayList<>(candidates);
        java.util.Collections.shuffle(shuffled, random);
        for (int i = 0; i < count; i++) {
            parts.add(shuffled.get(i).name + (random.nextInt(3) == 0 ? "(sort: Desc)" : ""));
        }
        if (m.indexes.stream().noneMatch(i -> names(i).equals(names(parts)))) {
            m.indexes.add(parts);
        }
    }

    private static List<String> names(List<String> parts) {
        return parts.stream()
                .map(p -> p.contains("(") ? p.substring(0, p.indexOf('(')) : p)
                .toList();
    }

    private void addUnique(Model m) {
        List<Field> candidates = indexable(m);
        if (candidates.isEmpty()) {
            return;
        }
        Field f = pick(candidates);
        boolean declared = f.unique || m.uniques.stream().anyMatch(u -> u.equals(List.of(f.name)));
        if (declared) {
            return;
        }
        if (random.nextBoolean()) {
            f.unique = true;
        } else {
            m.uniques.add(new ArrayList<>(List.of(f.name)));
        }
    }

    private void addRelation(Schema s) {
        List<Model> targets =
                s.models.values().stream().filter(m -> m.compositeId == null).toList();
        if (targets.isEmpty()) {
            return;
        }
        Model child = pick(new ArrayList<>(s.models.values()));
        Model target = pick(targets);
        if (child.relations.stream().anyMatch(r -> r.target.equals(target.name))) {
            return;
        }
        Field targetId = target.field(target.idFields().get(0));
        Relation r = new Relation();
        r.name = next("r");
        r.field = r.name;
        r.target = target.name;
        r.fkField = r.name + "Id";
        r.optional = random.nextBoolean() || child == target;
        Field fk = new Field();
        fk.name = r.fkField;
        fk.type = targetId.type;
        fk.nativeType = targetId.nativeType;
        fk.optional = r.optional;
        fk.foreignKey = true;
        child.fields.add(fk);
        List<String> actions = new ArrayList<>(List.of("Cascade", "Restrict", "NoAction"));
        if (r.optional) {
            actions.add("SetNull");
        }
        r.onDelete = random.nextBoolean() ? null : pick(actions);
        child.relations.add(r);
    }

    private void addManyToMany(Schema s) {
        List<Model> candidates =
                s.models.values().stream().filter(m -> m.compositeId == null).toList();
        if (candidates.size() < 2) {
            return;
        }
        Model a = pick(candidates);
        Model b = pick(candidates);
        if (a == b) {
            return;
        }
        s.manyToMany.add(new String[] {a.name, b.name, next("mn")});
    }

    // ---------------------------------------------------------------- mutation

    private String mutate(Schema s, List<String> hints) {
        List<Model> models = new ArrayList<>(s.models.values());
        Model m = pick(models);
        int kind = random.nextInt(19);
        switch (kind) {
            case 0 -> {
                return "add model " + addModel(s).name;
            }
            case 1 -> {
                if (s.models.size() <= 1) {
                    return "none";
                }
                dropModel(s, m);
                hints.removeIf(h -> h.endsWith("=" + m.name) || h.startsWith(m.name + "."));
                return "drop model " + m.name;
            }
            case 2 -> {
                Field f = scalarField(s);
                m.fields.add(f);
                return "add field " + m.name + "." + f.name;
            }
            case 3 -> {
                List<Field> plain =
                        m.plainFields().stream().filter(f -> !m.used(f.name)).toList();
                if (plain.isEmpty()) {
                    return "none";
                }
                Field f = pick(plain);
                m.fields.remove(f);
                return "drop field " + m.name + "." + f.name;
            }
            case 4 -> {
                return changeType(m);
            }
            case 5 -> {
                List<Field> plain =
                        m.plainFields().stream().filter(f -> !f.list).toList();
                if (plain.isEmpty()) {
                    return "none";
                }
                Field f = pick(plain);
                f.optional = !f.optional;
                return "nullability " + m.name + "." + f.name;
            }
            case 6 -> {
                List<Field> plain = m.plainFields();
                if (plain.isEmpty()) {
                    return "none";
                }
                Field f = pick(plain);
                f.dflt = f.dflt != null && random.nextBoolean() ? null : defaultValue(s, f);
                return "default " + m.name + "." + f.name;
            }
            case 7 -> {
                addIndex(m);
                return "add index " + m.name;
            }
            case 8 -> {
                if (m.indexes.isEmpty()) {
                    return "none";
                }
                m.indexes.remove(random.nextInt(m.indexes.size()));
                return "drop index " + m.name;
            }
            case 9 -> {
                addUnique(m);
                return "add unique " + m.name;
            }
            case 10 -> {
                m.uniques.clear();
                m.fields.forEach(f -> f.unique = false);
                return "drop uniques " + m.name;
            }
            case 11 -> {
                addRelation(s);
                return "add relation";
            }
            case 12 -> {
                if (m.relations.isEmpty()) {
                    return "none";
                }
                Relation r = m.relations.remove(random.nextInt(m.relations.size()));
                m.fields.removeIf(f -> f.name.equals(r.fkField));
                return "drop relation " + r.name;
            }
            case 13 -> {
                if (m.relations.isEmpty()) {
                    return "none";
                }
                Relation r = pick(m.relations);
                r.onDelete =
                        pick(r.optional ? List.of("Cascade", "SetNull", "NoAction") : List.of("Cascade", "Restrict"));
                return "onDelete " + r.name;
            }
            case 14 -> {
                String old = m.name;
                if (!original.contains(old) || hints.stream().anyMatch(h -> h.contains(old))) {
                    return "none";
                }
                String renamed = next("R");
                renameModel(s, m, renamed);
                hints.add(old + "=" + renamed);
                return "rename model " + old + " to " + renamed;
            }
            case 15 -> {
                List<Field> plain = m.plainFields().stream()
                        .filter(f -> f.map == null && !m.used(f.name))
                        .toList();
                if (plain.isEmpty()
                        || !original.contains(m.name)
                        || hints.stream().anyMatch(h -> h.startsWith(m.name + "=") || h.endsWith("=" + m.name))) {
                    return "none";
                }
                Field f = pick(plain);
                String old = f.name;
                f.name = next("g");
                hints.add(m.name + "." + old + "=" + m.name + "." + f.name);
                return "rename field " + m.name + "." + old;
            }
            case 16 -> {
                if (s.enums.isEmpty()) {
                    addEnum(s);
                    return "add enum";
                }
                String e = pick(new ArrayList<>(s.enums.keySet()));
                List<String> values = s.enums.get(e);
                if (random.nextBoolean() || values.size() == 1 || usedAsDefault(s, e)) {
                    values.add(random.nextInt(values.size() + 1), next("V"));
                    return "add enum value " + e;
                }
                values.remove(random.nextInt(values.size()));
                return "remove enum value " + e;
            }
            case 17 -> {
                if (!s.manyToMany.isEmpty() && random.nextBoolean()) {
                    s.manyToMany.remove(0);
                    return "drop m:n";
                }
                addManyToMany(s);
                return "add m:n";
            }
            default -> {
                List<Field> plain =
                        m.plainFields().stream().filter(f -> !m.used(f.name)).toList();
                if (plain.isEmpty() || hints.stream().anyMatch(h -> h.startsWith(m.name + "."))) {
                    return "none";
                }
                Field f = pick(plain);
                f.map = f.map == null ? f.name + "_c" : null;
                return "remap field " + m.name + "." + f.name;
            }
        }
    }

    private static boolean usedAsDefault(Schema s, String enumName) {
        return s.models.values().stream()
                .flatMap(m -> m.fields.stream())
                .anyMatch(f -> f.type.equals(enumName) && f.dflt != null);
    }

    private String changeType(Model m) {
        List<Field> plain =
                m.plainFields().stream().filter(f -> !f.list && !m.used(f.name)).toList();
        if (plain.isEmpty()) {
            return "none";
        }
        Field f = pick(plain);
        List<String> family = switch (f.type) {
            case "Int", "BigInt", "Float", "Decimal" -> List.of("Int", "BigInt", "Float", "Decimal");
            case "String" -> List.of("String");
            case "DateTime" -> List.of("DateTime");
            default -> List.of(f.type);
        };
        f.type = pick(family);
        f.nativeType = nativeType(f.type);
        f.dflt = null;
        return "type " + m.name + "." + f.name + " → " + f.type + (f.nativeType == null ? "" : " " + f.nativeType);
    }

    private static void dropModel(Schema s, Model m) {
        s.models.remove(m.name);
        for (Model other : s.models.values()) {
            List<Relation> gone = other.relations.stream()
                    .filter(r -> r.target.equals(m.name))
                    .toList();
            other.relations.removeAll(gone);
            gone.forEach(r -> other.fields.removeIf(f -> f.name.equals(r.fkField)));
        }
        s.manyToMany.removeIf(mn -> mn[0].equals(m.name) || mn[1].equals(m.name));
    }

    private static void renameModel(Schema s, Model m, String renamed) {
        Map<String, Model> models = new LinkedHashMap<>();
        String old = m.name;
        m.name = renamed;
        s.models.forEach((k, v) -> models.put(k.equals(old) ? renamed : k, v));
        s.models.clear();
        s.models.putAll(models);
        for (Model other : s.models.values()) {
            other.relations.stream().filter(r -> r.target.equals(old)).forEach(r -> r.target = renamed);
        }
        for (String[] mn : s.manyToMany) {
            for (int i = 0; i < 2; i++) {
                if (mn[i].equals(old)) {
                    mn[i] = renamed;
                }
            }
        }
    }
}
