package dev.zmodel.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Times an operation on a warm JVM: {@code warmup} unmeasured runs, then {@code iterations} measured runs; reports
 * the median wall time and the median bytes allocated by the calling thread
 * ({@code com.sun.management.ThreadMXBean#getThreadAllocatedBytes}), which is what the operation cost in heap
 * churn. A run slower than {@code slowMillis} during warm-up switches the case to a single measured run.
 */
final class Measurement {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** Median result. {@code runs} is the number of measured runs. */
    record Result(double medianMillis, double minMillis, long medianAllocatedBytes, int runs) {}

    private Measurement() {}

    static Result measure(Callable<?> operation, int warmup, int iterations, long slowMillis) throws Exception {
        return measure(operation, warmup, iterations, slowMillis, false);
    }

    /**
     * @param alreadySlow a previous (untimed) run was slower than {@code slowMillis}: no warm-up, one measured run
     */
    static Result measure(Callable<?> operation, int warmup, int iterations, long slowMillis, boolean alreadySlow)
            throws Exception {
        long tid = Thread.currentThread().getId();
        int runs = alreadySlow ? 1 : iterations;
        for (int i = 0; i < (alreadySlow ? 0 : warmup); i++) {
            long start = System.nanoTime();
            operation.call();
            if ((System.nanoTime() - start) / 1_000_000 > slowMillis) {
                runs = 1;
                break;
            }
        }
        List<Long> times = new ArrayList<>();
        List<Long> allocations = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long allocatedBefore = THREADS.getThreadAllocatedBytes(tid);
            long start = System.nanoTime();
            operation.call();
            times.add(System.nanoTime() - start);
            allocations.add(THREADS.getThreadAllocatedBytes(tid) - allocatedBefore);
        }
        long[] t = times.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] a = allocations.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Result(median(t) / 1e6, t[0] / 1e6, (long) median(a), runs);
    }

    private static double median(long[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }
}
