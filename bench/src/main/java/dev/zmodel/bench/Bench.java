package dev.zmodel.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Benchmark harness entry point: {@code java -jar bench/target/bench.jar <benchmark> [options]}. Prints a
 * Markdown report and keeps a copy under {@code bench/results/} (not committed).
 */
public final class Bench {
    private static final java.util.logging.Logger LIQUIBASE_LOG = java.util.logging.Logger.getLogger("liquibase");
    static final List<Benchmark> BENCHMARKS =
            List.of(new IntrospectBenchmark(), new DiffBenchmark(), new PullBenchmark(), new ValidateBenchmark());

    private Bench() {}

    public static void main(String[] args) throws Exception {
        // Liquibase must never phone home from the benchmark either.
        System.setProperty("liquibase.analytics.enabled", "false");
        // Liquibase logs every snapshot at INFO through java.util.logging; keep the report readable.
        LIQUIBASE_LOG.setLevel(java.util.logging.Level.WARNING);
        if (args.length == 0 || args[0].equals("--help")) {
            usage();
            return;
        }
        if (args[0].equals("sql")) {
            // the generated schema as an SQL script, for the whole-process comparisons (bench/pull-vs-prisma.sh)
            System.out.print(dev.zmodel.testing.SyntheticSchema.script(
                    dev.zmodel.Provider.fromId(args[1]).orElseThrow(), Integer.parseInt(args[2])));
            return;
        }
        Benchmark benchmark = BENCHMARKS.stream()
                .filter(b -> b.name().equals(args[0]))
                .findFirst()
                .orElse(null);
        if (benchmark == null) {
            System.err.println("Unknown benchmark: " + args[0]);
            usage();
            System.exit(2);
        }
        BenchOptions options = BenchOptions.parse(args);
        String report = header(args) + benchmark.run(options);
        System.out.println(report);
        Path dir = Path.of("bench", "results");
        Files.createDirectories(dir);
        Path file = dir.resolve(benchmark.name() + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".md");
        Files.writeString(file, report, StandardCharsets.UTF_8);
        System.out.println("(report saved to " + file + ")");
    }

    private static String header(String[] args) {
        Runtime rt = Runtime.getRuntime();
        return "Command: `java -jar bench/target/bench.jar " + String.join(" ", args) + "`  \n"
                + "JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + ", max heap " + rt.maxMemory() / (1024 * 1024) + " MiB, " + rt.availableProcessors() + " CPUs, "
                + "GC " + ManagementFactory.getGarbageCollectorMXBeans().get(0).getName() + "  \n"
                + "OS: " + System.getProperty("os.name") + " " + System.getProperty("os.version") + "\n\n";
    }

    private static void usage() {
        System.out.println("Usage: java -jar bench/target/bench.jar <benchmark> [--providers postgresql,mysql,sqlite]"
                + " [--sizes 10,100,1000] [--warmup 5] [--iterations 10] [--slow-ms 15000]");
        System.out.println(
                "       java -jar bench/target/bench.jar sql <provider> <tables>   (prints the generated schema as SQL)");
        System.out.println("Benchmarks:");
        for (Benchmark b : BENCHMARKS) {
            System.out.println("  " + b.name() + "  " + b.description());
        }
        System.out.println("Servers: ZENSTACK_TEST_POSTGRES_URL (default " + BenchDatabases.DEFAULT_POSTGRES + "), "
                + "ZENSTACK_TEST_MYSQL_URL (default " + BenchDatabases.DEFAULT_MYSQL + ")");
    }
}
