package dev.zmodel.pull.defaults;

import dev.zmodel.schema.AutoIncrement;
import dev.zmodel.schema.ColumnType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static dev.zmodel.pull.defaults.Defaults.array;
import static dev.zmodel.pull.defaults.Defaults.column;
import static dev.zmodel.pull.defaults.Defaults.print;
import static dev.zmodel.pull.defaults.Defaults.type;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** PostgreSQL defaults as {@code pg_get_expr} prints them → ZModel. */
class PullPostgresDefaultsTest {
    private final DefaultMapping mapping = new PostgresDefaultMapping();

    private String map(ColumnType type, String raw, DefaultTarget target) {
        return print(mapping.map(null, column(type, raw), target));
    }

    private String scalar(String pgType, String raw, String zmodelType) {
        return map(type(pgType), raw, DefaultTarget.scalar(zmodelType, false));
    }

    @ParameterizedTest(name = "{0} {1} -> {3}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "text        | 'x'::text                                  | String   | \"x\"",
                "text        | 'it''s'::text                              | String   | \"it's\"",
                "text        | ''::text                                   | String   | \"\"",
                "text        | 'NULL'::text                               | String   | \"NULL\"",
                "text        | E'line\\nnext\\t\\\\ ''q'''::text         | String   | \"line\\nnext\\t\\\\ 'q'\"",
                "text        | 'say \"hi\"'::text                         | String   | \"say \\\"hi\\\"\"",
                "varchar     | 'abc'::character varying                   | String   | \"abc\"",
                "varchar     | 'ab'::text                                 | String   | \"ab\"",
                "bpchar      | 'abc'::bpchar                              | String   | \"abc\"",
                "xml         | '<a/>'::xml                                | String   | \"<a/>\"",
                "inet        | '127.0.0.1'::inet                          | String   | \"127.0.0.1\"",
                "bit         | '101'::\"bit\"                             | String   | \"101\"",
                "varbit      | '11'::bit varying                          | String   | \"11\"",
                "text        | lower('ABC'::text)                         | String   | dbgenerated(\"lower('ABC'::text)\")",
                "text        | now()                                      | String   | dbgenerated(\"now()\")",
                "text        | CURRENT_USER                               | String   | dbgenerated(\"CURRENT_USER\")",
                "text        | concat('a'::text, 'b'::text)               | String   | dbgenerated(\"concat('a'::text, 'b'::text)\")",
                "text        | ('x'::text)                                | String   | \"x\"",
                "text        | NULL::text                                 | String   | none",
                "uuid        | gen_random_uuid()                          | String   | dbgenerated(\"gen_random_uuid()\")",
                "uuid        | '00000000-0000-0000-0000-000000000000'::uuid | String | dbgenerated(\"'00000000-0000-0000-0000-000000000000'::uuid\")",
                "int4        | 0                                          | Int      | 0",
                "int4        | '-5'::integer                              | Int      | -5",
                "int4        | (-1)                                       | Int      | -1",
                "int4        | (1 + 2)                                    | Int      | dbgenerated(\"(1 + 2)\")",
                "int8        | '9007199254740993'::bigint                 | BigInt   | 9007199254740993",
                "int8        | '-9223372036854775808'::bigint             | BigInt   | -9223372036854775808",
                "int2        | 7                                          | Int      | 7",
                "oid         | 5                                          | Int      | 5",
                "float8      | 1.5                                        | Float    | 1.5",
                "float8      | 2                                          | Float    | 2",
                "float8      | '-1.5'::numeric                            | Float    | -1.5",
                "float4      | '1e+10'::real                              | Float    | 10000000000",
                "float4      | '1.5e-3'::real                             | Float    | 0.0015",
                "float4      | 'NaN'::real                                | Float    | dbgenerated(\"'NaN'::real\")",
                "float8      | 'Infinity'::double precision               | Float    | dbgenerated(\"'Infinity'::double precision\")",
                "numeric     | 1.5000                                     | Decimal  | 1.5000",
                "numeric     | 0.00                                       | Decimal  | 0.00",
                "numeric     | '-1.50'::numeric                           | Decimal  | -1.50",
                "numeric     | 0                                          | Decimal  | 0",
                "money       | 12.5                                       | Decimal  | 12.5",
                "bool        | true                                       | Boolean  | true",
                "bool        | false                                      | Boolean  | false",
                "bool        | 't'::boolean                               | Boolean  | true",
                "timestamp   | now()                                      | DateTime | now()",
                "timestamptz | CURRENT_TIMESTAMP                          | DateTime | now()",
                "date        | now()                                      | DateTime | now()",
                "date        | CURRENT_DATE                               | DateTime | dbgenerated(\"CURRENT_DATE\")",
                "time        | CURRENT_TIME                               | DateTime | dbgenerated(\"CURRENT_TIME\")",
                "timestamptz | LOCALTIMESTAMP                             | DateTime | dbgenerated(\"LOCALTIMESTAMP\")",
                "timestamp   | (now() + '14 days'::interval)              | DateTime | dbgenerated(\"(now() + '14 days'::interval)\")",
                "timestamp   | '2020-01-01 00:00:00'::timestamp without time zone | DateTime | dbgenerated(\"'2020-01-01 00:00:00'::timestamp without time zone\")",
                "date        | '2020-01-01'::date                         | DateTime | dbgenerated(\"'2020-01-01'::date\")",
                "timestamp   | NULL::timestamp without time zone          | DateTime | none",
                "jsonb       | '{}'::jsonb                                | Json     | \"{}\"",
                "jsonb       | '{\"a\": [1, \"b\"]}'::jsonb               | Json     | \"{\\\"a\\\": [1, \\\"b\\\"]}\"",
                "json        | '[]'::json                                 | Json     | \"[]\"",
                "jsonb       | jsonb_build_object()                       | Json     | dbgenerated(\"jsonb_build_object()\")",
                "bytea       | '\\xdeadbeef'::bytea                       | Bytes    | \"3q2+7w==\"",
                "bytea       | '\\x'::bytea                               | Bytes    | \"\"",
                "bytea       | decode('00', 'hex')                        | Bytes    | dbgenerated(\"decode('00', 'hex')\")",
            })
    void scalars(String pgType, String raw, String zmodelType, String expected) {
        assertEquals(expected, scalar(pgType, raw, zmodelType));
    }

    @ParameterizedTest(name = "{0} {1} -> {3}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "text    | ARRAY['a'::text, 'b''c'::text]   | String  | [\"a\", \"b'c\"]",
                "text    | '{}'::text[]                     | String  | []",
                "text    | '{\"x y\",z}'::text[]            | String  | [\"x y\", \"z\"]",
                "text    | '{\"a\\\"b\",c}'::text[]         | String  | [\"a\\\"b\", \"c\"]",
                "int4    | '{1,2,3}'::integer[]             | Int     | [1, 2, 3]",
                "int4    | ARRAY[1, 2]                      | Int     | [1, 2]",
                "int4    | '{1,NULL}'::integer[]            | Int     | dbgenerated(\"'{1,NULL}'::integer[]\")",
                "int4    | '{{1,2},{3,4}}'::integer[]       | Int     | dbgenerated(\"'{{1,2},{3,4}}'::integer[]\")",
                "float8  | '{1.5,2}'::double precision[]    | Float   | [1.5, 2]",
                "bool    | '{t,f}'::boolean[]               | Boolean | [true, false]",
                "jsonb   | ARRAY['{}'::jsonb]               | Json    | [\"{}\"]",
                "timestamp | '{}'::timestamp without time zone[] | DateTime | []",
                "timestamp | '{\"2020-01-01 00:00:00\"}'::timestamp without time zone[] | DateTime | dbgenerated(\"'{\\\"2020-01-01 00:00:00\\\"}'::timestamp without time zone[]\")",
            })
    void lists(String pgType, String raw, String zmodelType, String expected) {
        assertEquals(expected, map(array(pgType), raw, DefaultTarget.scalar(zmodelType, true)));
    }

    @Test
    void enumMembersByTheirZModelName() {
        ColumnType mood = ColumnType.enumType("public", "mood");
        Map<String, String> values =
                new java.util.HashMap<>(Map.of("happy", "happy", "so-so", "soSo", "", "EMPTY_ENUM_VALUE"));
        values.put("42", null);
        DefaultTarget target = DefaultTarget.enumType(values, false);
        assertEquals("happy", map(mood, "'happy'::mood", target));
        assertEquals("soSo", map(mood, "'so-so'::mood", target));
        assertEquals("EMPTY_ENUM_VALUE", map(mood, "''::mood", target));
        assertEquals("soSo", map(ColumnType.enumType("public", "weird enum"), "'so-so'::\"weird enum\"", target));
        assertEquals("soSo", map(ColumnType.enumType("billing", "mood"), "'so-so'::billing.mood", target));
        assertEquals(
                "dbgenerated(\"'42'::mood\")",
                map(mood, "'42'::mood", target),
                "a commented-out member: the expression, not the bare value");
        assertEquals("dbgenerated(\"'gone'::mood\")", map(mood, "'gone'::mood", target));
        assertEquals(
                "[happy, soSo]",
                map(mood.withArrayDimensions(1), "'{happy,so-so}'::mood[]", DefaultTarget.enumType(values, true)));
    }

    @Test
    void sequencesAndIdentitiesAreAutoincrement() {
        for (AutoIncrement kind : new AutoIncrement[] {
            AutoIncrement.SEQUENCE, AutoIncrement.IDENTITY_ALWAYS, AutoIncrement.IDENTITY_BY_DEFAULT
        }) {
            assertEquals(
                    "autoincrement()",
                    print(mapping.map(
                            null,
                            column(type("int4"), null).withAutoIncrement(kind),
                            DefaultTarget.scalar("Int", false))));
        }
        assertEquals(
                "autoincrement()",
                print(mapping.map(
                        null,
                        column(type("numeric"), null).withAutoIncrement(AutoIncrement.SEQUENCE),
                        DefaultTarget.scalar("Decimal", false))));
    }

    @Test
    void unsupportedColumnsKeepTheExpression() {
        assertEquals(
                "dbgenerated(\"'1 day'::interval\")",
                print(mapping.map(
                        null, column(type("interval"), "'1 day'::interval"), DefaultTarget.unsupportedType())));
        assertEquals("none", print(mapping.map(null, column(type("interval"), null), DefaultTarget.unsupportedType())));
        assertEquals(
                "none",
                print(mapping.map(null, column(type("interval"), "NULL::interval"), DefaultTarget.unsupportedType())));
    }
}
