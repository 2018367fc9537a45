package dev.zmodel.introspect;

import dev.zmodel.schema.Column;
import dev.zmodel.schema.ColumnType;
import dev.zmodel.schema.DatabaseSchema;
import dev.zmodel.schema.EnumType;
import dev.zmodel.schema.ForeignKey;
import dev.zmodel.schema.Index;
import dev.zmodel.schema.IndexColumn;
import dev.zmodel.schema.NullsOrder;
import dev.zmodel.schema.SortOrder;
import dev.zmodel.schema.Table;
import dev.zmodel.schema.TableTraits;
import dev.zmodel.schema.View;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A compact, complete text form of a {@link DatabaseSchema} for golden files: every component of every record
 * is printed; components at their default ({@code null}, {@code false}, empty, {@code NONE}, {@code ASC},
 * {@code DEFAULT}, {@code NO_ACTION}) are left out. Strings are double-quoted with {@code \"}, {@code \\},
 * {@code \n} escapes. {@code product} is not printed (it carries the server's patch version).
 *
 * <pre>
 * enum public."mood" ["sad", "ok"] comment="..."
 * table public."users" comment="..." partitioned partitionOf="..." inherits=[...] hasSubclasses rls withoutRowid
 *   column "id" type=int4 raw="integer" notnull auto=IDENTITY_ALWAYS
 *   column "name" type=varchar length=20 raw="character varying(20)" default="'x'::character varying"
 *   pk "users_pkey" ["id"]
 *   index "users_name_key" unique constraint method=gin predicate="..." deferrable fulltext ["name" DESC NULLS FIRST ops=x length=3, expr="lower(name)"]
 *   fk "users_org_fkey" ["org_id"] -> public."orgs" ["id"] onDelete=CASCADE onUpdate=RESTRICT deferrable initiallyDeferred
 *   check "c" "(a > 0)"
 *   exclusion "x" "EXCLUDE USING gist (...)"
 * view public."v" materialized comment="..." definition="..."
 *   column ...
 * </pre>
 */
final class SchemaDump {
    private SchemaDump() {}

    static String dump(DatabaseSchema schema) {
        StringBuilder out = new StringBuilder();
        out.append("provider ")
                .append(schema.provider())
                .append(" namespaces ")
                .append(strings(schema.namespaces()))
                .append('\n');
        for (EnumType e : schema.enums()) {
            out.append("enum ")
                    .append(qualified(e.schema(), e.name()))
                    .append(' ')
                    .append(strings(e.values()));
            opt(out, "comment", e.comment());
            out.append('\n');
        }
        for (Table t : schema.tables()) {
            out.append("table ").append(qualified(t.schema(), t.name()));
            opt(out, "comment", t.comment());
            traits(out, t.traits());
            out.append('\n');
            for (Column c : t.columns()) {
                column(out, c);
            }
            if (t.primaryKey() != null) {
                out.append("  pk ")
                        .append(name(t.primaryKey().name()))
                        .append(' ')
                        .append(strings(t.primaryKey().columns()))
                        .append('\n');
            }
            for (Index i : t.indexes()) {
                index(out, i);
            }
            for (ForeignKey f : t.foreignKeys()) {
                out.append("  fk ")
                        .append(name(f.name()))
                        .append(' ')
                        .append(strings(f.columns()))
                        .append(" -> ")
                        .append(qualified(f.referencedSchema(), f.referencedTable()))
                        .append(' ')
                        .append(strings(f.referencedColumns()));
                if (f.onDelete() != dev.zmodel.schema.ReferentialAction.NO_ACTION) {
                    out.append(" onDelete=").append(f.onDelete());
                }
                if (f.onUpdate() != dev.zmodel.schema.ReferentialAction.NO_ACTION) {
                    out.append(" onUpdate=").append(f.onUpdate());
                }
                flag(out, "deferrable", f.deferrable());
                flag(out, "initiallyDeferred", f.initiallyDeferred());
                out.append('\n');
            }
            t.checks()
                    .forEach(c -> out.append("  check ")
                            .append(name(c.name()))
                            .append(' ')
                            .append(quote(c.expression()))
                            .append('\n'));
            t.exclusions()
                    .forEach(x -> out.append("  exclusion ")
                            .append(name(x.name()))
                            .append(' ')
                            .append(quote(x.definition()))
                            .append('\n'));
        }
        for (View v : schema.views()) {
            out.append("view ").append(qualified(v.schema(), v.name()));
            flag(out, "materialized", v.materialized());
            opt(out, "comment", v.comment());
            opt(out, "definition", v.definition());
            out.append('\n');
            v.columns().forEach(c -> column(out, c));
        }
        return out.toString();
    }

    private static void traits(StringBuilder out, TableTraits traits) {
        flag(out, "partitioned", traits.partitioned());
        opt(out, "partitionOf", traits.partitionOf());
        if (!traits.inherits().isEmpty()) {
            out.append(" inherits=").append(strings(traits.inherits()));
        }
        flag(out, "hasSubclasses", traits.hasSubclasses());
        flag(out, "rls", traits.rowLevelSecurity());
        flag(out, "withoutRowid", traits.withoutRowid());
    }

    private static void column(StringBuilder out, Column c) {
        out.append("  column ").append(quote(c.name())).append(' ');
        type(out, c.type());
        flag(out, "notnull", !c.nullable());
        opt(out, "default", c.defaultValue());
        if (c.autoIncrement().isAuto()) {
            out.append(" auto=").append(c.autoIncrement());
        }
        if (c.generated() != null) {
            out.append(c.generated().stored() ? " stored=" : " virtual=")
                    .append(quote(c.generated().expression()));
        }
        opt(out, "onUpdate", c.onUpdate());
        opt(out, "collation", c.collation());
        opt(out, "comment", c.comment());
        out.append('\n');
    }

    private static void type(StringBuilder out, ColumnType t) {
        out.append("type=");
        if (t.kind() != ColumnType.Kind.BUILTIN) {
            out.append(t.kind()).append(':');
        }
        if (t.schema() != null) {
            out.append(t.schema()).append('.');
        }
        out.append(quote(t.name()));
        if (t.length() != null) {
            out.append(" length=").append(t.length());
        }
        if (t.precision() != null) {
            out.append(" precision=").append(t.precision());
        }
        if (t.scale() != null) {
            out.append(" scale=").append(t.scale());
        }
        if (t.arrayDimensions() != 0) {
            out.append(" dims=").append(t.arrayDimensions());
        }
        flag(out, "unsigned", t.unsigned());
        if (!t.values().isEmpty()) {
            out.append(" values=").append(strings(t.values()));
        }
        out.append(" raw=").append(quote(t.raw()));
        if (t.domain() != null) {
            out.append(" domain=")
                    .append(quote(t.domain().schema()))
                    .append('.')
                    .append(quote(t.domain().name()));
        }
    }

    private static void index(StringBuilder out, Index i) {
        out.append("  index ").append(name(i.name()));
        flag(out, "unique", i.unique());
        flag(out, "constraint", i.constraint());
        opt(out, "method", i.method());
        opt(out, "predicate", i.predicate());
        flag(out, "fulltext", i.fulltext());
        flag(out, "deferrable", i.deferrable());
        out.append(" [")
                .append(i.columns().stream().map(SchemaDump::indexColumn).collect(Collectors.joining(", ")))
                .append("]\n");
    }

    private static String indexColumn(IndexColumn c) {
        StringBuilder s = new StringBuilder(c.column() != null ? quote(c.column()) : "expr=" + quote(c.expression()));
        if (c.column() != null && c.expression() != null) {
            s.append(" expr=").append(quote(c.expression()));
        }
        if (c.order() == SortOrder.DESC) {
            s.append(" DESC");
        }
        if (c.nulls() != NullsOrder.DEFAULT) {
            s.append(" NULLS ").append(c.nulls());
        }
        if (c.operatorClass() != null) {
            s.append(" ops=").append(c.operatorClass());
        }
        if (c.length() != null) {
            s.append(" length=").append(c.length());
        }
        return s.toString();
    }

    private static String qualified(String schema, String name) {
        return (schema == null ? "" : schema + ".") + quote(name);
    }

    private static String name(String name) {
        return name == null ? "<unnamed>" : quote(name);
    }

    private static void opt(StringBuilder out, String label, String value) {
        if (value != null) {
            out.append(' ').append(label).append('=').append(quote(value));
        }
    }

    private static void flag(StringBuilder out, String label, boolean value) {
        if (value) {
            out.append(' ').append(label);
        }
    }

    private static String strings(List<String> values) {
        return values.stream().map(SchemaDump::quote).collect(Collectors.joining(", ", "[", "]"));
    }

    static String quote(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder q = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\t' -> q.append("\\t");
                case '\r' -> q.append("\\r");
                default -> q.append(c);
            }
        }
        return q.append('"').toString();
    }
}
