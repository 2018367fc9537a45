package dev.zmodel.dialect;

import dev.zmodel.schema.Column;
import dev.zmodel.schema.ColumnType;

import java.util.Map;
import java.util.Set;

/**
 * One database's type table, read in both directions: a catalog column type → its ZModel type and {@code @db.*}
 * attribute (db pull), and a ZModel type with its {@code @db.*} attribute → the column type the catalog reports
 * after our DDL created it (the model builder). Both directions of a database live in one class, and the
 * pull ⇄ model agreement test holds them to each other.
 */
public interface TypeTable {

    /** The {@code @db.*} native types of this database and the ZModel field types each may be used with. */
    Map<String, Set<String>> nativeTypes();

    /**
     * The ZModel type of a catalog column (Prisma's rules): a scalar with its native type attribute when it differs
     * from the scalar's default, the column's enum, or {@code Unsupported("…")}. Arrays map their element type.
     */
    MappedType toZModel(Column column);

    /**
     * The ZModel type by the {@code zenstack} preset's rules where they go beyond Prisma's (SQLite: declared types
     * Prisma leaves {@code Unsupported} mapped by their affinity); Prisma's rules elsewhere.
     */
    default MappedType toZModelByZenStackRules(Column column) {
        return toZModel(column);
    }

    /**
     * A builtin scalar ({@code String}, {@code Int}, …) with its {@code @db.*} native type, or the database's default
     * native type for the scalar when {@code nativeType} is null.
     *
     * @throws dev.zmodel.ZModelException when the native type does not exist on this database
     */
    ColumnType scalar(String scalar, NativeType nativeType, String where);

    /** The column type of an enum field (its database name and schema, and its values in order). */
    ColumnType enumeration(String schema, String name, java.util.List<String> values);

    /** The canonical type of an {@code Unsupported("text")} field, parsed as the catalog would report it. */
    ColumnType unsupported(String text, String where);

    /**
     * The database stores the two scalars alike, so a foreign key column may be stated with the type of the column
     * it references and the differ sees no change between them. SQLite: {@code Int} and {@code BigInt} (both an
     * INTEGER, a 64-bit signed value).
     */
    default boolean storedAlike(String scalar, String other) {
        return scalar.equals(other);
    }
}
