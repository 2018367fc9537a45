package dev.zmodel.bench;

import dev.zmodel.Provider;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Command-line options shared by the benchmarks.
 *
 * @param providers  databases to run on ({@code --providers postgresql,mysql,sqlite})
 * @param sizes      table counts ({@code --sizes 10,100,1000})
 * @param warmup     warm-up iterations per case ({@code --warmup 5})
 * @param iterations measured iterations per case, the median is reported ({@code --iterations 10})
 * @param slowMillis a comparison run slower than this is measured once instead of N times ({@code --slow-ms})
 */
record BenchOptions(List<Provider> providers, List<Integer> sizes, int warmup, int iterations, long slowMillis) {

    static BenchOptions parse(String[] args) {
        List<Provider> providers = List.of(Provider.POSTGRESQL, Provider.MYSQL, Provider.SQLITE);
        List<Integer> sizes = List.of(10, 100, 1000);
        int warmup = 5;
        int iterations = 10;
        long slow = 15_000;
        for (int i = 1; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--providers" -> {
                    List<Provider> list = new ArrayList<>();
                    for (String p : value.split(",")) {
                        list.add(Provider.fromId(p)
                                .orElseThrow(() -> new IllegalArgumentException("unknown provider " + p)));
                    }
                    providers = list;
                    i++;
                }
                case "--sizes" -> {
                    sizes = Arrays.stream(value.split(","))
                            .map(String::strip)
                            .map(Integer::valueOf)
                            .toList();
                    i++;
                }
                case "--warmup" -> {
                    warmup = Integer.parseInt(value);
                    i++;
                }
                case "--iterations" -> {
                    iterations = Integer.parseInt(value);
                    i++;
                }
                case "--slow-ms" -> {
                    slow = Long.parseLong(value);
                    i++;
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        return new BenchOptions(providers, sizes, warmup, iterations, slow);
    }
}
