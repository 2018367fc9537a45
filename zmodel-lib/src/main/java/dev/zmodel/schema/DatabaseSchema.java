package dev.zmodel.schema;

import dev.zmodel.Provider;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * The dialect-neutral relational model of a database (or of the database a ZModel schema describes):
 * everything {@code db pull}, the diff and drift detection need, so nothing is re-read later.
 *
 * @param provider   the database family
 * @param product    server product and version as reported ("PostgreSQL 15.19", "MariaDB 10.11.19",
 *                   "SQLite 3.50.3"); null for models built from ZModel
 * @param namespaces the schemas read (PostgreSQL), or the database name (MySQL), or "main" (SQLite)
 * @param tables     tables in catalog order (namespace, then name)
 * @param views      views in catalog order
 * @param enums      PostgreSQL enum types in catalog order (MySQL inline enums live on their columns)
 * @param extensions PostgreSQL extensions by name ({@code plpgsql}, which every database has, is not listed)
 * @param storedObjects triggers, functions, procedures, MySQL events and PostgreSQL sequences no column owns, by name
 *                   (introspection; the model never states them)
 */
public record DatabaseSchema(
        Provider provider,
        String product,
        List<String> namespaces,
        List<Table> tables,
        List<View> views,
        List<EnumType> enums,
        List<Extension> extensions,
        List<StoredObject> storedObjects)
        implements Serializable {
    public DatabaseSchema {
        namespaces = List.copyOf(namespaces);
        tables = List.copyOf(tables);
        views = List.copyOf(views);
        enums = List.copyOf(enums);
        extensions = extensions == null ? List.of() : List.copyOf(extensions);
        storedObjects = storedObjects == null ? List.of() : List.copyOf(storedObjects);
    }

    /** A schema without stored objects. */
    public DatabaseSchema(
            Provider provider,
            String product,
            List<String> namespaces,
            List<Table> tables,
            List<View> views,
            List<EnumType> enums,
            List<Extension> extensions) {
        this(provider, product, namespaces, tables, views, enums, extensions, List.of());
    }

    /** A schema without extensions. */
    public DatabaseSchema(
            Provider provider,
            String product,
            List<String> namespaces,
            List<Table> tables,
            List<View> views,
            List<EnumType> enums) {
        this(provider, product, namespaces, tables, views, enums, List.of(), List.of());
    }

    public static DatabaseSchema empty(Provider provider) {
        return new DatabaseSchema(provider, null, List.of(), List.of(), List.of(), List.of());
    }

    /** True for a MariaDB server (its catalog differs from MySQL's in places). */
    public boolean isMariaDb() {
        return product != null && product.toLowerCase(java.util.Locale.ROOT).contains("mariadb");
    }

    public Optional<Table> table(String schema, String name) {
        return tables.stream()
                .filter(t -> t.name().equals(name) && (schema == null || schema.equals(t.schema())))
                .findFirst();
    }

    public Optional<EnumType> enumType(String schema, String name) {
        return enums.stream()
                .filter(e -> e.name().equals(name) && (schema == null || schema.equals(e.schema())))
                .findFirst();
    }

    public DatabaseSchema withTables(List<Table> value) {
        return new DatabaseSchema(provider, product, namespaces, value, views, enums, extensions, storedObjects);
    }

    public DatabaseSchema withExtensions(List<Extension> value) {
        return new DatabaseSchema(provider, product, namespaces, tables, views, enums, value, storedObjects);
    }

    public DatabaseSchema withStoredObjects(List<StoredObject> value) {
        return new DatabaseSchema(provider, product, namespaces, tables, views, enums, extensions, value);
    }
}
