package dev.zmodel.pull.defaults;

import dev.zmodel.schema.AutoIncrement;
import dev.zmodel.schema.ColumnType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static dev.zmodel.pull.defaults.Defaults.column;
import static dev.zmodel.pull.defaults.Defaults.print;
import static dev.zmodel.pull.defaults.Defaults.type;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** MySQL/MariaDB defaults (as the introspector normalises them: quoted literals, bare numbers, expressions) → ZModel. */
class PullMySqlDefaultsTest {
    private final DefaultMapping mapping = new MySqlDefaultMapping();

    @ParameterizedTest(name = "{0} {1} -> {3}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "varchar   | 'abc'                        | String   | \"abc\"",
                "varchar   | 'it''s'                      | String   | \"it's\"",
                "varchar   | 'back\\\\slash'              | String   | \"back\\\\slash\"",
                "varchar   | 'a\\nb'                      | String   | \"a\\nb\"",
                "varchar   | 'NULL'                       | String   | \"NULL\"",
                "varchar   | ''                           | String   | \"\"",
                "varchar   | NULL                         | String   | none",
                "varchar   | uuid()                       | String   | dbgenerated(\"(uuid())\")",
                "varchar   | (uuid())                     | String   | dbgenerated(\"(uuid())\")",
                "varchar   | concat('a','b')              | String   | dbgenerated(\"(concat('a','b'))\")",
                "int       | 0                            | Int      | 0",
                "int       | -5                           | Int      | -5",
                "int       | 1 + 2                        | Int      | dbgenerated(\"(1 + 2)\")",
                "bigint    | 9007199254740993             | BigInt   | 9007199254740993",
                "decimal   | 0.00                         | Decimal  | 0.00",
                "decimal   | 12.5000                      | Decimal  | 12.5000",
                "double    | 1.5                          | Float    | 1.5",
                "float     | 1e10                         | Float    | 10000000000",
                "tinyint   | 1                            | Boolean  | true",
                "tinyint   | 0                            | Boolean  | false",
                "tinyint   | '1'                          | Boolean  | true",
                "bit       | b'1'                         | Boolean  | true",
                "bit       | b'0'                         | Boolean  | false",
                "tinyint   | 2                            | Boolean  | dbgenerated(\"2\")",
                "datetime  | current_timestamp()          | DateTime | now()",
                "datetime  | CURRENT_TIMESTAMP            | DateTime | now()",
                "datetime  | current_timestamp(3)         | DateTime | now()",
                "timestamp | now()                        | DateTime | now()",
                "datetime  | '2020-01-01 00:00:00'        | DateTime | dbgenerated(\"'2020-01-01 00:00:00'\")",
                "date      | curdate()                    | DateTime | dbgenerated(\"(curdate())\")",
                "json      | '{}'                         | Json     | \"{}\"",
                "json      | json_object()                | Json     | dbgenerated(\"(json_object())\")",
                "json      | (json_array())               | Json     | dbgenerated(\"(json_array())\")",
                "varbinary | 'abc'                        | Bytes    | dbgenerated(\"'abc'\")",
                "bit       | b'101'                       | Bytes    | dbgenerated(\"b'101'\")",
            })
    void scalars(String mysqlType, String raw, String zmodelType, String expected) {
        assertEquals(
                expected,
                print(mapping.map(null, column(type(mysqlType), raw), DefaultTarget.scalar(zmodelType, false))));
    }

    @Test
    void autoIncrement() {
        assertEquals(
                "autoincrement()",
                print(mapping.map(
                        null,
                        column(type("int"), null).withAutoIncrement(AutoIncrement.AUTO_INCREMENT),
                        DefaultTarget.scalar("Int", false))));
    }

    @Test
    void enumMembers() {
        ColumnType kind = new ColumnType(
                ColumnType.Kind.ENUM,
                null,
                "enum",
                null,
                null,
                null,
                0,
                false,
                java.util.List.of("a", "b'c", "with space"),
                "enum('a','b''c','with space')");
        DefaultTarget target = DefaultTarget.enumType(Map.of("a", "a", "b'c", "b_c", "with space", "withSpace"), false);
        assertEquals("a", print(mapping.map(null, column(kind, "'a'"), target)));
        assertEquals("b_c", print(mapping.map(null, column(kind, "'b''c'"), target)));
        assertEquals("withSpace", print(mapping.map(null, column(kind, "'with space'"), target)));
        assertEquals("dbgenerated(\"'zzz'\")", print(mapping.map(null, column(kind, "'zzz'"), target)));
    }

    @Test
    void unsupported() {
        assertEquals(
                "dbgenerated(\"(st_geomfromtext('POINT(0 0)'))\")",
                print(mapping.map(
                        null,
                        column(type("point"), "st_geomfromtext('POINT(0 0)')"),
                        DefaultTarget.unsupportedType())));
        assertEquals(
                "dbgenerated(\"'x'\")",
                print(mapping.map(null, column(type("geometry"), "'x'"), DefaultTarget.unsupportedType())));
    }
}
