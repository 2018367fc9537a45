package dev.zmodel.pull;

import java.util.HashSet;
import java.util.Set;

/**
 * Hands out names that are not taken yet within one scope (the declarations of a schema, the fields of a
 * model, the values of an enum): a taken name gets the first free numeric suffix ({@code User2},
 * {@code name2}), deterministically.
 */
final class NameAllocator {
    private final Set<String> taken = new HashSet<>();

    void reserve(String name) {
        taken.add(name);
    }

    boolean isTaken(String name) {
        return taken.contains(name);
    }

    /** {@code wanted} if free, else {@code wanted2}, {@code wanted3}, ...; the result is reserved. */
    String allocate(String wanted) {
        String name = wanted;
        for (int i = 2; taken.contains(name); i++) {
            name = wanted + i;
        }
        taken.add(name);
        return name;
    }
}
