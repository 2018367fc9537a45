package dev.zmodel.bench;

import dev.zmodel.Provider;
import dev.zmodel.introspect.IntrospectionOptions;
import dev.zmodel.introspect.IntrospectionResult;
import dev.zmodel.introspect.Introspector;
import dev.zmodel.introspect.Introspectors;
import dev.zmodel.testing.SyntheticSchema;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code introspect}: our introspection vs Liquibase's snapshot of the same generated database (10/100/1000
 * tables, SyntheticSchema), per provider, in the same run.
 */
final class IntrospectBenchmark implements Benchmark {
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    @Override
    public String name() {
        return "introspect";
    }

    @Override
    public String description() {
        return "zmodel introspection vs Liquibase snapshot on generated 10/100/1000-table schemas";
    }

    /** One measured case; {@code liquibase} is null and {@code liquibaseError} set when Liquibase failed. */
    private record Row(
            Provider provider,
            int tables,
            String product,
            Measurement.Result ours,
            int ourQueries,
            long ourRetained,
            Measurement.Result liquibase,
            int liquibaseQueries,
            String liquibaseError) {}

    @Override
    public String run(BenchOptions options) throws Exception {
        List<Row> rows = new ArrayList<>();
        for (Provider provider : options.providers()) {
            for (int size : options.sizes()) {
                System.err.printf("[bench] %s, %d tables: creating the schema%n", provider, size);
                try (BenchDatabases.Database db = BenchDatabases.create(provider)) {
                    BenchDatabases.load(db, SyntheticSchema.statements(provider, size));
                    Row row = measure(db, provider, size, options);
                    rows.add(row);
                    System.err.println("[bench] result: " + line(row));
                }
            }
        }
        return report(rows, options);
    }

    private static Row measure(BenchDatabases.Database db, Provider provider, int size, BenchOptions options)
            throws Exception {
        try (Connection connection = db.connect()) {
            Introspector introspector = Introspectors.forProvider(provider);
            IntrospectionOptions io = IntrospectionOptions.defaults();
            IntrospectionResult check = introspector.read(connection, io);
            if (check.schema().tables().size() != size) {
                throw new IllegalStateException("expected " + size + " tables, read "
                        + check.schema().tables().size());
            }
            System.err.printf("[bench] %s, %d tables: zmodel introspection%n", provider, size);
            Measurement.Result ours = Measurement.measure(
                    () -> introspector.read(connection, io),
                    options.warmup(),
                    options.iterations(),
                    options.slowMillis());
            CountingConnection counting = new CountingConnection(connection);
            introspector.read(counting.connection(), io);
            int ourQueries = counting.queries();
            long retained = retainedBytes(() -> introspector.read(connection, io));

            System.err.printf("[bench] %s, %d tables: Liquibase snapshot%n", provider, size);
            try {
                // The first Liquibase run counts its queries, checks it saw every table and is the first warm-up;
                // when it is already slower than --slow-ms the case is measured once more, without more warm-up.
                CountingConnection lbCounting = new CountingConnection(connection);
                long firstStart = System.nanoTime();
                int lbTables = LiquibaseSnapshot.tableCount(
                        LiquibaseSnapshot.take(lbCounting.connection(), provider, db.name()));
                boolean slow = (System.nanoTime() - firstStart) / 1_000_000 > options.slowMillis();
                if (lbTables != size) {
                    throw new IllegalStateException("Liquibase saw " + lbTables + " tables, expected " + size);
                }
                Measurement.Result liquibase = Measurement.measure(
                        () -> LiquibaseSnapshot.take(connection, provider, db.name()),
                        Math.max(0, Math.min(options.warmup(), 2) - 1),
                        options.iterations(),
                        options.slowMillis(),
                        slow);
                return new Row(
                        provider,
                        size,
                        check.schema().product(),
                        ours,
                        ourQueries,
                        retained,
                        liquibase,
                        lbCounting.queries(),
                        null);
            } catch (Exception e) {
                Throwable root = e;
                while (root.getCause() != null) {
                    root = root.getCause();
                }
                return new Row(
                        provider,
                        size,
                        check.schema().product(),
                        ours,
                        ourQueries,
                        retained,
                        null,
                        0,
                        root.getMessage());
            }
        }
    }

    /** Heap still in use because of one result: used heap after GC with the result held, minus before. */
    private static long retainedBytes(java.util.concurrent.Callable<Object> operation) throws Exception {
        gc();
        long before = MEMORY.getHeapMemoryUsage().getUsed();
        Object result = operation.call();
        gc();
        long after = MEMORY.getHeapMemoryUsage().getUsed();
        java.lang.ref.Reference.reachabilityFence(result);
        return Math.max(0, after - before);
    }

    private static void gc() throws InterruptedException {
        for (int i = 0; i < 2; i++) {
            System.gc();
            Thread.sleep(50);
        }
    }

    private static String report(List<Row> rows, BenchOptions options) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "Warm JVM: %d warm-up runs, then the median of %d runs "
                        + "(runs marked ¹ took longer than %d ms and were measured once).%n%n",
                options.warmup(),
                options.iterations(),
                options.slowMillis()));
        out.append(
                "| database | tables | zmodel ms (median) | zmodel queries | zmodel allocated MiB | zmodel retained MiB "
                        + "| Liquibase ms (median) | Liquibase queries | Liquibase allocated MiB | speed-up |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            out.append(line(r)).append('\n');
        }
        out.append("""

                - *queries*: statements executed plus `DatabaseMetaData` calls returning a result set, counted by a
                  wrapper around the connection in an untimed run.
                - *allocated*: bytes allocated by the calling thread during one run (`com.sun.management.ThreadMXBean`
                  `getThreadAllocatedBytes`, median) — heap churn, not peak heap.
                - *retained*: heap still used after a full GC while one zmodel result is held (the model's size).
                """);
        return out.toString();
    }

    private static String line(Row r) {
        String ours = String.format(
                Locale.ROOT,
                "| %s | %d | %.1f%s | %d | %.1f | %.1f |",
                r.product(),
                r.tables(),
                r.ours().medianMillis(),
                r.ours().runs() == 1 ? "¹" : "",
                r.ourQueries(),
                mib(r.ours().medianAllocatedBytes()),
                mib(r.ourRetained()));
        if (r.liquibase() == null) {
            return ours + " failed: " + r.liquibaseError().replace('|', '/') + " | | | |";
        }
        return ours
                + String.format(
                        Locale.ROOT,
                        " %.1f%s | %d | %.1f | %.0f× |",
                        r.liquibase().medianMillis(),
                        r.liquibase().runs() == 1 ? "¹" : "",
                        r.liquibaseQueries(),
                        mib(r.liquibase().medianAllocatedBytes()),
                        r.liquibase().medianMillis() / r.ours().medianMillis());
    }

    private static double mib(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
