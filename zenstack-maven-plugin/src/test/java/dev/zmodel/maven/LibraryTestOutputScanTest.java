package dev.zmodel.maven;

import dev.zmodel.testing.SecretScan;
import dev.zmodel.testing.TestDatabases;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The library's database tests connect through a test login with a password ({@link TestDatabases#LOGIN_PASSWORD}).
 * zmodel-lib's build writes everything its tests printed into its surefire reports (stdout, stderr, the XML
 * reports); this test, which the reactor runs after zmodel-lib, proves the password appears in none of them.
 */
class LibraryTestOutputScanTest {

    @Test
    void theLibraryTestsNeverPrintedTheTestLoginPassword() {
        Path reports = Path.of(System.getProperty("zmodel.lib.testReports", "../zmodel-lib/target/surefire-reports"));
        boolean ci = "true".equals(System.getenv("CI"));
        if (!ci) {
            assumeTrue(Files.isDirectory(reports), "zmodel-lib's tests did not run in this build: " + reports);
        }
        assertTrue(Files.isDirectory(reports), "zmodel-lib's test reports are missing: " + reports);
        try (Stream<Path> files = Files.list(reports)) {
            assertTrue(
                    files.anyMatch(f -> f.getFileName().toString().endsWith("-output.txt")),
                    "the library tests' printed output was not captured in " + reports);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SecretScan.assertAbsent(TestDatabases.LOGIN_PASSWORD, reports);
    }
}
