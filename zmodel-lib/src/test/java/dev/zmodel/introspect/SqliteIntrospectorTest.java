package dev.zmodel.introspect;

import dev.zmodel.Provider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

/** Golden tests: every SQLite fixture introspected and compared field by field with its expected dump. */
class SqliteIntrospectorTest {
    @TestFactory
    Stream<DynamicTest> fixtures() {
        return GoldenFixtures.forDialect(Provider.SQLITE, "sqlite");
    }
}
