package dev.zmodel.introspect;

import dev.zmodel.Listener;

import java.util.List;
import java.util.Objects;

/**
 * What to read.
 *
 * @param schemas  PostgreSQL schemas to read (default {@code ["public"]}); ignored by MySQL/MariaDB (the
 *                 connection's current database) and SQLite ({@code main})
 * @param include  glob patterns ({@code *}, {@code ?}) a table or view name must match (empty: everything). A
 *                 pattern containing a dot is matched against {@code namespace.name}
 * @param exclude  glob patterns of tables and views to leave out; applied after {@code include}
 * @param listener progress and warnings
 */
public record IntrospectionOptions(
        List<String> schemas, List<String> include, List<String> exclude, Listener listener) {
    public static final List<String> DEFAULT_SCHEMAS = List.of("public");

    public IntrospectionOptions {
        schemas = schemas == null || schemas.isEmpty() ? DEFAULT_SCHEMAS : List.copyOf(schemas);
        include = include == null ? List.of() : List.copyOf(include);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
        listener = listener == null ? Listener.NONE : listener;
    }

    /** Schema {@code public}, every table, no listener. */
    public static IntrospectionOptions defaults() {
        return new IntrospectionOptions(DEFAULT_SCHEMAS, List.of(), List.of(), Listener.NONE);
    }

    public IntrospectionOptions withSchemas(List<String> value) {
        return new IntrospectionOptions(value, include, exclude, listener);
    }

    public IntrospectionOptions withInclude(List<String> value) {
        return new IntrospectionOptions(schemas, value, exclude, listener);
    }

    public IntrospectionOptions withExclude(List<String> value) {
        return new IntrospectionOptions(schemas, include, value, listener);
    }

    public IntrospectionOptions withListener(Listener value) {
        return new IntrospectionOptions(schemas, include, exclude, Objects.requireNonNull(value));
    }
}
