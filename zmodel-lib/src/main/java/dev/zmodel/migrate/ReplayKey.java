package dev.zmodel.migrate;

import dev.zmodel.Provider;
import dev.zmodel.ZModelException;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Everything that determines what replaying migrations on a shadow database produces, for {@link ReplayCache}: any
 * difference is another key, so a cached replay is only reused for exactly the same inputs.
 *
 * @param library    this library and Liquibase, by version and by the jar they were loaded from (a rebuilt
 *                   snapshot is another library)
 * @param provider   the database family
 * @param server     the product name and version of the server the shadow database lives on
 * @param driver     the JDBC driver's name and version
 * @param schemas    the datasource's schemas (PostgreSQL) or database (MySQL), which introspection reads
 * @param history    where the shadow keeps Liquibase's history tables (they are left out of the schema)
 * @param include    the owned-table globs
 * @param exclude    the globs of tables the project does not own
 * @param migrations the replayed migrations in order
 */
record ReplayKey(
        String library,
        Provider provider,
        String server,
        String driver,
        List<String> schemas,
        String history,
        List<String> include,
        List<String> exclude,
        List<Replayed> migrations) {
    /** Bumped when the cached form or its meaning changes, so that old entries are never read as new ones. */
    static final int FORMAT = 1;

    ReplayKey {
        schemas = List.copyOf(schemas);
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        migrations = List.copyOf(migrations);
    }

    /**
     * One replayed migration.
     *
     * @param file       its changelog, relative to the migrations directory
     * @param content    SHA-256 over every file in its folder (a changelog may include SQL files) by relative path
     * @param changesets how many of its changesets were replayed (of one that failed part-way); -1: all
     */
    record Replayed(String file, String content, int changesets) {
        /** {@code migration} as it is on disk now, replayed in full ({@code changesets} -1) or its first ones. */
        static Replayed of(Migration migration, int changesets, FolderHashes hashes) {
            return new Replayed(migration.relativeFile(), hashes.of(migration), changesets);
        }
    }

    /** The same key with {@code migration} replayed after the others (in full). */
    ReplayKey plus(Replayed migration) {
        List<Replayed> more = new ArrayList<>(migrations);
        more.add(migration);
        return new ReplayKey(library, provider, server, driver, schemas, history, include, exclude, more);
    }

    /** The file name of the entry: SHA-256 over every component, each length-prefixed so none can run into another. */
    String sha256() {
        MessageDigest digest = sha256Digest();
        List<String> parts = new ArrayList<>(List.of(
                "format " + FORMAT, library, provider.id(), server, driver, String.join("\n", schemas), history));
        parts.add(String.join("\n", include));
        parts.add(String.join("\n", exclude));
        for (Replayed m : migrations) {
            parts.add(m.file() + "\n" + m.content() + "\n" + m.changesets());
        }
        for (String part : parts) {
            byte[] bytes = (part == null ? "\u0000" : part).getBytes(StandardCharsets.UTF_8);
            digest.update((bytes.length + ":").getBytes(StandardCharsets.UTF_8));
            digest.update(bytes);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** This library and the Liquibase it runs: versions, and the size and time of the jars they come from. */
    static String thisLibrary() {
        return origin(ReplayKey.class) + " liquibase " + liquibase.util.LiquibaseUtil.getBuildVersion() + " "
                + origin(liquibase.Liquibase.class);
    }

    private static String origin(Class<?> type) {
        String version = type.getPackage().getImplementationVersion();
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return version + " (unknown location)";
        }
        try {
            Path path = Path.of(source.getLocation().toURI());
            return version + " " + path
                    + (Files.isRegularFile(path)
                            ? " " + Files.size(path) + " "
                                    + Files.getLastModifiedTime(path).toMillis()
                            : "");
        } catch (URISyntaxException | IOException | IllegalArgumentException | SecurityException e) {
            return version + " " + source.getLocation();
        }
    }

    /** SHA-256 over the regular files below {@code folder}: relative path (with /) and content of each, by path. */
    static String folderHash(Path folder) {
        MessageDigest digest = sha256Digest();
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> files = walk.filter(Files::isRegularFile)
                    .sorted(java.util.Comparator.comparing(
                            p -> folder.relativize(p).toString()))
                    .toList();
            for (Path f : files) {
                byte[] name = folder.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8);
                byte[] content = Files.readAllBytes(f);
                digest.update((name.length + ":").getBytes(StandardCharsets.UTF_8));
                digest.update(name);
                digest.update((content.length + ":").getBytes(StandardCharsets.UTF_8));
                digest.update(content);
            }
        } catch (IOException e) {
            throw new ZModelException(
                    "Cannot read the migration folder " + folder + ": " + e.getMessage()
                            + ". Check that its files are readable.",
                    e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
