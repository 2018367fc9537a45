package dev.zmodel.migrate;

import dev.zmodel.Provider;
import dev.zmodel.ZModelException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static dev.zmodel.PropertyNames.FROM;
import static dev.zmodel.PropertyNames.flag;

/**
 * A Prisma (or ZenStack) migrations directory, read for {@code migrate-import}:
 * <pre>
 * prisma/migrations/
 *   migration_lock.toml                  provider = "postgresql"
 *   20240110093000_init/migration.sql    the SQL Prisma ran, in folder-name order
 * </pre>
 * Hidden entries and other top-level files are ignored, as Prisma ignores them; a folder that is not
 * {@code <14 digits>_<name>} or has no {@code migration.sql} is an error naming it.
 */
record PrismaMigrations(Path dir, Optional<String> lockedProvider, List<PrismaMigrations.Script> scripts) {
    static final String LOCK_FILE = "migration_lock.toml";
    private static final Pattern FOLDER = Pattern.compile("\\d{14}_[A-Za-z0-9._-]+");
    private static final Pattern PROVIDER = Pattern.compile("(?m)^\\s*provider\\s*=\\s*\"([^\"]*)\"");

    /**
     * One migration: its folder name (the migration's name in {@code _prisma_migrations}), its file and SQL.
     *
     * @param bytes the file as Prisma checksums it
     */
    record Script(String name, Path file, String sql, byte[] bytes) {
        /** Prisma's checksum: the SHA-256 of the file, lower-case hex, zero-padded to 64 characters. */
        String checksum() {
            return HexFormat.of().formatHex(sha256(bytes));
        }

        /**
         * True when a checksum Prisma recorded is this file's: Prisma's rule also accepts the file with its line
         * endings converted (CRLF ↔ LF, as git may check it out) and its legacy format (hex without zero padding).
         */
        boolean matches(String recorded) {
            if (recorded == null) {
                return false;
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            List<byte[]> variants = List.of(
                    bytes,
                    text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8),
                    text.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
            for (byte[] v : variants) {
                byte[] digest = sha256(v);
                if (recorded.equalsIgnoreCase(HexFormat.of().formatHex(digest))
                        || recorded.equalsIgnoreCase(unpadded(digest))) {
                    return true;
                }
            }
            return false;
        }

        private static String unpadded(byte[] digest) {
            StringBuilder b = new StringBuilder();
            for (byte d : digest) {
                b.append(Integer.toHexString(d & 0xff));
            }
            return b.toString();
        }
    }

    PrismaMigrations {
        scripts = List.copyOf(scripts);
    }

    /**
     * Reads the directory and checks its lock file against {@code provider}.
     *
     * @throws ZModelException when it is not a Prisma migrations directory, or its provider is another database
     */
    static PrismaMigrations read(Path from, Provider provider) {
        Path dir = from.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new ZModelException("The Prisma migrations directory " + dir + " does not exist. Point "
                    + flag(FROM) + " at the folder that holds migration_lock.toml and the <timestamp>_<name> "
                    + "folders, e.g. " + flag(FROM, "prisma/migrations") + ".");
        }
        if (Files.exists(dir.resolve(MigrationsDirectory.LOCK_FILE))
                || Files.exists(dir.resolve(dev.zmodel.liquibase.MasterChangelog.FILE_NAME))) {
            throw new ZModelException(dir + " is a zenstack migrations directory (it has "
                    + MigrationsDirectory.LOCK_FILE + " or changelog.xml), not a Prisma one; there is nothing to "
                    + "import. Point " + flag(FROM) + " at the Prisma migrations (with migration_lock.toml).");
        }
        Optional<String> locked = lockedProvider(dir);
        if (locked.isPresent() && Provider.fromId(locked.get()).orElse(null) != provider) {
            throw new ZModelException("The Prisma migrations in " + dir + " were written for " + locked.get() + " ("
                    + LOCK_FILE + "), but the datasource provider is " + provider.id() + ". Their SQL only runs on "
                    + locked.get() + ": import them into a project whose datasource is " + locked.get()
                    + ". Nothing was written.");
        }
        List<Script> scripts = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path entry : list(dir)) {
            String name = entry.getFileName().toString();
            if (name.startsWith(".") || !Files.isDirectory(entry)) {
                continue;
            }
            Path file = entry.resolve("migration.sql");
            if (!FOLDER.matcher(name).matches()) {
                problems.add("folder " + name + " is not a migration folder (expected <yyyyMMddHHmmss>_<name>)");
            } else if (!Files.isRegularFile(file)) {
                problems.add("folder " + name + " has no migration.sql");
            } else {
                script(name, file)
                        .ifPresentOrElse(
                                scripts::add, () -> problems.add(name + "/migration.sql is not " + "UTF-8 text"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ZModelException("Cannot import " + dir + ": " + String.join("; ", problems) + ". Prisma's "
                    + "migrations are <yyyyMMddHHmmss>_<name>/migration.sql folders; move other folders away. Nothing "
                    + "was written.");
        }
        if (scripts.isEmpty()) {
            throw new ZModelException("There are no migrations in " + dir + " (no <timestamp>_<name>/migration.sql "
                    + "folders). Point " + flag(FROM) + " at the Prisma migrations directory, e.g. "
                    + flag(FROM, "prisma/migrations") + ".");
        }
        return new PrismaMigrations(dir, locked, scripts);
    }

    private static Optional<String> lockedProvider(Path dir) {
        Path lock = dir.resolve(LOCK_FILE);
        if (!Files.exists(lock)) {
            return Optional.empty();
        }
        try {
            Matcher m = PROVIDER.matcher(Files.readString(lock));
            return m.find() ? Optional.of(m.group(1)) : Optional.empty();
        } catch (IOException e) {
            throw new ZModelException("Cannot read " + lock + ": " + e.getMessage(), e);
        }
    }

    private static Optional<Script> script(String name, Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String sql = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return Optional.of(new Script(name, file, sql, bytes));
        } catch (CharacterCodingException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new ZModelException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw new ZModelException("Cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
