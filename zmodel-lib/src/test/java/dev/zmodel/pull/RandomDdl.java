package dev.zmodel.pull;

import dev.zmodel.Provider;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes planned tables as one SQL script in the dialect: preamble, CREATE TABLE in dependency order (foreign keys
 * on the column, in the table, or added later with ALTER TABLE), indexes, comments and triggers, maybe a view, then
 * the rows. Statements end with {@code ;} and a line break, as a person or a dump tool writes them.
 */
final class RandomDdl {
    private final RandomDialect d;

    RandomDdl(RandomDialect dialect) {
        this.d = dialect;
    }

    String script(List<String> header, List<RandomTable> tables) {
        List<String> statements = new ArrayList<>(d.preamble());
        List<String> later = new ArrayList<>();
        for (RandomTable t : tables) {
            statements.add(createTable(t));
            t.foreignKeys.stream()
                    .filter(fk -> fk.placement() == RandomTable.Placement.ALTER)
                    .forEach(fk -> later.add("ALTER TABLE " + d.table(t) + " ADD " + foreignKey(fk)));
            t.indexes.stream().filter(i -> !i.constraint() && !inline(i)).forEach(i -> later.add(createIndex(t, i)));
            later.addAll(commentStatements(t));
            if (t.touchedColumn != null) {
                later.addAll(d.touchTrigger(t, t.touchedColumn));
            }
        }
        statements.addAll(later);
        statements.addAll(views(tables));
        for (RandomTable t : tables) {
            if (t.rows > 0) {
                statements.add(insert(t));
            }
        }
        return header.stream().map(h -> "-- " + h + "\n").collect(Collectors.joining())
                + statements.stream().map(s -> s + ";\n").collect(Collectors.joining("\n"));
    }

    private String createTable(RandomTable t) {
        List<String> lines = new ArrayList<>();
        for (RandomTable.Column c : t.columns) {
            lines.add(column(t, c));
        }
        if (!t.primaryKey.isEmpty() && !t.primaryKeyInline && !(t.key != null && t.key.declaresKey())) {
            lines.add((t.primaryKeyName == null ? "" : "CONSTRAINT " + d.quote(t.primaryKeyName) + " ")
                    + "PRIMARY KEY (" + columns(t.primaryKey) + ")");
        }
        for (RandomTable.Index i : t.indexes) {
            if (i.constraint()) {
                lines.add((i.name() == null ? "" : "CONSTRAINT " + d.quote(i.name()) + " ") + "UNIQUE ("
                        + columns(
                                i.parts().stream().map(RandomTable.Part::column).toList()) + ")");
            } else if (inline(i)) {
                lines.add((i.unique() ? "UNIQUE KEY " : i.fulltext() ? "FULLTEXT KEY " : d.pick("KEY ", "INDEX "))
                        + d.quote(i.name()) + " (" + parts(i) + ")");
            }
        }
        for (RandomTable.Check c : t.checks) {
            lines.add((c.name() == null ? "" : "CONSTRAINT " + d.quote(c.name()) + " ") + "CHECK (" + c.expression()
                    + ")");
        }
        t.foreignKeys.stream()
                .filter(fk -> fk.placement() == RandomTable.Placement.TABLE)
                .forEach(fk -> lines.add(foreignKey(fk)));
        String options = d.tableOptions(t);
        if (t.comment != null && d.comments() == RandomDialect.CommentSyntax.INLINE) {
            options += " COMMENT=" + RandomDialect.literal(t.comment);
        }
        return "CREATE TABLE " + d.table(t) + " (\n    " + String.join(",\n    ", lines) + "\n)" + options;
    }

    /** Now and then a reporting view over a table (db pull writes a view block for it). */
    private List<String> views(List<RandomTable> tables) {
        List<String> out = new ArrayList<>();
        if (d.chance(0.4)) {
            RandomTable t = d.pick(tables);
            String columns = columns(
                    t.columns.stream().limit(3).map(RandomTable.Column::name).toList());
            RandomTable view = new RandomTable(t.schema, t.name + "_view");
            out.add("CREATE VIEW " + d.table(view) + " AS SELECT " + columns + " FROM " + d.table(t));
        }
        return out;
    }

    private String column(RandomTable t, RandomTable.Column c) {
        StringBuilder sql = new StringBuilder(d.quote(c.name())).append(' ').append(c.sql());
        boolean key =
                t.key != null && t.primaryKey.size() == 1 && t.primaryKey.get(0).equals(c.name());
        if (!c.nullable() && !key) {
            sql.append(" NOT NULL");
        }
        if (c.defaultSql() != null) {
            sql.append(" DEFAULT ").append(c.defaultSql());
        }
        if (key && t.primaryKeyInline) {
            sql.append(" PRIMARY KEY");
        }
        if (c.unique()) {
            sql.append(" UNIQUE");
        }
        if (c.type() != null && c.type().check() != null) {
            sql.append(" CHECK (")
                    .append(String.format(c.type().check(), d.quote(c.name())))
                    .append(')');
        }
        t.foreignKeys.stream()
                .filter(fk -> fk.placement() == RandomTable.Placement.COLUMN
                        && fk.column().equals(c.name()))
                .forEach(fk -> sql.append(fk.name() == null ? "" : " CONSTRAINT " + d.quote(fk.name()))
                        .append(' ')
                        .append(references(fk)));
        if (c.comment() != null && d.comments() == RandomDialect.CommentSyntax.INLINE) {
            sql.append(" COMMENT ").append(RandomDialect.literal(c.comment()));
        }
        return sql.toString();
    }

    private String foreignKey(RandomTable.ForeignKey fk) {
        return (fk.name() == null ? "" : "CONSTRAINT " + d.quote(fk.name()) + " ") + "FOREIGN KEY ("
                + d.quote(fk.column()) + ") " + references(fk);
    }

    private String references(RandomTable.ForeignKey fk) {
        boolean implicitColumn = d.provider() == Provider.SQLITE && d.chance(0.1);
        return "REFERENCES " + d.table(fk.target()) + (implicitColumn ? "" : " (" + d.quote(fk.targetColumn()) + ")")
                + (fk.onDelete().isEmpty() ? "" : " ON DELETE " + fk.onDelete())
                + (fk.onUpdate().isEmpty() ? "" : " ON UPDATE " + fk.onUpdate());
    }

    /** MySQL dumps declare indexes inside CREATE TABLE; half of the MySQL indexes are written that way. */
    private boolean inline(RandomTable.Index i) {
        return d.provider() == Provider.MYSQL && !i.constraint() && i.name().hashCode() % 2 == 0;
    }

    private String createIndex(RandomTable t, RandomTable.Index i) {
        String on = i.expression() != null ? i.expression() : parts(i);
        return "CREATE " + (i.unique() ? "UNIQUE " : i.fulltext() ? "FULLTEXT " : "") + "INDEX " + d.quote(i.name())
                + " ON " + d.table(t) + (i.method() == null ? "" : " USING " + i.method()) + " (" + on + ")"
                + (i.predicate() == null ? "" : " WHERE " + i.predicate());
    }

    private List<String> commentStatements(RandomTable t) {
        List<String> out = new ArrayList<>();
        if (d.comments() != RandomDialect.CommentSyntax.COMMENT_ON) {
            return out;
        }
        String table = d.table(t);
        if (t.comment != null) {
            out.add("COMMENT ON TABLE " + table + " IS " + RandomDialect.literal(t.comment));
        }
        t.columns.stream()
                .filter(c -> c.comment() != null)
                .forEach(c -> out.add("COMMENT ON COLUMN " + table + "." + d.quote(c.name()) + " IS "
                        + RandomDialect.literal(c.comment())));
        return out;
    }

    private String insert(RandomTable t) {
        List<RandomTable.Column> columns =
                t.columns.stream().filter(c -> !c.generated()).toList();
        List<String> rows = new ArrayList<>();
        for (int n = 1; n <= t.rows; n++) {
            List<String> values = new ArrayList<>();
            for (RandomTable.Column c : columns) {
                values.add(value(t, c, n));
            }
            rows.add("(" + String.join(", ", values) + ")");
        }
        return "INSERT INTO " + d.table(t) + " ("
                + columns(columns.stream().map(RandomTable.Column::name).toList()) + ") VALUES\n    "
                + String.join(",\n    ", rows);
    }

    private String value(RandomTable t, RandomTable.Column c, int n) {
        for (RandomTable.ForeignKey fk : t.foreignKeys) {
            if (fk.column().equals(c.name())) {
                boolean toKey = fk.targetColumn().equals(fk.target().keyColumn());
                String parent = fk.target() == t || !toKey ? null : fk.target().firstKey();
                return parent == null ? "NULL" : parent;
            }
        }
        if (c.type() == null) {
            return t.key.value().apply(n);
        }
        return c.type().value().apply(n);
    }

    private String columns(List<String> names) {
        return names.stream().map(d::quote).collect(Collectors.joining(", "));
    }

    private String parts(RandomTable.Index i) {
        return i.parts().stream()
                .map(p -> d.quote(p.column())
                        + (p.length() == null ? "" : "(" + p.length() + ")")
                        + (p.desc() ? " DESC" : "")
                        + (p.nulls() == null ? "" : " " + p.nulls()))
                .collect(Collectors.joining(", "));
    }
}
