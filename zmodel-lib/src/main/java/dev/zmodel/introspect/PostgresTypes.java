package dev.zmodel.introspect;

import dev.zmodel.schema.ColumnType;

import java.util.List;

/** Decodes a PostgreSQL column type ({@code pg_type} row + {@code atttypmod}) into a {@link ColumnType}. */
final class PostgresTypes {
    private PostgresTypes() {}

    /**
     * @param typname    {@code pg_type.typname} of the element type (the type itself for scalars)
     * @param typtype    {@code pg_type.typtype} of the element type ({@code b}, {@code e}, {@code d}, ...)
     * @param typschema  schema of the element type
     * @param typmod     {@code pg_attribute.atttypmod} (applies to the element type of arrays)
     * @param dimensions array dimensions, 0 for scalars
     * @param formatted  {@code format_type(atttypid, atttypmod)}
     */
    static ColumnType decode(
            String typname, String typtype, String typschema, int typmod, int dimensions, String formatted) {
        ColumnType.Kind kind = "pg_catalog".equals(typschema)
                ? ColumnType.Kind.BUILTIN
                : "e".equals(typtype) ? ColumnType.Kind.ENUM : ColumnType.Kind.USER_DEFINED;
        String schema = kind == ColumnType.Kind.BUILTIN ? null : typschema;
        Integer length = null;
        Integer precision = null;
        Integer scale = null;
        if (typmod >= 0 && kind == ColumnType.Kind.BUILTIN) {
            switch (typname) {
                case "varchar", "bpchar" -> length = typmod - 4;
                case "bit", "varbit" -> length = typmod;
                case "numeric" -> {
                    precision = ((typmod - 4) >> 16) & 0xffff;
                    scale = (((typmod - 4) & 0x7ff) ^ 1024) - 1024;
                }
                case "time", "timetz", "timestamp", "timestamptz" -> precision = typmod;
                default -> {}
            }
        }
        return new ColumnType(kind, schema, typname, length, precision, scale, dimensions, false, List.of(), formatted);
    }
}
