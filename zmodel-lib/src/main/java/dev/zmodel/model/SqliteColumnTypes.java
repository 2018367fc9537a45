package dev.zmodel.model;

import dev.zmodel.ZModelException;
import dev.zmodel.schema.ColumnType;

import java.util.List;
import java.util.Locale;

/**
 * SQLite: the declared types Prisma writes ({@code INTEGER}, {@code BIGINT}, {@code REAL}, {@code DECIMAL},
 * {@code BOOLEAN}, {@code TEXT}, {@code DATETIME}, {@code JSONB}, {@code BLOB}), lower-cased as the introspector
 * reports them; enums are {@code TEXT}; SQLite has no {@code @db.*} native types.
 */
final class SqliteColumnTypes implements ColumnTypes {

    @Override
    public ColumnType scalar(String scalar, NativeType nativeType, String where) {
        if (nativeType != null) {
            throw new ZModelException(where + ": SQLite has no native types; remove @db." + nativeType.name() + ".");
        }
        return switch (scalar) {
            case "String" -> declared("TEXT");
            case "Boolean" -> declared("BOOLEAN");
            case "Int" -> declared("INTEGER");
            case "BigInt" -> declared("BIGINT");
            case "Float" -> declared("REAL");
            case "Decimal" -> declared("DECIMAL");
            case "DateTime" -> declared("DATETIME");
            case "Json" -> declared("JSONB");
            case "Bytes" -> declared("BLOB");
            default -> throw new IllegalArgumentException(scalar);
        };
    }

    @Override
    public ColumnType enumeration(EnumMapping mapping) {
        return declared("TEXT");
    }

    @Override
    public ColumnType unsupported(String text, String where) {
        return declared(text);
    }

    /** The declared type as {@code SqliteTypes} of the introspector decodes it. */
    static ColumnType declared(String declared) {
        String raw = declared.strip();
        int open = raw.indexOf('(');
        String base = (open < 0 ? raw : raw.substring(0, open)).strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
        Integer first = null;
        Integer second = null;
        if (open >= 0) {
            int close = raw.indexOf(')', open);
            String[] args = raw.substring(open + 1, close < 0 ? raw.length() : close).split(",");
            first = number(args[0]);
            second = args.length > 1 ? number(args[1]) : null;
        }
        Integer length = null;
        Integer precision = null;
        Integer scale = null;
        if (base.equals("numeric") || base.equals("decimal")) {
            precision = first;
            scale = second;
        } else if (base.contains("char") || base.contains("binary") || base.equals("bit") || base.equals("varbit")) {
            length = first;
        }
        return new ColumnType(ColumnType.Kind.BUILTIN, null, base, length, precision, scale, 0, false, List.of(), raw);
    }

    private static Integer number(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
