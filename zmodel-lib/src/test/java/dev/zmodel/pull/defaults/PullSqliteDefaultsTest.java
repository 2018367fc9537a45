package dev.zmodel.pull.defaults;

import dev.zmodel.schema.AutoIncrement;
import dev.zmodel.schema.Column;
import dev.zmodel.schema.ColumnType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static dev.zmodel.pull.defaults.Defaults.column;
import static dev.zmodel.pull.defaults.Defaults.print;
import static dev.zmodel.pull.defaults.Defaults.table;
import static dev.zmodel.pull.defaults.Defaults.type;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** SQLite defaults ({@code PRAGMA table_info.dflt_value} as written) → ZModel. */
class PullSqliteDefaultsTest {
    /** Prisma's rules (the prisma preset); {@link #localTimeIsKeptByTheExactRules} covers the zenstack preset's. */
    private final DefaultMapping mapping = new SqliteDefaultMapping(false);

    @ParameterizedTest(name = "{0} {1} -> {3}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "TEXT     | 'abc'                           | String   | \"abc\"",
                "TEXT     | 'it''s'                         | String   | \"it's\"",
                "TEXT     | 'back\\slash'                   | String   | \"back\\\\slash\"",
                "TEXT     | ('x')                           | String   | \"x\"",
                "TEXT     | NULL                            | String   | none",
                "TEXT     | datetime('now')                 | String   | dbgenerated(\"datetime('now')\")",
                "TEXT     | CURRENT_TIMESTAMP               | String   | dbgenerated(\"CURRENT_TIMESTAMP\")",
                "TEXT     | 5                               | String   | dbgenerated(\"5\")",
                "INTEGER  | 0                               | Int      | 0",
                "INTEGER  | -1                              | Int      | -1",
                "INTEGER  | +1                              | Int      | 1",
                "INTEGER  | (1 + 2)                         | Int      | dbgenerated(\"(1 + 2)\")",
                "BIGINT   | 9007199254740993                | BigInt   | 9007199254740993",
                "REAL     | 1.5                             | Float    | 1.5",
                "REAL     | 2e3                             | Float    | 2000",
                "DECIMAL  | 0.00                            | Decimal  | 0.00",
                "BOOLEAN  | 1                               | Boolean  | true",
                "BOOLEAN  | 0                               | Boolean  | false",
                "BOOLEAN  | TRUE                            | Boolean  | true",
                "BOOLEAN  | false                           | Boolean  | false",
                "BOOLEAN  | 2                               | Boolean  | dbgenerated(\"2\")",
                "DATETIME | CURRENT_TIMESTAMP               | DateTime | now()",
                "DATETIME | current_timestamp               | DateTime | now()",
                "DATETIME | datetime('now')                 | DateTime | now()",
                "DATETIME | datetime('now', 'localtime')    | DateTime | now()",
                "DATETIME | CURRENT_DATE                    | DateTime | dbgenerated(\"CURRENT_DATE\")",
                "DATETIME | '2020-01-01'                    | DateTime | dbgenerated(\"'2020-01-01'\")",
                "JSONB    | '{}'                            | Json     | \"{}\"",
                "BLOB     | X'00'                           | Bytes    | dbgenerated(\"X'00'\")",
            })
    void scalars(String declared, String raw, String zmodelType, String expected) {
        assertEquals(
                expected,
                print(mapping.map(
                        null,
                        column(ColumnType.of(declared.toLowerCase()).withRaw(declared), raw),
                        DefaultTarget.scalar(zmodelType, false))));
    }

    @Test
    void localTimeIsKeptByTheExactRules() {
        DefaultMapping exact = new SqliteDefaultMapping(true);
        assertEquals(
                "dbgenerated(\"datetime('now', 'localtime')\")",
                print(exact.map(
                        null,
                        column(ColumnType.of("datetime").withRaw("DATETIME"), "datetime('now', 'localtime')"),
                        DefaultTarget.scalar("DateTime", false))));
        assertEquals(
                "now()",
                print(exact.map(
                        null,
                        column(ColumnType.of("datetime").withRaw("DATETIME"), "datetime('now')"),
                        DefaultTarget.scalar("DateTime", false))));
    }

    @Test
    void rowidKeysAndIntegerPrimaryKeysAreAutoincrement() {
        Column id = column(ColumnType.of("integer").withRaw("INTEGER"), null);
        assertEquals(
                "autoincrement()",
                print(mapping.map(
                        table(id, true),
                        id.withAutoIncrement(AutoIncrement.ROWID),
                        DefaultTarget.scalar("Int", false))));
        assertEquals(
                "autoincrement()",
                print(mapping.map(
                        table(id, true),
                        id.withAutoIncrement(AutoIncrement.ROWID_AUTOINCREMENT),
                        DefaultTarget.scalar("Int", false))));
        // Prisma's rule: a single-column INTEGER primary key (even INTEGER PRIMARY KEY DESC, not a rowid alias)
        assertEquals("autoincrement()", print(mapping.map(table(id, true), id, DefaultTarget.scalar("Int", false))));
        Column lower = column(ColumnType.of("integer").withRaw("integer"), null);
        assertEquals(
                "autoincrement()", print(mapping.map(table(lower, true), lower, DefaultTarget.scalar("Int", false))));
        Column intKey = column(ColumnType.of("int").withRaw("INT"), null);
        assertEquals("none", print(mapping.map(table(intKey, true), intKey, DefaultTarget.scalar("Int", false))));
        assertEquals("none", print(mapping.map(table(id, false), id, DefaultTarget.scalar("Int", false))), "not a key");
        Column other = Column.of("other", ColumnType.of("integer").withRaw("INTEGER"), false);
        var composite = dev.zmodel.schema.Table.of(
                null, "t", List.of(id, other), new dev.zmodel.schema.PrimaryKey(null, List.of("c", "other")));
        assertEquals("none", print(mapping.map(composite, id, DefaultTarget.scalar("Int", false))), "composite key");
    }

    @Test
    void unsupportedColumnsKeepTheExpression() {
        assertEquals(
                "dbgenerated(\"0\")",
                print(mapping.map(null, column(type("smallint"), "0"), DefaultTarget.unsupportedType())));
    }
}
