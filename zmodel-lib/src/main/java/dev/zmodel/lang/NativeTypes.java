package dev.zmodel.lang;

import dev.zmodel.Provider;
import dev.zmodel.dialect.Dialect;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which {@code @db.*} native types each provider supports, and for which field types: read from the database's type
 * table ({@link dev.zmodel.dialect.TypeTable#nativeTypes()}), the one place that maps them. The standard library
 * declares the attributes; this says where they apply.
 */
public final class NativeTypes {
    private NativeTypes() {}

    /** The field types a native type (without {@code @db.}) may be used with on a provider; empty if none. */
    public static Optional<Set<String>> fieldTypes(Provider provider, String nativeType) {
        return Optional.ofNullable(Dialect.of(provider).types().nativeTypes().get(nativeType));
    }

    /** The native types a provider supports (sorted). */
    public static List<String> supported(Provider provider) {
        return Dialect.of(provider).types().nativeTypes().keySet().stream()
                .sorted()
                .toList();
    }
}
