package dev.zmodel.schema;

import java.io.Serializable;
import java.util.List;

/**
 * A column's native type as the database knows it.
 *
 * <ul>
 *   <li>{@code name}: the canonical, lower-case base type name of the dialect without size and array
 *       markers — PostgreSQL {@code pg_type.typname} of the element type ({@code int4}, {@code varchar},
 *       {@code bpchar}, {@code timestamptz}, or an enum/UDT name), MySQL {@code DATA_TYPE}
 *       ({@code int}, {@code varchar}, {@code enum}), SQLite the declared type's base words
 *       ({@code integer}, {@code varchar}, {@code unsigned big int}; empty when none was declared).</li>
 *   <li>{@code length}: character/binary length ({@code varchar(255)}, {@code bit(8)}); null if none.</li>
 *   <li>{@code precision}/{@code scale}: numeric precision and scale, or fractional-seconds precision of
 *       temporal types (in {@code precision}); null if not declared.</li>
 *   <li>{@code arrayDimensions}: 0 for scalars (PostgreSQL only).</li>
 *   <li>{@code kind}: builtin, enum (PostgreSQL enum type, MySQL inline ENUM) or another user-defined type
 *       (domain, composite, extension type); {@code schema} qualifies enums/UDTs on PostgreSQL.</li>
 *   <li>{@code values}: MySQL inline {@code ENUM(...)}/{@code SET(...)} values in order.</li>
 *   <li>{@code raw}: the full type text as the catalog formats it ({@code character varying(255)},
 *       {@code int(10) unsigned}, {@code VARCHAR(255)}), for messages and {@code Unsupported("...")}.</li>
 *   <li>{@code domain}: the PostgreSQL domain the column is declared with, null for none; the other components
 *       then describe the domain's base type ({@code varchar(50)} for {@code CREATE DOMAIN code AS
 *       varchar(50)}), which is what ZModel states and the differ compares.</li>
 * </ul>
 */
public record ColumnType(
        Kind kind,
        String schema,
        String name,
        Integer length,
        Integer precision,
        Integer scale,
        int arrayDimensions,
        boolean unsigned,
        List<String> values,
        String raw,
        Domain domain)
        implements Serializable {
    public enum Kind {
        BUILTIN,
        ENUM,
        USER_DEFINED
    }

    public ColumnType {
        values = values == null ? List.of() : List.copyOf(values);
    }

    /** A type not declared through a domain. */
    public ColumnType(
            Kind kind,
            String schema,
            String name,
            Integer length,
            Integer precision,
            Integer scale,
            int arrayDimensions,
            boolean unsigned,
            List<String> values,
            String raw) {
        this(kind, schema, name, length, precision, scale, arrayDimensions, unsigned, values, raw, null);
    }

    public static ColumnType of(String name) {
        return new ColumnType(Kind.BUILTIN, null, name, null, null, null, 0, false, List.of(), name);
    }

    public static ColumnType withLength(String name, int length) {
        return new ColumnType(
                Kind.BUILTIN, null, name, length, null, null, 0, false, List.of(), name + "(" + length + ")");
    }

    public static ColumnType numeric(String name, Integer precision, Integer scale) {
        String raw = precision == null ? name : name + "(" + precision + (scale == null ? "" : ", " + scale) + ")";
        return new ColumnType(Kind.BUILTIN, null, name, null, precision, scale, 0, false, List.of(), raw);
    }

    public static ColumnType enumType(String schema, String name) {
        return new ColumnType(Kind.ENUM, schema, name, null, null, null, 0, false, List.of(), name);
    }

    public boolean isArray() {
        return arrayDimensions > 0;
    }

    public boolean isEnum() {
        return kind == Kind.ENUM;
    }

    public ColumnType withArrayDimensions(int dims) {
        return new ColumnType(kind, schema, name, length, precision, scale, dims, unsigned, values, raw, domain);
    }

    public ColumnType withRaw(String newRaw) {
        return new ColumnType(
                kind, schema, name, length, precision, scale, arrayDimensions, unsigned, values, newRaw, domain);
    }

    /** This base type, declared through the domain {@code value} (null: not through a domain). */
    public ColumnType withDomain(Domain value) {
        return new ColumnType(
                kind, schema, name, length, precision, scale, arrayDimensions, unsigned, values, raw, value);
    }

    @Override
    public String toString() {
        return raw != null ? raw : name;
    }
}
