package dev.zmodel.pull.types;

import dev.zmodel.pull.types.MappedType.Scalar;
import dev.zmodel.schema.Column;
import dev.zmodel.schema.ColumnType;

import java.util.Set;

/**
 * MySQL/MariaDB types by {@code DATA_TYPE} (Prisma's {@code mysql.rs::get_column_type}). Default native types (not
 * written): {@code int}, {@code bigint}, {@code double}, {@code decimal(65,30)}, {@code tinyint(1)} for Boolean,
 * {@code varchar(191)}, {@code datetime(3)}, {@code longblob}, {@code json}. {@code tinyint(1)} is Boolean unless
 * its default is a number other than 0 and 1; {@code bit(1)} is Boolean; {@code year} is {@code Int @db.Year}.
 * MariaDB's JSON (a checked LONGTEXT) arrives as {@code json}.
 */
final class MySqlTypeMapping implements TypeMapping {
    private static final Set<String> BOOLEAN_DEFAULTS = Set.of("0", "1", "'0'", "'1'");

    @Override
    public MappedType map(Column column) {
        ColumnType t = column.type();
        if (t.isEnum()) {
            return new MappedType.EnumRef();
        }
        boolean u = t.unsigned();
        return switch (t.name()) {
            case "int", "integer" -> u ? Scalar.of("Int", "UnsignedInt") : Scalar.of("Int");
            case "smallint" -> Scalar.of("Int", u ? "UnsignedSmallInt" : "SmallInt");
            case "mediumint" -> Scalar.of("Int", u ? "UnsignedMediumInt" : "MediumInt");
            case "tinyint" -> tinyint(column, t);
            case "bigint" -> u ? Scalar.of("BigInt", "UnsignedBigInt") : Scalar.of("BigInt");
            case "decimal", "numeric" -> decimal(t);
            case "float" -> Scalar.of("Float", "Float");
            case "double", "real" -> Scalar.of("Float");
            case "char" -> Scalar.of("String", "Char", t.length() == null ? 1 : t.length());
            case "varchar" -> t.length() != null && t.length() == 191 ? Scalar.of("String")
                    : Scalar.of("String", "VarChar", t.length());
            case "tinytext" -> Scalar.of("String", "TinyText");
            case "text" -> Scalar.of("String", "Text");
            case "mediumtext" -> Scalar.of("String", "MediumText");
            case "longtext" -> Scalar.of("String", "LongText");
            case "set" -> Scalar.of("String");
            case "json" -> Scalar.of("Json");
            case "date" -> Scalar.of("DateTime", "Date");
            case "time" -> Scalar.of("DateTime", "Time", precision(t));
            case "datetime" -> precision(t) == 3 ? Scalar.of("DateTime") : Scalar.of("DateTime", "DateTime", precision(t));
            case "timestamp" -> Scalar.of("DateTime", "Timestamp", precision(t));
            case "year" -> Scalar.of("Int", "Year");
            case "bit" -> t.length() == null || t.length() == 1 ? Scalar.of("Boolean", "Bit", 1)
                    : Scalar.of("Bytes", "Bit", t.length());
            case "binary" -> Scalar.of("Bytes", "Binary", t.length() == null ? 1 : t.length());
            case "varbinary" -> Scalar.of("Bytes", "VarBinary", t.length());
            case "tinyblob" -> Scalar.of("Bytes", "TinyBlob");
            case "blob" -> Scalar.of("Bytes", "Blob");
            case "mediumblob" -> Scalar.of("Bytes", "MediumBlob");
            case "longblob" -> Scalar.of("Bytes");
            default -> new MappedType.Unsupported(t.raw() == null ? t.name() : t.raw());
        };
    }

    private static MappedType tinyint(Column column, ColumnType t) {
        boolean boolWidth = t.length() != null && t.length() == 1 && !t.unsigned();
        if (boolWidth && (column.defaultValue() == null || BOOLEAN_DEFAULTS.contains(column.defaultValue()))) {
            return Scalar.of("Boolean");
        }
        return Scalar.of("Int", t.unsigned() ? "UnsignedTinyInt" : "TinyInt");
    }

    private static MappedType decimal(ColumnType t) {
        int precision = t.precision() == null ? 10 : t.precision();
        int scale = t.scale() == null ? 0 : t.scale();
        if (precision == 65 && scale == 30) {
            return Scalar.of("Decimal");
        }
        return Scalar.of("Decimal", "Decimal", precision, scale);
    }

    private static int precision(ColumnType t) {
        return t.precision() == null ? 0 : t.precision();
    }
}
