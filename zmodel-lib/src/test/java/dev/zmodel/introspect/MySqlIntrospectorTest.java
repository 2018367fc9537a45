package dev.zmodel.introspect;

import dev.zmodel.Provider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

/** Golden tests: every MariaDB fixture (MySQL 8 is handled in code but not exercised here) introspected and compared field by field with its expected dump. */
class MySqlIntrospectorTest {
    @TestFactory
    Stream<DynamicTest> fixtures() {
        return GoldenFixtures.forDialect(Provider.MYSQL, "mysql");
    }
}
