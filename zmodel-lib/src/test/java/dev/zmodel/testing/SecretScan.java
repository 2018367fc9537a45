package dev.zmodel.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Proves that a password never reached an output: scans texts (a build log, listener messages, an exception
 * message) and every file of a directory tree (names and contents, binary files too: an SQLite database is a
 * file the build wrote) for the secret, and fails naming each place ({@code file:line}) where it occurs.
 *
 * <p>Used by the database tests ({@code MigrateFixture}, {@code SecretLeakTest}, the hostile-name round trips)
 * and by every invoker IT's {@code verify.groovy}:
 * <pre>{@code
 * dev.zmodel.testing.SecretScan.assertAbsent(dev.zmodel.testing.TestDatabases.LOGIN_PASSWORD, basedir.toPath(),
 *         'test.properties')
 * }</pre>
 * The only files that may hold it are the ones the test harness wrote on purpose to hand the password to the build
 * (e.g. {@code test.properties}); they are named explicitly and skipped.
 */
public final class SecretScan {
    private SecretScan() {}

    /** Fails when {@code secret} occurs in {@code text}; {@code what} names the text in the failure. */
    public static void assertAbsent(String secret, String what, String text) {
        List<String> found = find(secret, what, text == null ? "" : text);
        if (!found.isEmpty()) {
            throw new AssertionError("The password was found in " + String.join(", ", found));
        }
    }

    /**
     * Fails when {@code secret} occurs in the name or content of any file under {@code dir}, except files whose
     * name is one of {@code harnessFiles}.
     */
    public static void assertAbsent(String secret, Path dir, String... harnessFiles) {
        List<String> found = find(secret, dir, Set.of(harnessFiles));
        if (!found.isEmpty()) {
            throw new AssertionError("The password was found in " + found.size() + " place(s) under " + dir + ": "
                    + String.join(", ", found));
        }
    }

    /** Every {@code file:line} under {@code dir} where the secret occurs (file names included). */
    public static List<String> find(String secret, Path dir, Set<String> harnessFiles) {
        requireSecret(secret);
        List<String> found = new ArrayList<>();
        if (!Files.exists(dir)) {
            return found;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted().toList()) {
                String relative = dir.relativize(file).toString();
                if (relative.contains(secret)) {
                    found.add(relative + " (its name)");
                }
                if (!Files.isRegularFile(file)
                        || harnessFiles.contains(file.getFileName().toString())) {
                    continue;
                }
                // ISO-8859-1 maps every byte to one char: binary files are scanned as they are, UTF-8 text too.
                String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                found.addAll(find(
                        new String(secret.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1),
                        relative,
                        content));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /** Every {@code what:line} where the secret occurs in {@code text}. */
    public static List<String> find(String secret, String what, String text) {
        requireSecret(secret);
        List<String> found = new ArrayList<>();
        int from = 0;
        while (true) {
            int at = text.indexOf(secret, from);
            if (at < 0) {
                return found;
            }
            int line = 1
                    + (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
            found.add(what + ":" + line);
            from = at + secret.length();
        }
    }

    private static void requireSecret(String secret) {
        if (secret == null || secret.length() < 6) {
            throw new IllegalArgumentException(
                    "Scanning for " + (secret == null ? "no secret" : "a secret of " + secret.length() + " characters")
                            + " proves nothing; use a password of 6 or more characters.");
        }
    }
}
