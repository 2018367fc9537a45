package dev.zmodel.dialect;

import java.util.Arrays;
import java.util.List;

/**
 * A {@code @db.*} native type attribute: the name without {@code @db.} ({@code VarChar}) and its whole-number
 * arguments ({@code [255]}); no arguments prints {@code @db.VarChar} without parentheses.
 */
public record NativeType(String name, List<Integer> args) {
    public NativeType {
        args = List.copyOf(args);
    }

    public static NativeType of(String name, Integer... args) {
        return new NativeType(name, Arrays.asList(args));
    }

    /** The argument at {@code index}, or {@code fallback} when not given. */
    public Integer arg(int index, Integer fallback) {
        return index < args.size() ? args.get(index) : fallback;
    }

    @Override
    public String toString() {
        return "@db." + name
                + (args.isEmpty()
                        ? ""
                        : "("
                                + String.join(
                                        ", ", args.stream().map(String::valueOf).toList()) + ")");
    }
}
