package dev.zmodel.dialect;

import dev.zmodel.Provider;
import dev.zmodel.schema.Column;
import dev.zmodel.schema.ColumnType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * The type tables read from the catalog side: the ZModel type and native type attribute of each database type (Prisma's tables), the
 * default native types left out, and the SQLite affinity rules of the zenstack preset.
 */
class TypeTableToZModelTest {
    private static String text(MappedType t) {
        if (t instanceof MappedType.Scalar s) {
            return s.type() + (s.nativeType() == null ? "" : " " + s.nativeType());
        }
        if (t instanceof MappedType.Unsupported u) {
            return "Unsupported(" + u.nativeType() + ")";
        }
        return "enum";
    }

    private static ColumnType type(
            String name, Integer length, Integer precision, Integer scale, boolean unsigned, String raw) {
        return new ColumnType(
                ColumnType.Kind.BUILTIN,
                null,
                name,
                length,
                precision,
                scale,
                0,
                unsigned,
                List.of(),
                raw == null ? name : raw);
    }

    private static Integer n(String s) {
        return s == null || s.isBlank() ? null : Integer.valueOf(s.strip());
    }

    @ParameterizedTest(name = "{0}({1},{2},{3}) -> {4}")
    @CsvSource(
            delimiter = '|',
            value = {
                "int2        |     |    |    | Int @db.SmallInt",
                "int4        |     |    |    | Int",
                "int8        |     |    |    | BigInt",
                "oid         |     |    |    | Int @db.Oid",
                "float4      |     |    |    | Float @db.Real",
                "float8      |     |    |    | Float",
                "numeric     |     |    |    | Decimal @db.Decimal",
                "numeric     |     | 10 | 2  | Decimal @db.Decimal(10, 2)",
                "numeric     |     | 5  | 0  | Decimal @db.Decimal(5, 0)",
                "numeric     |     | 65 | 30 | Decimal",
                "money       |     |    |    | Decimal @db.Money",
                "bool        |     |    |    | Boolean",
                "text        |     |    |    | String",
                "varchar     | 255 |    |    | String @db.VarChar(255)",
                "varchar     |     |    |    | String @db.VarChar",
                "varchar     | 191 |    |    | String @db.VarChar(191)",
                "bpchar      | 3   |    |    | String @db.Char(3)",
                "bpchar      | 1   |    |    | String @db.Char(1)",
                "bpchar      |     |    |    | String @db.Char",
                "char        |     |    |    | String @db.Char",
                "uuid        |     |    |    | String @db.Uuid",
                "xml         |     |    |    | String @db.Xml",
                "inet        |     |    |    | String @db.Inet",
                "bit         | 8   |    |    | String @db.Bit(8)",
                "varbit      | 16  |    |    | String @db.VarBit(16)",
                "varbit      |     |    |    | String @db.VarBit",
                "bytea       |     |    |    | Bytes",
                "json        |     |    |    | Json @db.Json",
                "jsonb       |     |    |    | Json",
                "date        |     |    |    | DateTime @db.Date",
                "time        |     |    |    | DateTime @db.Time(6)",
                "time        |     | 3  |    | DateTime @db.Time(3)",
                "timetz      |     |    |    | DateTime @db.Timetz(6)",
                "timestamp   |     |    |    | DateTime @db.Timestamp(6)",
                "timestamp   |     | 3  |    | DateTime",
                "timestamp   |     | 0  |    | DateTime @db.Timestamp(0)",
                "timestamptz |     |    |    | DateTime @db.Timestamptz(6)",
                "timestamptz |     | 3  |    | DateTime @db.Timestamptz(3)",
                "interval    |     |    |    | Unsupported(interval)",
                "cidr        |     |    |    | Unsupported(cidr)",
                "tsvector    |     |    |    | Unsupported(tsvector)",
                "point       |     |    |    | Unsupported(point)",
                "name        |     |    |    | Unsupported(name)",
            })
    void postgres(String name, String length, String precision, String scale, String expected) {
        TypeTable m = Dialect.of(Provider.POSTGRESQL).types();
        assertEquals(
                expected,
                text(m.toZModel(
                        Column.of("c", type(name.strip(), n(length), n(precision), n(scale), false, null), true))));
    }

    @Test
    void postgresArraysAndUserDefinedTypes() {
        TypeTable m = Dialect.of(Provider.POSTGRESQL).types();
        assertEquals(
                "DateTime @db.Timestamptz",
                text(m.toZModel(Column.of("c", ColumnType.of("timestamptz").withArrayDimensions(1), true))),
                "arrays report no precision: no argument, as Prisma");
        assertEquals(
                "Unsupported(_interval)",
                text(m.toZModel(Column.of("c", ColumnType.of("interval").withArrayDimensions(1), true))));
        ColumnType citext = new ColumnType(
                ColumnType.Kind.USER_DEFINED, "public", "citext", null, null, null, 0, false, List.of(), "citext");
        assertEquals("String @db.Citext", text(m.toZModel(Column.of("c", citext, true))));
        ColumnType domain = new ColumnType(
                ColumnType.Kind.USER_DEFINED,
                "public",
                "positive_int",
                null,
                null,
                null,
                0,
                false,
                List.of(),
                "positive_int");
        assertEquals("Unsupported(positive_int)", text(m.toZModel(Column.of("c", domain, true))));
        assertInstanceOf(
                MappedType.EnumRef.class, m.toZModel(Column.of("c", ColumnType.enumType("public", "mood"), true)));
    }

    @ParameterizedTest(name = "{0}({1},{2},{3}) unsigned={4} default={5} -> {6}")
    @CsvSource(
            delimiter = '|',
            value = {
                "int        |     |    |    | false |      | Int",
                "int        |     |    |    | true  |      | Int @db.UnsignedInt",
                "smallint   |     |    |    | false |      | Int @db.SmallInt",
                "smallint   |     |    |    | true  |      | Int @db.UnsignedSmallInt",
                "mediumint  |     |    |    | false |      | Int @db.MediumInt",
                "mediumint  |     |    |    | true  |      | Int @db.UnsignedMediumInt",
                "tinyint    |     |    |    | false |      | Int @db.TinyInt",
                "tinyint    |     |    |    | true  |      | Int @db.UnsignedTinyInt",
                "tinyint    | 1   |    |    | false |      | Boolean",
                "tinyint    | 1   |    |    | false | 1    | Boolean",
                "tinyint    | 1   |    |    | false | 0    | Boolean",
                "tinyint    | 1   |    |    | false | 2    | Int @db.TinyInt",
                "tinyint    | 1   |    |    | true  |      | Int @db.UnsignedTinyInt",
                "bigint     |     |    |    | false |      | BigInt",
                "bigint     |     |    |    | true  |      | BigInt @db.UnsignedBigInt",
                "decimal    |     | 10 | 2  | false |      | Decimal @db.Decimal(10, 2)",
                "decimal    |     | 65 | 30 | false |      | Decimal",
                "float      |     |    |    | false |      | Float @db.Float",
                "double     |     |    |    | false |      | Float",
                "char       | 3   |    |    | false |      | String @db.Char(3)",
                "varchar    | 255 |    |    | false |      | String @db.VarChar(255)",
                "varchar    | 191 |    |    | false |      | String",
                "tinytext   |     |    |    | false |      | String @db.TinyText",
                "text       |     |    |    | false |      | String @db.Text",
                "mediumtext |     |    |    | false |      | String @db.MediumText",
                "longtext   |     |    |    | false |      | String @db.LongText",
                "set        |     |    |    | false |      | String",
                "json       |     |    |    | false |      | Json",
                "date       |     |    |    | false |      | DateTime @db.Date",
                "time       |     | 0  |    | false |      | DateTime @db.Time(0)",
                "time       |     | 3  |    | false |      | DateTime @db.Time(3)",
                "datetime   |     | 0  |    | false |      | DateTime @db.DateTime(0)",
                "datetime   |     | 3  |    | false |      | DateTime",
                "datetime   |     | 6  |    | false |      | DateTime @db.DateTime(6)",
                "timestamp  |     | 0  |    | false |      | DateTime @db.Timestamp(0)",
                "year       |     |    |    | false |      | Int @db.Year",
                "bit        | 1   |    |    | false |      | Boolean @db.Bit(1)",
                "bit        | 8   |    |    | false |      | Bytes @db.Bit(8)",
                "binary     | 16  |    |    | false |      | Bytes @db.Binary(16)",
                "varbinary  | 64  |    |    | false |      | Bytes @db.VarBinary(64)",
                "tinyblob   |     |    |    | false |      | Bytes @db.TinyBlob",
                "blob       |     |    |    | false |      | Bytes @db.Blob",
                "mediumblob |     |    |    | false |      | Bytes @db.MediumBlob",
                "longblob   |     |    |    | false |      | Bytes",
                "point      |     |    |    | false |      | Unsupported(point)",
                "geometry   |     |    |    | false |      | Unsupported(geometry)",
            })
    void mysql(
            String name,
            String length,
            String precision,
            String scale,
            boolean unsigned,
            String defaultValue,
            String expected) {
        TypeTable m = Dialect.of(Provider.MYSQL).types();
        Column c = Column.of("c", type(name.strip(), n(length), n(precision), n(scale), unsigned, null), true)
                .withDefault(defaultValue == null ? null : defaultValue.strip());
        assertEquals(expected, text(m.toZModel(c)));
    }

    @ParameterizedTest(name = "{0} -> prisma {2}, zenstack {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "integer          | INTEGER          | Int                        | Int",
                "int              | INT              | Int                        | Int",
                "int              | INT(11)          | Unsupported(int(11))       | Int",
                "bigint           | BIGINT           | BigInt                     | BigInt",
                "unsigned big int | UNSIGNED BIG INT | Unsupported(unsigned big int) | BigInt",
                "tinyint          | TINYINT          | Unsupported(tinyint)       | Int",
                "int8             | INT8             | Unsupported(int8)          | Int",
                "smallint         | SMALLINT         | Unsupported(smallint)      | Int",
                "serial           | SERIAL           | Int                        | Int",
                "real             | REAL             | Float                      | Float",
                "double           | DOUBLE           | Float                      | Float",
                "double precision | DOUBLE PRECISION | Unsupported(double precision) | Float",
                "float            | FLOAT            | Float                      | Float",
                "boolean          | BOOLEAN          | Boolean                    | Boolean",
                "bool             | BOOL             | Unsupported(bool)          | Boolean",
                "text             | TEXT             | String                     | String",
                "varchar          | VARCHAR(255)     | String                     | String",
                "nchar            | NCHAR(3)         | String                     | String",
                "clob             | CLOB             | Unsupported(clob)          | String",
                "decimal          | DECIMAL(10, 2)   | Decimal                    | Decimal",
                "numeric          | NUMERIC          | Decimal                    | Decimal",
                "date             | DATE             | DateTime                   | DateTime",
                "datetime         | DATETIME         | DateTime                   | DateTime",
                "timestamp        | TIMESTAMP        | DateTime                   | DateTime",
                "time             | TIME             | Unsupported(time)          | DateTime",
                "blob             | BLOB             | Bytes                      | Bytes",
                "binary           | BINARY           | Bytes                      | Bytes",
                "jsonb            | JSONB            | Json                       | Json",
                "json             | JSON             | Unsupported(json)          | Json",
                "''               | ''               | Unsupported()              | Bytes",
                "mediumint        | MEDIUMINT        | Unsupported(mediumint)     | Int",
                "money            | MONEY            | Unsupported(money)         | Unsupported(money)",
            })
    void sqlite(String base, String declared, String prisma, String zenstack) {
        Column c = Column.of("c", ColumnType.of(base.strip()).withRaw(declared.strip()), true);
        assertEquals(prisma, text(Dialect.of(Provider.SQLITE).types().toZModel(c)), "prisma");
        assertEquals(zenstack, text(Dialect.of(Provider.SQLITE).types().toZModelByZenStackRules(c)), "zenstack");
    }
}
