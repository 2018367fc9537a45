package dev.zmodel.pull;

import dev.zmodel.Provider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.stream.Stream;

/** Every golden fixture of {@code src/test/resources/pull/<dialect>} on a fresh real database ({@link PullFixtures}). */
class PullGoldenTest {
    @TestFactory
    Stream<DynamicTest> postgresql() {
        return tests(Provider.POSTGRESQL, "postgresql");
    }

    @TestFactory
    Stream<DynamicTest> mysql() {
        return tests(Provider.MYSQL, "mysql");
    }

    @TestFactory
    Stream<DynamicTest> sqlite() {
        return tests(Provider.SQLITE, "sqlite");
    }

    private static Stream<DynamicTest> tests(Provider provider, String dialect) {
        return PullFixtures.fixtures(dialect).stream()
                .map(p -> DynamicTest.dynamicTest(name(p), () -> PullFixtures.check(provider, dialect, p)));
    }

    private static String name(Path p) {
        return p.getFileName().toString().replaceFirst("\\.sql$", "");
    }
}
