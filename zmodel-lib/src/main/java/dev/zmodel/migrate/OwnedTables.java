package dev.zmodel.migrate;

import dev.zmodel.dialect.Dialect;
import dev.zmodel.introspect.TableFilter;
import dev.zmodel.schema.Column;
import dev.zmodel.schema.ColumnType;
import dev.zmodel.schema.DatabaseSchema;
import dev.zmodel.schema.EnumType;
import dev.zmodel.schema.ForeignKey;
import dev.zmodel.schema.Table;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The tables the project owns (Prisma's {@code tables.external}, the other way round): those the {@code include}
 * and {@code exclude} globs accept — the same globs and rule db pull applies. The others belong to someone else
 * (another application, a queue, a cache): the migration workflows never create, change, drop or reset them, and
 * never report them as drift. An enum type such a table uses is theirs too. On MySQL/MariaDB and SQLite the part of a
 * {@code database.table} glob before the dot is not compared: migrations compare databases of other names (the
 * shadow database). Foreign keys from the project's tables to foreign ones are left out on both sides: kept as the
 * database has them, never created by a migration.
 */
final class OwnedTables {
    private final boolean everything;
    private final boolean schemas;
    private final TableFilter filter;

    private OwnedTables(MigrateOptions options) {
        this.everything = options.include().isEmpty() && options.exclude().isEmpty();
        this.schemas = Dialect.of(options.provider()).facts().schemas();
        this.filter = TableFilter.of(globs(options.include()), globs(options.exclude()));
    }

    static OwnedTables of(MigrateOptions options) {
        return new OwnedTables(options);
    }

    /** True when no glob is given: the project owns every table. */
    boolean everything() {
        return everything;
    }

    boolean owns(String schema, String name) {
        return everything || filter.accepts(schemas ? schema : null, name);
    }

    /** The schema without the tables and views the project does not own, and without the enum types they use. */
    DatabaseSchema of(DatabaseSchema schema) {
        if (everything) {
            return schema;
        }
        List<Table> tables = schema.tables().stream()
                .filter(t -> owns(t.schema(), t.name()))
                .map(this::withoutForeignReferences)
                .toList();
        Set<String> foreignEnums = new HashSet<>();
        schema.tables().stream()
                .filter(t -> !owns(t.schema(), t.name()))
                .flatMap(t -> t.columns().stream())
                .map(Column::type)
                .filter(type -> type.kind() == ColumnType.Kind.ENUM)
                .forEach(type -> foreignEnums.add(type.name()));
        List<EnumType> enums = schema.enums().stream()
                .filter(e -> !foreignEnums.contains(e.name()))
                .toList();
        return new DatabaseSchema(
                schema.provider(),
                schema.product(),
                schema.namespaces(),
                tables,
                schema.views().stream().filter(v -> owns(v.schema(), v.name())).toList(),
                enums);
    }

    /**
     * The table without its foreign keys to tables the project does not own: neither side of a comparison states
     * them, so a migration never creates or drops one (the foreign table is not in the shadow database either).
     */
    private Table withoutForeignReferences(Table t) {
        List<ForeignKey> kept = t.foreignKeys().stream()
                .filter(fk ->
                        owns(fk.referencedSchema() != null ? fk.referencedSchema() : t.schema(), fk.referencedTable()))
                .toList();
        if (kept.size() == t.foreignKeys().size()) {
            return t;
        }
        return new Table(
                t.schema(),
                t.name(),
                t.columns(),
                t.primaryKey(),
                t.indexes(),
                kept,
                t.checks(),
                t.exclusions(),
                t.comment(),
                t.traits());
    }

    /** The tables of {@code schema} the project does not own, by name. */
    List<String> foreign(DatabaseSchema schema) {
        return schema.tables().stream()
                .filter(t -> !owns(t.schema(), t.name()))
                .map(t -> t.schema() == null ? t.name() : t.schema() + "." + t.name())
                .toList();
    }

    /** Without schemas, {@code db.table} globs compare the table name only. */
    private List<String> globs(List<String> globs) {
        return schemas
                ? globs
                : globs.stream().map(g -> g.substring(g.indexOf('.') + 1)).toList();
    }
}
