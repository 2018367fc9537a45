package dev.zmodel.bench;

/** One sub-command of the harness ({@code java -jar bench.jar <name>}). Add new benchmarks to {@link Bench#BENCHMARKS}. */
interface Benchmark {
    String name();

    String description();

    /** Runs the benchmark and returns a Markdown report. */
    String run(BenchOptions options) throws Exception;
}
