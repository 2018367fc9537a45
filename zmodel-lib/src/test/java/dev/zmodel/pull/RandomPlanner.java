package dev.zmodel.pull;

import dev.zmodel.Provider;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Plans the tables of one random schema: which concepts of {@link RandomConcepts}, their names in the schema's
 * style (with the odd table or column named with spaces or dashes), keys, columns, defaults, foreign keys with
 * actions, unique constraints and indexes, checks, comments and how many rows to insert. All choices come from the
 * dialect's seeded {@link java.util.Random}, in a fixed order, so a seed always plans the same schema.
 */
final class RandomPlanner {
    /** Columns any table may get besides its characteristic ones: snake_case meaning and kind. */
    private static final List<Map.Entry<String, RandomKind>> EXTRAS = List.of(
            Map.entry("notes", RandomKind.STRING), Map.entry("metadata", RandomKind.JSON),
            Map.entry("external_ref", RandomKind.UUID), Map.entry("deleted_at", RandomKind.TIMESTAMP),
            Map.entry("version", RandomKind.INT), Map.entry("is_archived", RandomKind.BOOL),
            Map.entry("sort_order", RandomKind.INT), Map.entry("score", RandomKind.FLOAT),
            Map.entry("balance", RandomKind.MONEY), Map.entry("locale", RandomKind.CHAR),
            Map.entry("avatar", RandomKind.BYTES), Map.entry("labels", RandomKind.TEXT_ARRAY),
            Map.entry("archived_at", RandomKind.TIMESTAMP), Map.entry("opens_at", RandomKind.TIME),
            Map.entry("birth_date", RandomKind.DATE), Map.entry("view_count", RandomKind.BIGINT),
            Map.entry("display_name", RandomKind.STRING), Map.entry("is_verified", RandomKind.BOOL),
            Map.entry("synced_at", RandomKind.TIMESTAMP), Map.entry("type", RandomKind.STRING));

    /** Log-like tables that real schemas sometimes leave without a primary key. */
    private static final Set<String> KEYLESS = Set.of("audit_log", "event", "page_view");

    private final RandomDialect d;
    private final boolean appSchema;
    private final Map<String, RandomTable> tables = new LinkedHashMap<>();
    /** Index and constraint names taken so far, lower-cased (one namespace is the strictest dialect's rule). */
    private final Set<String> names = new HashSet<>();

    private final Set<String> tableNames = new HashSet<>();

    RandomPlanner(RandomDialect dialect, boolean appSchema) {
        this.d = dialect;
        this.appSchema = appSchema;
    }

    List<RandomTable> plan(int count) {
        Set<String> chosen = choose(count);
        for (RandomConcepts.Concept c : RandomConcepts.ALL) {
            if (chosen.contains(c.singular())) {
                tables.put(c.singular(), table(c));
            }
        }
        return List.copyOf(tables.values());
    }

    /** {@code count} concepts or a few more: each comes with the concepts it requires. */
    private Set<String> choose(int count) {
        List<RandomConcepts.Concept> shuffled = new ArrayList<>(RandomConcepts.ALL);
        Collections.shuffle(shuffled, d.random);
        Set<String> chosen = new LinkedHashSet<>();
        for (RandomConcepts.Concept c : shuffled) {
            if (chosen.size() >= count) {
                break;
            }
            addWithParents(c, chosen);
        }
        return chosen;
    }

    private static void addWithParents(RandomConcepts.Concept c, Set<String> chosen) {
        for (RandomConcepts.Parent p : c.parents()) {
            if (p.required()) {
                addWithParents(RandomConcepts.byName(p.concept()), chosen);
            }
        }
        chosen.add(c.singular());
    }

    private RandomTable table(RandomConcepts.Concept c) {
        String schema = d.provider() != Provider.POSTGRESQL
                ? null
                : appSchema && c.appSchema() && d.chance(0.7) ? "app" : "public";
        RandomTable t = new RandomTable(schema, tableName(c));
        boolean compositeKey = c.join()
                || !c.uniqueTogether().isEmpty()
                        && c.uniqueTogether().stream()
                                .allMatch(u -> c.parents().stream()
                                        .anyMatch(p -> p.column().equals(u)))
                        && d.chance(0.3);
        boolean keyless = KEYLESS.contains(c.singular()) && d.chance(0.15);
        if (!compositeKey && !keyless) {
            t.key = d.key();
            String id = d.style.column(d.chance(0.15) ? c.singular() + "_id" : "id");
            t.columns.add(new RandomTable.Column(
                    id, RandomKind.INT, t.key.columnSql(), false, null, false, null, t.key.generated(), null));
            t.primaryKey.add(id);
        }
        /* the concept's column meanings (snake_case) → the table's column names */
        Map<String, String> columns = new LinkedHashMap<>();
        for (RandomConcepts.Parent p : c.parents()) {
            reference(t, c, p, compositeKey, columns);
        }
        if (compositeKey) {
            t.primaryKey.addAll(
                    c.join()
                            ? List.copyOf(columns.values()).subList(0, 2)
                            : c.uniqueTogether().stream().map(columns::get).toList());
        }
        for (RandomConcepts.Signature s : c.columns()) {
            boolean indexed = s.unique() || c.uniqueTogether().contains(s.column());
            String name = columnName(t, s.column(), !indexed);
            columns.put(s.column(), name);
            column(t, name, s.kind(), !s.required(), indexed, s, s.unique());
        }
        commonColumns(t);
        if (!compositeKey && !c.uniqueTogether().isEmpty() && columns.keySet().containsAll(c.uniqueTogether())) {
            unique(t, c.uniqueTogether().stream().map(columns::get).toList());
        }
        primaryKeyDeclaration(t);
        if (t.keyColumn() != null && d.chance(0.25)) {
            t.touchedColumn = t.columns.stream()
                    .map(RandomTable.Column::name)
                    .filter(n -> RandomTable.normalized(n).equals("updatedat"))
                    .findFirst()
                    .orElse(null);
        }
        indexes(t);
        checks(t);
        comments(t);
        t.rows = rows(t);
        return t;
    }

    /**
     * The column and foreign key of a parent: usually to its key, now and then (nullable) to a unique string of it
     * such as an email or a slug, and now and then unique itself (a one-to-one relation). A parent that is not in
     * the schema is left out (only optional parents can be missing).
     */
    private void reference(
            RandomTable t,
            RandomConcepts.Concept c,
            RandomConcepts.Parent p,
            boolean compositeKey,
            Map<String, String> columns) {
        RandomTable target = p.concept().equals(c.singular()) ? t : tables.get(p.concept());
        RandomTable.Column natural = target == null || target == t || compositeKey ? null : naturalKey(target);
        if (natural != null && d.chance(0.07)) {
            String name = columnName(t, p.concept() + "_" + snake(natural.name()), false);
            t.columns.add(
                    new RandomTable.Column(name, natural.kind(), natural.sql(), true, null, false, null, false, null));
            foreignKey(t, name, target, natural.name(), false);
        } else if (target != null && target.key != null) {
            String name = columnName(t, p.column(), false);
            columns.put(p.column(), name);
            t.columns.add(new RandomTable.Column(
                    name,
                    RandomKind.INT,
                    d.pick(target.key.referenceTypes()),
                    !p.required(),
                    null,
                    false,
                    null,
                    false,
                    null));
            foreignKey(t, name, target, target.keyColumn(), p.required());
            if (!compositeKey && target != t && d.chance(0.08)) {
                unique(t, List.of(name));
            }
        }
    }

    /** created_at, often; updated_at, half the time; and up to three of the {@link #EXTRAS}. */
    private void commonColumns(RandomTable t) {
        if (d.chance(0.8) && !t.hasColumn("created_at")) {
            column(t, columnName(t, "created_at", false), RandomKind.TIMESTAMP, false, false, null, false);
        }
        if (d.chance(0.5) && !t.hasColumn("updated_at")) {
            column(t, columnName(t, "updated_at", false), RandomKind.TIMESTAMP, d.chance(0.3), false, null, false);
        }
        int extras = d.random.nextInt(4);
        for (int i = 0; i < extras; i++) {
            Map.Entry<String, RandomKind> e = d.pick(EXTRAS);
            if (!t.hasColumn(e.getKey())) {
                column(t, columnName(t, e.getKey(), true), e.getValue(), d.chance(0.7), false, null, false);
            }
        }
    }

    private String tableName(RandomConcepts.Concept c) {
        String name = d.style.table(c);
        if (c.singular().contains("_") && d.chance(0.08)) {
            String words = c.plural().replace('_', ' ');
            name = d.chance(0.5) ? words : words.replace(' ', '-');
        }
        if (!tableNames.add(RandomTable.normalized(name))) {
            name = name + "_" + tableNames.size();
            tableNames.add(RandomTable.normalized(name));
        }
        return name;
    }

    /** The column's name in the schema's style; now and then with spaces or dashes when {@code odd} allows. */
    private String columnName(RandomTable t, String snake, boolean odd) {
        String name = d.style.column(snake);
        if (odd && snake.contains("_") && d.chance(0.05)) {
            name = d.chance(0.5) ? snake.replace('_', ' ') : snake.replace('_', '-');
        }
        return t.hasColumn(name) ? name + "_2" : name;
    }

    private void column(
            RandomTable t,
            String name,
            RandomKind kind,
            boolean nullable,
            boolean indexed,
            RandomConcepts.Signature signature,
            boolean unique) {
        RandomType type = d.type(kind, indexed, signature);
        String dflt = null;
        double p = kind == RandomKind.TIMESTAMP && name.toLowerCase(Locale.ROOT).startsWith("created")
                ? 0.8
                : kind == RandomKind.TEXT_ARRAY && !nullable ? 0.8 : 0.4;
        if (!type.defaults().isEmpty() && !unique && d.chance(p)) {
            dflt = d.pick(type.defaults());
        } else if (nullable && d.chance(0.15)) {
            dflt = "NULL";
        }
        boolean columnUnique = unique && d.chance(0.3);
        String comment = d.comments() != RandomDialect.CommentSyntax.NONE && d.chance(0.05)
                ? d.pick("Shown to customers", "Internal only, don't expose", "ISO code")
                : null;
        t.columns.add(
                new RandomTable.Column(name, kind, type.sql(), nullable, dflt, columnUnique, type, false, comment));
        if (unique && !columnUnique) {
            unique(t, List.of(name));
        }
    }

    /**
     * A NOT NULL string of {@code target} with a single-column UNIQUE constraint (an email, a slug, a code), or
     * null. Unique indexes do not count: they are created after the tables, too late for a foreign key.
     */
    private static RandomTable.Column naturalKey(RandomTable target) {
        return target.columns.stream()
                .filter(c -> c.kind() == RandomKind.STRING
                        && !c.nullable()
                        && c.type() != null
                        && (c.unique()
                                || target.indexes.stream()
                                        .anyMatch(i -> i.constraint()
                                                && i.parts().size() == 1
                                                && i.parts().get(0).column().equals(c.name()))))
                .findFirst()
                .orElse(null);
    }

    private void foreignKey(RandomTable t, String column, RandomTable target, String targetColumn, boolean required) {
        List<RandomTable.Placement> placements = d.alterTableForeignKeys()
                ? List.of(RandomTable.Placement.COLUMN, RandomTable.Placement.TABLE, RandomTable.Placement.ALTER)
                : List.of(RandomTable.Placement.COLUMN, RandomTable.Placement.TABLE);
        RandomTable.Placement placement =
                target == t && placements.contains(RandomTable.Placement.ALTER) && d.chance(0.3)
                        ? RandomTable.Placement.ALTER
                        : d.pick(placements);
        String name = switch (d.random.nextInt(3)) {
            case 0 -> name(t.name + "_" + column + "_fkey");
            case 1 -> name("fk_" + snake(t.name) + "_" + snake(target.name));
            default -> null;
        };
        if (placement == RandomTable.Placement.COLUMN && d.provider() == Provider.MYSQL) {
            name = null;
        }
        List<String> onDelete = new ArrayList<>(List.of("", "CASCADE", "RESTRICT", "NO ACTION"));
        if (!required) {
            onDelete.add("SET NULL");
        }
        t.foreignKeys.add(new RandomTable.ForeignKey(
                name,
                column,
                target,
                targetColumn,
                d.chance(0.6) ? d.pick(onDelete) : "",
                d.chance(0.3) ? d.pick("CASCADE", "NO ACTION", "RESTRICT") : "",
                placement));
    }

    /** A unique constraint or unique index over {@code columns}. */
    private void unique(RandomTable t, List<String> columns) {
        List<RandomTable.Part> parts =
                columns.stream().map(c -> new RandomTable.Part(c, false)).toList();
        String suffix = String.join("_", columns);
        switch (d.random.nextInt(4)) {
            case 0 -> t.indexes.add(new RandomTable.Index(null, parts, true, true, null, null));
            case 1 ->
                t.indexes.add(
                        new RandomTable.Index(name(t.name + "_" + suffix + "_key"), parts, true, true, null, null));
            case 2 ->
                t.indexes.add(
                        new RandomTable.Index(name(t.name + "_" + suffix + "_key"), parts, true, false, null, null));
            default ->
                t.indexes.add(new RandomTable.Index(
                        name("ux_" + snake(t.name) + "_" + snake(suffix)), parts, true, false, null, null));
        }
    }

    private void primaryKeyDeclaration(RandomTable t) {
        if (t.primaryKey.isEmpty() || t.key != null && t.key.declaresKey()) {
            return;
        }
        int form = d.random.nextInt(3);
        if (form == 0 && t.primaryKey.size() == 1) {
            t.primaryKeyInline = true;
        } else if (form == 1) {
            t.primaryKeyName = name(d.chance(0.5) ? t.name + "_pkey" : "pk_" + snake(t.name));
        }
    }

    private void indexes(RandomTable t) {
        Set<List<String>> covered = new HashSet<>();
        covered.add(t.primaryKey);
        t.indexes.forEach(i ->
                covered.add(i.parts().stream().map(RandomTable.Part::column).toList()));
        t.columns.stream().filter(RandomTable.Column::unique).forEach(c -> covered.add(List.of(c.name())));
        String created = t.columns.stream()
                .map(RandomTable.Column::name)
                .filter(n -> RandomTable.normalized(n).equals("createdat"))
                .findFirst()
                .orElse(null);
        for (RandomTable.ForeignKey fk : t.foreignKeys) {
            if (d.chance(0.4)) {
                index(t, covered, List.of(new RandomTable.Part(fk.column(), false)));
            }
        }
        if (created != null && d.chance(0.35)) {
            String nulls =
                    d.provider() == Provider.POSTGRESQL && d.chance(0.2) ? d.pick("NULLS FIRST", "NULLS LAST") : null;
            index(t, covered, List.of(new RandomTable.Part(created, true, null, nulls)));
        }
        if (d.provider() == Provider.POSTGRESQL && d.chance(0.3)) {
            t.columns.stream()
                    .filter(c -> c.sql().endsWith("[]") || c.sql().equals("jsonb"))
                    .findFirst()
                    .ifPresent(c -> t.indexes.add(new RandomTable.Index(
                            name(t.name + "_" + c.name() + "_idx"),
                            List.of(new RandomTable.Part(c.name(), false)),
                            false,
                            false,
                            null,
                            null,
                            false,
                            "gin")));
        }
        List<RandomTable.Column> sortable = t.columns.stream()
                .filter(c -> c.type() != null
                        && c.kind().indexable()
                        && !(d.provider() == Provider.MYSQL && c.sql().matches("(?i).*(TEXT|BLOB).*")))
                .toList();
        if (sortable.size() >= 2 && d.chance(0.35)) {
            RandomTable.Column a = d.pick(sortable);
            RandomTable.Column b = d.pick(sortable);
            if (a != b) {
                index(
                        t,
                        covered,
                        List.of(new RandomTable.Part(a.name(), false), new RandomTable.Part(b.name(), d.chance(0.5))));
            }
        }
        if (d.provider() == Provider.MYSQL) {
            textIndexes(t);
        }
        if (d.partialIndexes() && t.keyColumn() != null && d.chance(0.12)) {
            t.columns.stream()
                    .filter(c -> c.nullable() && c.kind() == RandomKind.TIMESTAMP)
                    .findFirst()
                    .ifPresent(c -> t.indexes.add(new RandomTable.Index(
                            name(snake(t.name) + "_live_idx"),
                            List.of(new RandomTable.Part(t.keyColumn(), false)),
                            false,
                            false,
                            d.quote(c.name()) + " IS NULL",
                            null)));
        }
        if (d.partialIndexes() && d.chance(0.1)) {
            t.columns.stream()
                    .filter(c -> c.kind() == RandomKind.STRING
                            && c.type() != null
                            && !c.sql().startsWith("email_address"))
                    .findFirst()
                    .ifPresent(c -> t.indexes.add(new RandomTable.Index(
                            name(snake(t.name) + "_lower_idx"),
                            List.of(),
                            false,
                            false,
                            null,
                            "lower(" + d.quote(c.name()) + ")")));
        }
    }

    /** MySQL indexes on TEXT columns: a FULLTEXT index, or a prefix of the column. */
    private void textIndexes(RandomTable t) {
        t.columns.stream()
                .filter(c -> c.kind() == RandomKind.STRING && c.sql().matches("(?i)(MEDIUM|LONG|TINY)?TEXT"))
                .findFirst()
                .ifPresent(c -> {
                    if (d.chance(0.3)) {
                        t.indexes.add(new RandomTable.Index(
                                name(snake(t.name) + "_" + snake(c.name()) + "_fulltext"),
                                List.of(new RandomTable.Part(c.name(), false)),
                                false,
                                false,
                                null,
                                null,
                                true,
                                null));
                    } else if (d.chance(0.3)) {
                        t.indexes.add(new RandomTable.Index(
                                name(snake(t.name) + "_" + snake(c.name()) + "_prefix"),
                                List.of(new RandomTable.Part(c.name(), false, d.pick(10, 20, 32), null)),
                                false,
                                false,
                                null,
                                null));
                    }
                });
    }

    private void index(RandomTable t, Set<List<String>> covered, List<RandomTable.Part> parts) {
        List<String> columns = parts.stream().map(RandomTable.Part::column).toList();
        if (!covered.add(columns)) {
            return;
        }
        String name = d.chance(0.5)
                ? name(t.name + "_" + String.join("_", columns) + "_idx")
                : name("idx_" + snake(t.name) + "_" + snake(String.join("_", columns)));
        t.indexes.add(new RandomTable.Index(name, parts, false, false, null, null));
    }

    private void checks(RandomTable t) {
        for (RandomTable.Column c : t.columns) {
            if (c.kind() == RandomKind.MONEY && c.type() != null && d.chance(0.2)) {
                t.checks.add(new RandomTable.Check(
                        d.chance(0.5) ? name(snake(t.name) + "_" + snake(c.name()) + "_check") : null,
                        d.quote(c.name()) + " >= 0"));
            }
        }
    }

    private void comments(RandomTable t) {
        if (d.comments() != RandomDialect.CommentSyntax.NONE && d.chance(0.15)) {
            t.comment = d.pick("Rows kept for 7 years", "One row per customer's order", "Managed by the billing job");
        }
    }

    /**
     * 0–3 rows; a row needs a known key in each parent its required foreign keys point at. Foreign keys take the
     * parent's first key, so a table with a foreign key in a unique key gets one row.
     */
    private int rows(RandomTable t) {
        if (!d.chance(0.4)) {
            return 0;
        }
        for (RandomTable.ForeignKey fk : t.foreignKeys) {
            boolean required = !t.column(fk.column()).nullable();
            if (required && (fk.target() == t || fk.target().firstKey() == null)) {
                return 0;
            }
        }
        boolean keyedByParent = t.foreignKeys.stream()
                .anyMatch(fk -> (t.primaryKey.contains(fk.column())
                        || t.column(fk.column()).unique()
                        || t.indexes.stream()
                                .anyMatch(i -> i.unique()
                                        && i.parts().stream()
                                                .anyMatch(p -> p.column().equals(fk.column())))));
        return keyedByParent ? 1 : 1 + d.random.nextInt(3);
    }

    /** A free index or constraint name: {@code wanted}, or a short numbered one when taken or too long. */
    private String name(String wanted) {
        String name = wanted;
        if (name.length() > d.identifierLimit() || names.contains(name.toLowerCase(Locale.ROOT))) {
            name = "idx_" + names.size();
        }
        names.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    /** An identifier's words in snake_case, for names built from it ({@code "OrderItem"} → order_item). */
    private static String snake(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2")
                .replaceAll("[^A-Za-z0-9]+", "_")
                .toLowerCase(Locale.ROOT);
    }
}
