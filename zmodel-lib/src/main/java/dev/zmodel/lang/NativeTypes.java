package dev.zmodel.lang;

import dev.zmodel.Provider;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which {@code @db.*} native types each provider supports, and for which field types (Prisma's native type
 * tables; SQLite has none). The standard library declares the attributes; this table says where they apply.
 */
public final class NativeTypes {
    private static final Map<String, Set<String>> POSTGRESQL = Map.ofEntries(
            Map.entry("Text", Set.of("String")), Map.entry("Char", Set.of("String")),
            Map.entry("VarChar", Set.of("String")), Map.entry("Bit", Set.of("String")),
            Map.entry("VarBit", Set.of("String")), Map.entry("Uuid", Set.of("String")),
            Map.entry("Xml", Set.of("String")), Map.entry("Inet", Set.of("String")),
            Map.entry("Citext", Set.of("String")), Map.entry("Boolean", Set.of("Boolean")),
            Map.entry("Integer", Set.of("Int")), Map.entry("SmallInt", Set.of("Int")),
            Map.entry("Oid", Set.of("Int")), Map.entry("BigInt", Set.of("BigInt")),
            Map.entry("DoublePrecision", Set.of("Float")), Map.entry("Real", Set.of("Float")),
            Map.entry("Decimal", Set.of("Decimal")), Map.entry("Money", Set.of("Decimal")),
            Map.entry("Timestamp", Set.of("DateTime")), Map.entry("Timestamptz", Set.of("DateTime")),
            Map.entry("Date", Set.of("DateTime")), Map.entry("Time", Set.of("DateTime")),
            Map.entry("Timetz", Set.of("DateTime")), Map.entry("Json", Set.of("Json")),
            Map.entry("JsonB", Set.of("Json")), Map.entry("ByteA", Set.of("Bytes")));

    private static final Map<String, Set<String>> MYSQL = Map.ofEntries(
            Map.entry("VarChar", Set.of("String")), Map.entry("Text", Set.of("String")),
            Map.entry("Char", Set.of("String")), Map.entry("TinyText", Set.of("String")),
            Map.entry("MediumText", Set.of("String")), Map.entry("LongText", Set.of("String")),
            Map.entry("Bit", Set.of("Boolean", "Bytes")), Map.entry("TinyInt", Set.of("Boolean", "Int")),
            Map.entry("UnsignedTinyInt", Set.of("Boolean", "Int")), Map.entry("Int", Set.of("Int")),
            Map.entry("UnsignedInt", Set.of("Int")), Map.entry("SmallInt", Set.of("Int")),
            Map.entry("UnsignedSmallInt", Set.of("Int")), Map.entry("MediumInt", Set.of("Int")),
            Map.entry("UnsignedMediumInt", Set.of("Int")), Map.entry("Year", Set.of("Int")),
            Map.entry("BigInt", Set.of("BigInt")), Map.entry("UnsignedBigInt", Set.of("BigInt")),
            Map.entry("Float", Set.of("Float")), Map.entry("Double", Set.of("Float")),
            Map.entry("Decimal", Set.of("Decimal")), Map.entry("DateTime", Set.of("DateTime")),
            Map.entry("Date", Set.of("DateTime")), Map.entry("Time", Set.of("DateTime")),
            Map.entry("Timestamp", Set.of("DateTime")), Map.entry("Json", Set.of("Json")),
            Map.entry("Binary", Set.of("Bytes")), Map.entry("VarBinary", Set.of("Bytes")),
            Map.entry("TinyBlob", Set.of("Bytes")), Map.entry("Blob", Set.of("Bytes")),
            Map.entry("MediumBlob", Set.of("Bytes")), Map.entry("LongBlob", Set.of("Bytes")));

    private NativeTypes() {
    }

    /** The field types a native type (without {@code @db.}) may be used with on a provider; empty if none. */
    public static Optional<Set<String>> fieldTypes(Provider provider, String nativeType) {
        return Optional.ofNullable(table(provider).get(nativeType));
    }

    /** The native types a provider supports (sorted). */
    public static List<String> supported(Provider provider) {
        return table(provider).keySet().stream().sorted().toList();
    }

    private static Map<String, Set<String>> table(Provider provider) {
        return switch (provider) {
            case POSTGRESQL -> POSTGRESQL;
            case MYSQL -> MYSQL;
            case SQLITE -> Map.of();
        };
    }
}
