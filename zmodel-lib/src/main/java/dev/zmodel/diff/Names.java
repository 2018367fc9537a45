package dev.zmodel.diff;

import dev.zmodel.schema.QualifiedName;

/** How changes name database objects in their sentences. */
final class Names {
    private Names() {}

    /** {@code User}, or {@code auth.User} for a table outside PostgreSQL's default schema. */
    static String table(QualifiedName table) {
        return "`"
                + (table.schema() == null || table.schema().equals("public")
                        ? table.name()
                        : table.schema() + "." + table.name())
                + "`";
    }

    static String column(QualifiedName table, String column) {
        String t = table(table);
        return t.substring(0, t.length() - 1) + "." + column + "`";
    }

    /** "foreign key `Post_authorId_fkey`", or "a foreign key" for an unnamed (SQLite) one. */
    static String foreignKey(String name) {
        return name == null ? "a foreign key" : "foreign key " + quote(name);
    }

    /** A type as a reader expects it: {@code varchar(255)}, {@code numeric(10,2)}, {@code enum('A','B')}, {@code Role[]}. */
    static String type(dev.zmodel.schema.ColumnType t) {
        StringBuilder b = new StringBuilder(t.name());
        if (!t.values().isEmpty()) {
            b.append(t.values().stream()
                    .map(v -> "'" + v + "'")
                    .collect(java.util.stream.Collectors.joining(",", "(", ")")));
        } else if (t.length() != null) {
            b.append('(').append(t.length()).append(')');
        } else if (t.precision() != null) {
            b.append('(')
                    .append(t.precision())
                    .append(t.scale() == null ? "" : "," + t.scale())
                    .append(')');
        }
        if (t.unsigned()) {
            b.append(" unsigned");
        }
        return "`" + b + "[]".repeat(t.arrayDimensions()) + "`";
    }

    static String quote(String name) {
        return "`" + name + "`";
    }

    static String list(java.util.List<String> names) {
        return names.stream().map(Names::quote).collect(java.util.stream.Collectors.joining(", "));
    }
}
