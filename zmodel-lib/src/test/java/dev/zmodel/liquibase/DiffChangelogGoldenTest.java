package dev.zmodel.liquibase;

import dev.zmodel.Provider;
import dev.zmodel.diff.DiffCases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The changelog of every scenario and dialect, compared with the reviewed file under
 * {@code src/test/resources/diff/<provider>/<scenario>.<ext>} (XML for all; YAML and formatted SQL for some).
 * A mismatch writes the actual text to {@code target/diff-golden-actual/} for review; golden files are updated
 * by hand after reading the difference, never blindly.
 */
class DiffChangelogGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/diff");
    private static final Path ACTUAL = Path.of("target/diff-golden-actual");

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (Provider p : Provider.values()) {
            for (DiffCases.Case c : DiffCases.all(p)) {
                out.add(Arguments.of(c, ChangelogFormat.XML));
                if (List.of("create_tables", "alter_columns", "enum_values", "rebuild_keeps_unmanaged")
                        .contains(c.name())) {
                    out.add(Arguments.of(c, ChangelogFormat.YAML));
                    out.add(Arguments.of(c, ChangelogFormat.SQL));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void matchesReviewedChangelog(DiffCases.Case scenario, ChangelogFormat format) throws IOException {
        String actual = ChangelogRenderer.render(
                scenario.diff().changes(), scenario.provider(), "20260101000000_" + scenario.name(), format);
        Path relative = Path.of(scenario.provider().id(), scenario.name() + "." + format.extension());
        Path golden = GOLDEN.resolve(relative);
        if (!Files.exists(golden) || !Files.readString(golden).equals(actual)) {
            Path out = ACTUAL.resolve(relative);
            Files.createDirectories(out.getParent());
            Files.writeString(out, actual);
            if (!Files.exists(golden)) {
                fail("No golden file " + golden + "; the actual changelog is in " + out + " for review");
            }
            assertEquals(
                    Files.readString(golden), actual, "changelog differs from " + golden + " (actual in " + out + ")");
        }
    }
}
