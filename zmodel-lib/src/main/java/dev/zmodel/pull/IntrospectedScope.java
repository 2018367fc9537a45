package dev.zmodel.pull;

import dev.zmodel.Provider;
import dev.zmodel.introspect.TableFilter;
import dev.zmodel.schema.DatabaseSchema;

import java.util.List;

/**
 * The tables a pull read: PostgreSQL schemas that were introspected, MySQL's database, SQLite's {@code main},
 * filtered by the same {@code include}/{@code exclude} globs and bookkeeping rules as the introspection.
 */
final class IntrospectedScope implements MergeScope {
    private final Provider provider;
    private final List<String> namespaces;
    private final TableFilter filter;

    IntrospectedScope(DatabaseSchema database, List<String> include, List<String> exclude) {
        this.provider = database.provider();
        this.namespaces = database.namespaces();
        this.filter = TableFilter.of(include, exclude);
    }

    @Override
    public boolean covers(String schema, String table) {
        return switch (provider) {
            case POSTGRESQL -> namespaces.contains(schema) && filter.accepts(schema, table);
            case MYSQL -> filter.accepts(namespaces.isEmpty() ? null : namespaces.get(0), table);
            case SQLITE -> filter.accepts("main", table);
        };
    }

    @Override
    public boolean coversEnums(String schema) {
        return provider != Provider.POSTGRESQL || namespaces.contains(schema);
    }
}
