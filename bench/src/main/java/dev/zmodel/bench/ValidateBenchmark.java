package dev.zmodel.bench;

import dev.zmodel.Provider;
import dev.zmodel.lang.LoadedSchema;
import dev.zmodel.lang.ZModelFiles;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code validate}: validation of a parsed N-model schema ({@link ZModelSchemaText}, no database), the step a warm
 * no-op {@code migrate-dev} spends most in. Reports wall and CPU time of the calling thread (CPU is what to compare
 * on a loaded machine) and allocation, per size; linear means a constant time per model.
 */
final class ValidateBenchmark implements Benchmark {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String description() {
        return "validation of a parsed N-model ZModel schema (no database; --providers picks the datasource)";
    }

    @Override
    public String run(BenchOptions options) throws Exception {
        StringBuilder out = new StringBuilder();
        out.append("| provider | models | median ms | CPU ms (median run) | µs CPU per model | allocated MiB |\n");
        out.append("|---|---:|---:|---:|---:|---:|\n");
        for (Provider provider : options.providers()) {
            for (int size : options.sizes()) {
                Path dir = Files.createTempDirectory("zmodel-validate");
                Path file = dir.resolve("schema.zmodel");
                Files.writeString(file, ZModelSchemaText.of(provider, size));
                LoadedSchema schema = ZModelFiles.load(file);
                if (!ZModelFiles.validate(schema).isEmpty()) {
                    throw new IllegalStateException("the generated schema does not validate: "
                            + ZModelFiles.validate(schema).get(0));
                }
                long[] cpu = new long[Math.max(1, options.iterations())];
                int[] run = new int[1];
                Measurement.Result r = Measurement.measure(
                        () -> {
                            long before = THREADS.getCurrentThreadCpuTime();
                            ZModelFiles.validate(schema);
                            cpu[run[0]++ % cpu.length] = THREADS.getCurrentThreadCpuTime() - before;
                            return null;
                        },
                        options.warmup(),
                        options.iterations(),
                        options.slowMillis());
                long[] sorted = java.util.Arrays.copyOf(cpu, Math.min(cpu.length, run[0]));
                java.util.Arrays.sort(sorted);
                double cpuMillis = sorted[sorted.length / 2] / 1e6;
                out.append(String.format(
                        Locale.ROOT,
                        "| %s | %d | %.1f | %.1f | %.1f | %.1f |%n",
                        provider.id(),
                        size,
                        r.medianMillis(),
                        cpuMillis,
                        cpuMillis * 1000 / size,
                        r.medianAllocatedBytes() / (1024.0 * 1024.0)));
                Files.delete(file);
                Files.delete(dir);
            }
        }
        return out.toString();
    }
}
