package dev.zmodel.model;

import dev.zmodel.Provider;
import dev.zmodel.schema.ColumnType;

/**
 * The column type of a ZModel field on one database: the provider's default native type for each scalar
 * (Prisma's {@code SCALAR_TYPE_DEFAULTS}), the {@code @db.*} native types, enums, and {@code Unsupported("…")}
 * type texts — each in the canonical form the database's introspector reports (architecture.md, "The relational
 * model contract").
 */
interface ColumnTypes {

    /** The one place that picks the dialect. */
    static ColumnTypes forProvider(Provider provider) {
        return switch (provider) {
            case POSTGRESQL -> new PostgresColumnTypes();
            case MYSQL -> new MySqlColumnTypes();
            case SQLITE -> new SqliteColumnTypes();
        };
    }

    /**
     * A builtin scalar ({@code String}, {@code Int}, …) with its {@code @db.*} native type, or the provider's
     * default native type when {@code nativeType} is null.
     *
     * @throws dev.zmodel.ZModelException when the native type does not exist on the provider or does not fit the
     *                                    scalar
     */
    ColumnType scalar(String scalar, NativeType nativeType, String where);

    /** The column type of an enum field. */
    ColumnType enumeration(EnumMapping mapping);

    /** The canonical type of an {@code Unsupported("text")} field, parsed as the catalog would report it. */
    ColumnType unsupported(String text, String where);
}
