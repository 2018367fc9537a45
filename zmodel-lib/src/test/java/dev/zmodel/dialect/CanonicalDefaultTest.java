package dev.zmodel.dialect;

import dev.zmodel.Provider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The canonical form of default expressions: two spellings of one value compare equal, two values do not. Each row
 * is a spelling the catalog prints and one the model builds (or another catalog prints) for the same column.
 */
class CanonicalDefaultTest {

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "postgresql | now()                                  | CURRENT_TIMESTAMP",
                "postgresql | transaction_timestamp()                | CURRENT_TIMESTAMP",
                "postgresql | ('x'::text)                            | 'x'::character varying",
                "postgresql | 'happy'::app.mood                      | 'happy'::mood",
                "postgresql | 'A'::\"Role\"                          | 'A'::\"public\".\"Role\"",
                "postgresql | '{}'::text[]                           | ARRAY[]::text[]",
                "postgresql | '{}'::jsonb                            | '{}'::jsonb",
                "postgresql | '{\"x y\",z}'::text[]                  | ARRAY['x y'::text, 'z'::text]",
                "postgresql | '{happy,so-so}'::mood[]                | ARRAY['happy'::mood, 'so-so'::mood]",
                "postgresql | '{1,2,3}'::integer[]                   | ARRAY[1, 2, 3]",
                "postgresql | '{t,f}'::boolean[]                     | ARRAY[true, false]",
                "postgresql | '-5'::integer                          | -5",
                "postgresql | '10000000000'::numeric                 | '10000000000'::bigint",
                "postgresql | '2020-01-01 00:00:00'::timestamp without time zone | '2020-01-01 00:00:00'::timestamp(3) without time zone",
                "mysql      | current_timestamp()                    | CURRENT_TIMESTAMP",
                "mysql      | now(3)                                 | current_timestamp(3)",
                "mysql      | '1'                                    | 1",
                "mysql      | (uuid())                               | uuid()",
                "sqlite     | datetime('now')                        | CURRENT_TIMESTAMP",
                "sqlite     | current_timestamp                      | CURRENT_TIMESTAMP",
                "sqlite     | (0)                                    | 0",
                "sqlite     | +7                                     | 7",
                "sqlite     | TRUE                                   | 1",
                "sqlite     | false                                  | 0",
            })
    void sameValue(String provider, String a, String b) {
        Dialect d = Dialect.of(Provider.fromId(provider).orElseThrow());
        assertEquals(d.canonicalDefault(a), d.canonicalDefault(b));
    }

    @ParameterizedTest(name = "{0}: {1} ≠ {2}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "postgresql | 'x'::text                              | 'y'::text",
                "postgresql | now()                                  | CURRENT_DATE",
                "postgresql | '{a,b}'::text[]                        | ARRAY['b'::text, 'a'::text]",
                "postgresql | '{\"a,b\"}'::text[]                    | ARRAY['a'::text, 'b'::text]",
                "postgresql | (now() + '1 day'::interval)            | now()",
                "postgresql | 5                                      | -5",
                "mysql      | 'abc'                                  | 'abd'",
                "mysql      | current_timestamp(3)                   | current_timestamp",
                "sqlite     | datetime('now', 'localtime')           | CURRENT_TIMESTAMP",
                "sqlite     | 'x'                                    | 'X'",
            })
    void differentValues(String provider, String a, String b) {
        Dialect d = Dialect.of(Provider.fromId(provider).orElseThrow());
        assertNotEquals(d.canonicalDefault(a), d.canonicalDefault(b));
    }

    @ParameterizedTest(name = "{0}: {1} is no default")
    @CsvSource(
            delimiter = '|',
            value = {"postgresql | NULL::text", "postgresql | NULL", "mysql | NULL", "sqlite | null"})
    void nullIsNoDefault(String provider, String expression) {
        assertEquals(null, Dialect.of(Provider.fromId(provider).orElseThrow()).canonicalDefault(expression));
    }
}
