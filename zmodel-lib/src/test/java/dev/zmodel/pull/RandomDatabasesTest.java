package dev.zmodel.pull;

import dev.zmodel.Provider;
import dev.zmodel.datasource.SqlScript;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The random schema generator is a function of provider and seed, and makes schemas of 10–30 tables or so. */
class RandomDatabasesTest {
    @ParameterizedTest
    @EnumSource(Provider.class)
    void sameSeedSameScriptOtherSeedOtherScript(Provider provider) {
        assertEquals(RandomDatabases.script(provider, 7), RandomDatabases.script(provider, 7));
        assertNotEquals(RandomDatabases.script(provider, 7), RandomDatabases.script(provider, 8));
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void tenToThirtyTablesOrAFewMoreForTheirParents(Provider provider) {
        for (long seed = 1; seed <= 50; seed++) {
            long tables = SqlScript.split(RandomDatabases.script(provider, seed)).stream()
                    .filter(s -> s.contains("CREATE TABLE"))
                    .count();
            assertTrue(tables >= 10 && tables <= 36, provider + " seed " + seed + ": " + tables + " tables");
        }
    }
}
