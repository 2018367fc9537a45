package dev.zmodel.pull.types;

import java.util.List;

/** A {@code @db.<name>(args)} attribute; no arguments prints {@code @db.VarChar} without parentheses. */
public record NativeType(String name, List<String> args) {
    public NativeType {
        args = List.copyOf(args);
    }

    public static NativeType of(String name, Object... args) {
        return new NativeType(name, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    @Override
    public String toString() {
        return "@db." + name + (args.isEmpty() ? "" : "(" + String.join(", ", args) + ")");
    }
}
