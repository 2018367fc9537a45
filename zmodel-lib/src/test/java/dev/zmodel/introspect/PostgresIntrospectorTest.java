package dev.zmodel.introspect;

import dev.zmodel.Provider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

/** Golden tests: every PostgreSQL fixture introspected and compared field by field with its expected dump. */
class PostgresIntrospectorTest {
    @TestFactory
    Stream<DynamicTest> fixtures() {
        return GoldenFixtures.forDialect(Provider.POSTGRESQL, "postgresql");
    }
}
