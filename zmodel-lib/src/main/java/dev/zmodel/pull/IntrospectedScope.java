package dev.zmodel.pull;

import dev.zmodel.dialect.Dialect;
import dev.zmodel.introspect.TableFilter;
import dev.zmodel.schema.DatabaseSchema;

import java.util.List;

/**
 * The tables a pull read: PostgreSQL schemas that were introspected, MySQL's database, SQLite's {@code main},
 * filtered by the same {@code include}/{@code exclude} globs and bookkeeping rules as the introspection.
 */
final class IntrospectedScope implements MergeScope {
    private final boolean schemas;
    private final List<String> namespaces;
    private final TableFilter filter;
    private final java.util.Set<dev.zmodel.schema.QualifiedName> skipped;

    /** @param skipped views that were read but not generated (prisma preset without the views preview feature) */
    IntrospectedScope(
            DatabaseSchema database,
            List<String> include,
            List<String> exclude,
            java.util.Set<dev.zmodel.schema.QualifiedName> skipped) {
        this.skipped = skipped;
        this.schemas = Dialect.of(database.provider()).facts().schemas();
        this.namespaces = database.namespaces();
        this.filter = TableFilter.of(include, exclude);
    }

    /** With schemas the model's schema must have been read; otherwise the one namespace (database, main) was. */
    @Override
    public boolean covers(String schema, String table) {
        if (skipped.contains(new dev.zmodel.schema.QualifiedName(schemas ? schema : null, table))) {
            return false;
        }
        if (schemas) {
            return namespaces.contains(schema) && filter.accepts(schema, table);
        }
        return filter.accepts(namespaces.isEmpty() ? null : namespaces.get(0), table);
    }

    @Override
    public boolean coversEnums(String schema) {
        return !schemas || namespaces.contains(schema);
    }
}
