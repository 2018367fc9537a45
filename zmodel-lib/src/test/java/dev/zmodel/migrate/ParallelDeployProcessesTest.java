package dev.zmodel.migrate;

import dev.zmodel.Provider;
import dev.zmodel.datasource.ConnectionSettings;
import dev.zmodel.testing.TestDatabase;
import dev.zmodel.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Eight {@code migrate-deploy} runs in eight JVMs ({@link DeployProcess}) against one fresh database: all succeed,
 * each migration is applied by exactly one of them, every changeset has exactly one history row. Separate processes,
 * unlike the thread-based {@code MigrateDeployTest#twoConcurrentDeploysOnAFreshDatabaseApplyEveryChangesetOnce},
 * share no JVM state (Liquibase's static lock service, driver caches) and each holds its own sessions.
 */
class ParallelDeployProcessesTest {
    private static final int PROCESSES = 8;
    private static final Pattern APPLIED = Pattern.compile("(?m)^APPLIED (\\d+)$");

    @ParameterizedTest
    @EnumSource(
            value = Provider.class,
            names = {"POSTGRESQL", "MYSQL"})
    void eightDeployProcessesOnOneFreshDatabaseAllSucceedAndApplyEveryChangesetOnce(Provider provider)
            throws Exception {
        try (MigrateFixture f = new MigrateFixture(provider);
                TestDatabase target = TestDatabases.create(provider)) {
            MigrateDeployTest.twoMigrations(f);
            long changesets = f.historyRows();
            ConnectionSettings s = MigrateFixture.settings(target);
            List<Process> processes = new ArrayList<>();
            List<Path> logs = new ArrayList<>();
            for (int i = 0; i < PROCESSES; i++) {
                Path log = java.nio.file.Files.createTempFile("zt-deploy-" + i + "-", ".log");
                logs.add(log);
                processes.add(start(s, f.migrations, log));
            }
            int applied = 0;
            List<String> outputs = new ArrayList<>();
            for (int i = 0; i < PROCESSES; i++) {
                Process p = processes.get(i);
                assertTrue(p.waitFor(5, TimeUnit.MINUTES), "a deploy process did not finish");
                String out = java.nio.file.Files.readString(logs.get(i), StandardCharsets.UTF_8);
                java.nio.file.Files.delete(logs.get(i));
                outputs.add(out);
                assertEquals(0, p.exitValue(), out);
                Matcher m = APPLIED.matcher(out);
                assertTrue(m.find(), out);
                applied += Integer.parseInt(m.group(1));
            }
            assertEquals(2, applied, "each migration applied by exactly one process:\n" + String.join("\n", outputs));
            assertEquals(
                    List.of(List.of(String.valueOf(changesets), String.valueOf(changesets))),
                    target.query("SELECT count(*), count(DISTINCT ID) FROM DATABASECHANGELOG"));
            assertEquals("0", target.query("SELECT count(*) FROM posts").get(0).get(0));
            assertTrue(MigrateStatus.run(MigrateOptions.of(s, f.migrations).withFailOnPending(true))
                    .upToDate());
        }
    }

    private static Process start(ConnectionSettings s, Path migrations, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(
                java,
                "-Xshare:auto",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                DeployProcess.class.getName(),
                s.provider().name(),
                s.jdbcUrl(),
                s.user() == null ? "-" : s.user(),
                s.password() == null || s.password().isEmpty() ? "-" : s.password(),
                s.schemas().isEmpty() ? "-" : s.schemas().get(0),
                migrations.toString());
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }
}
