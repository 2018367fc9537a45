package dev.zmodel.diff;

import dev.zmodel.schema.QualifiedName;

/** How changes name database objects in their sentences. */
final class Names {
    private Names() {
    }

    /** {@code User}, or {@code auth.User} for a table outside PostgreSQL's default schema. */
    static String table(QualifiedName table) {
        return "`" + (table.schema() == null || table.schema().equals("public") ? table.name()
                : table.schema() + "." + table.name()) + "`";
    }

    static String column(QualifiedName table, String column) {
        String t = table(table);
        return t.substring(0, t.length() - 1) + "." + column + "`";
    }

    /** "foreign key `Post_authorId_fkey`", or "a foreign key" for an unnamed (SQLite) one. */
    static String foreignKey(String name) {
        return name == null ? "a foreign key" : "foreign key " + quote(name);
    }

    static String quote(String name) {
        return "`" + name + "`";
    }

    static String list(java.util.List<String> names) {
        return names.stream().map(Names::quote).collect(java.util.stream.Collectors.joining(", "));
    }
}
