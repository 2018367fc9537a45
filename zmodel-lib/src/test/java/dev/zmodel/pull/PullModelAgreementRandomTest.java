package dev.zmodel.pull;

import dev.zmodel.Provider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * The pull ⇄ model agreement law ({@link PullModelAgreementTest#check}) on random schemas of
 * {@link RandomDatabases}: seeds 1..{@value #SEEDS} per dialect. Each script is written to
 * {@code target/pull-law/<dialect>/seed-<n>.sql} before it runs, and a failure names the seed and that file.
 * {@code -Dzenstack.law.seeds=N} runs seeds 1..N instead; {@code -Dzenstack.law.seed=N} runs seed N only.
 */
class PullModelAgreementRandomTest {
    /** Seeds per dialect in a normal build: the three dialects together stay well under a minute. */
    static final int SEEDS = 10;

    @TestFactory
    Stream<DynamicTest> postgresql() {
        return tests(Provider.POSTGRESQL);
    }

    @TestFactory
    Stream<DynamicTest> mysql() {
        return tests(Provider.MYSQL);
    }

    @TestFactory
    Stream<DynamicTest> sqlite() {
        return tests(Provider.SQLITE);
    }

    private static Stream<DynamicTest> tests(Provider provider) {
        return seeds().mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            String script = RandomDatabases.script(provider, seed);
            Path file = write(provider, seed, script);
            PullModelAgreementTest.check(
                    provider,
                    script,
                    provider.id() + " seed " + seed + " (DDL: "
                            + file.toAbsolutePath()
                            + "; rerun: -Dtest=PullModelAgreementRandomTest -Dzenstack.law.seed="
                            + seed + ")");
        }));
    }

    private static LongStream seeds() {
        String one = System.getProperty("zenstack.law.seed");
        if (one != null && !one.isBlank()) {
            return LongStream.of(Long.parseLong(one.strip()));
        }
        return LongStream.rangeClosed(1, Long.getLong("zenstack.law.seeds", SEEDS));
    }

    private static Path write(Provider provider, long seed, String script) {
        Path file = Paths.get("target", "pull-law", provider.id(), "seed-" + seed + ".sql");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, script, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
