package dev.zmodel.maven;

import org.apache.maven.plugin.MojoFailureException;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Turns raw parameter values into what the library takes, the same way in every goal. Only JDK and Maven types here:
 * {@code db-pull} uses it and must not load the migration classes.
 */
final class Parameters {
    private Parameters() {}

    /** A comma-separated list ({@code a, b,,c}): entries stripped, empty ones dropped; none when null. */
    static List<String> commaSeparated(String value) {
        return value == null
                ? List.of()
                : Arrays.stream(value.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    /** One of a fixed set of values (those {@code parse} knows), else a build failure saying {@code unknown}. */
    static <T> T oneOf(String value, Function<String, Optional<T>> parse, Supplier<String> unknown)
            throws MojoFailureException {
        Optional<T> parsed = parse.apply(value);
        if (parsed.isEmpty()) {
            throw new MojoFailureException(unknown.get());
        }
        return parsed.get();
    }
}
