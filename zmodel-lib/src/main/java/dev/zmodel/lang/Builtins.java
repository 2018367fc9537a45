package dev.zmodel.lang;

import java.util.List;
import java.util.Set;

/** The builtin scalar field types of ZModel. */
public final class Builtins {
    public static final List<String> TYPES =
            List.of("String", "Boolean", "Int", "BigInt", "Float", "Decimal", "DateTime", "Json", "Bytes");
    private static final Set<String> SET = Set.copyOf(TYPES);

    private Builtins() {}

    public static boolean isBuiltin(String name) {
        return SET.contains(name);
    }

    /** Names a declaration must not take: builtin types and {@code Unsupported}. */
    public static boolean isReserved(String name) {
        return SET.contains(name) || name.equals("Unsupported");
    }
}
