package dev.zmodel.migrate;

import dev.zmodel.AtomicFiles;
import dev.zmodel.Provider;
import dev.zmodel.ZModelException;
import dev.zmodel.liquibase.ChangelogFormat;
import dev.zmodel.liquibase.MasterChangelog;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static dev.zmodel.PropertyNames.MIGRATIONS;
import static dev.zmodel.PropertyNames.NAME;
import static dev.zmodel.PropertyNames.flag;

/**
 * The migrations directory (docs/migrations.md#files):
 * <pre>
 * migrations/
 *   changelog.xml                       master changelog: includeAll of the migration folders, in name order
 *   migration_lock.properties           provider=postgresql
 *   20261122093000_init/migration.xml   one Liquibase changelog per migration (xml | yaml | sql)
 * </pre>
 * Reading validates the structure and says what is wrong: a folder without (or with two) migration files, files
 * that do not belong there, a master changelog that is missing, not XML, or neither our {@code includeAll} nor
 * exactly the migration folders' {@code include}s in order (the older form), and a provider other than the lock
 * file's. Hidden files and {@code README.md} are allowed anywhere.
 */
public final class MigrationsDirectory {
    public static final String LOCK_FILE = "migration_lock.properties";
    private static final Pattern FOLDER = Pattern.compile("(\\d{14})_([A-Za-z0-9._-]+)");
    private static final List<String> FILE_NAMES =
            List.of("migration.xml", "migration.yaml", "migration.yml", "migration.sql");
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);
    private static final int MAX_NAME = 200;

    private final Path dir;
    private final List<Migration> migrations;
    private final boolean masterInSync;
    private final boolean masterIncludesAll;

    private MigrationsDirectory(Path dir, List<Migration> migrations, boolean masterInSync, boolean masterIncludesAll) {
        this.dir = dir;
        this.migrations = List.copyOf(migrations);
        this.masterInSync = masterInSync;
        this.masterIncludesAll = masterIncludesAll;
    }

    /**
     * Reads and validates a migrations directory, master changelog included. A directory that does not exist has
     * no migrations.
     *
     * @throws ZModelException naming what is wrong and how to fix it
     */
    public static MigrationsDirectory read(Path dir, Provider provider) {
        MigrationsDirectory d = scan(dir, provider);
        d.checkMaster();
        return d;
    }

    /**
     * Reads the directory for {@code migrate-dev}, which owns the master changelog: a missing or stale
     * {@code changelog.xml}, or one of the older form with an {@code include} per migration, is rewritten (to the
     * {@code includeAll} form) instead of being an error (everything else is validated as in {@link #read}).
     */
    public static MigrationsDirectory readAndRepair(Path dir, Provider provider, dev.zmodel.Listener listener) {
        MigrationsDirectory d = scan(dir, provider);
        if (!d.migrations.isEmpty() && !d.masterInSync) {
            MasterChangelog.write(d.dir);
            listener.info("Rewrote " + d.master() + " to include every migration folder in order.");
        } else if (!d.migrations.isEmpty() && !d.masterIncludesAll) {
            MasterChangelog.write(d.dir);
            listener.info("Rewrote " + d.master() + " to include the migration folders with includeAll: adding a "
                    + "migration no longer edits it, so branches that each add a migration merge without a conflict. "
                    + "Commit it; nothing runs again (every changeset keeps its logicalFilePath).");
        }
        return new MigrationsDirectory(d.dir, d.migrations, true, true);
    }

    private static MigrationsDirectory scan(Path dir, Provider provider) {
        Path root = dir.toAbsolutePath().normalize();
        if (!Files.exists(root)) {
            return new MigrationsDirectory(root, List.of(), true, true);
        }
        if (!Files.isDirectory(root)) {
            throw new ZModelException("The migrations directory " + root + " is a file, not a directory. Point "
                    + flag(MIGRATIONS) + " at the migrations directory, or move the file away.");
        }
        checkLock(root, provider);
        List<Migration> found = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path entry : list(root)) {
            String name = entry.getFileName().toString();
            if (ignored(name)) {
                continue;
            }
            if (Files.isDirectory(entry)) {
                var m = FOLDER.matcher(name);
                if (!m.matches()) {
                    problems.add("folder " + name + " is not a migration folder (expected yyyyMMddHHmmss_name)");
                    continue;
                }
                migration(entry, m.group(2), problems).ifPresent(found::add);
            } else if (!name.equals(MasterChangelog.FILE_NAME) && !name.equals(LOCK_FILE)) {
                problems.add("file " + name + " does not belong here (only " + MasterChangelog.FILE_NAME + ", "
                        + LOCK_FILE + " and migration folders do)");
            }
        }
        if (!problems.isEmpty()) {
            throw new ZModelException(
                    "The migrations directory " + root + " is not valid: " + String.join("; ", problems)
                            + ". Move other files elsewhere, and restore migration folders from version control.");
        }
        found.sort(java.util.Comparator.comparing(Migration::id));
        List<String> expected = found.stream().map(Migration::relativeFile).toList();
        Optional<List<String>> includes = readIncludes(root);
        boolean includesAll = includes.map(INCLUDE_ALL::equals).orElse(false);
        boolean inSync = includesAll || includes.map(expected::equals).orElse(expected.isEmpty());
        return new MigrationsDirectory(root, found, inSync, includesAll);
    }

    private static Optional<Migration> migration(Path folder, String name, List<String> problems) {
        List<Path> files = new ArrayList<>();
        for (Path f : list(folder)) {
            String n = f.getFileName().toString();
            if (ignored(n)) {
                continue;
            }
            if (FILE_NAMES.contains(n) && Files.isRegularFile(f)) {
                files.add(f);
            } else {
                problems.add(folder.getFileName() + "/" + n + " does not belong in a migration folder (only one "
                        + "migration.xml, migration.yaml or migration.sql does)");
            }
        }
        if (files.isEmpty()) {
            problems.add("folder " + folder.getFileName() + " has no migration file (migration.xml, migration.yaml or "
                    + "migration.sql)");
            return Optional.empty();
        }
        if (files.size() > 1) {
            problems.add("folder " + folder.getFileName() + " has " + files.size() + " migration files; keep one");
            return Optional.empty();
        }
        Path file = files.get(0);
        String ext = file.getFileName().toString().substring("migration.".length());
        ChangelogFormat format = ChangelogFormat.fromId(ext).orElseThrow();
        return Optional.of(new Migration(folder.getFileName().toString(), name, file, format));
    }

    /** The greatest migration folder name, of this listing and of the directory as it is now; null when none. */
    private String newestFolder() {
        String newest = migrations.isEmpty()
                ? null
                : migrations.get(migrations.size() - 1).id();
        if (Files.isDirectory(dir)) {
            for (Path entry : list(dir)) {
                String name = entry.getFileName().toString();
                if (FOLDER.matcher(name).matches()
                        && Files.isDirectory(entry)
                        && (newest == null || name.compareTo(newest) > 0)) {
                    newest = name;
                }
            }
        }
        return newest;
    }

    private static boolean ignored(String name) {
        return name.startsWith(".") || name.equalsIgnoreCase("README.md");
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw new ZModelException("Cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void checkLock(Path root, Provider provider) {
        Path lock = root.resolve(LOCK_FILE);
        if (!Files.exists(lock)) {
            return;
        }
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(lock)) {
            p.load(in);
        } catch (IOException e) {
            throw new ZModelException("Cannot read " + lock + ": " + e.getMessage(), e);
        }
        String value = p.getProperty("provider");
        Optional<Provider> locked = Provider.fromId(value);
        if (locked.isEmpty()) {
            throw new ZModelException(lock + " must contain provider=postgresql, provider=mysql or provider=sqlite; "
                    + "it has " + (value == null ? "no provider" : "provider=" + value)
                    + ". Restore it from version control, "
                    + "or delete it (migrate-dev writes it again for the datasource provider).");
        }
        if (locked.get() != provider) {
            throw new ZModelException("The migrations in " + root + " were created for " + locked.get() + " ("
                    + LOCK_FILE + "), but the datasource provider is " + provider + ". Migrations are not portable "
                    + "between databases: move the old migrations directory away and create a new history with "
                    + "migrate-dev, or switch the provider back.");
        }
    }

    /** What {@link #readIncludes} returns for the master changelog's {@code includeAll} of the folders. */
    private static final List<String> INCLUDE_ALL = List.of("<includeAll>");

    /**
     * The includes of {@code changelog.xml} ({@link #INCLUDE_ALL} for its {@code includeAll} form), or empty when it
     * does not exist.
     */
    private static Optional<List<String>> readIncludes(Path root) {
        Path master = root.resolve(MasterChangelog.FILE_NAME);
        if (!Files.exists(master)) {
            return Optional.empty();
        }
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setNamespaceAware(true);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            var doc = b.parse(new org.xml.sax.InputSource(new StringReader(Files.readString(master))));
            if (!"databaseChangeLog".equals(doc.getDocumentElement().getLocalName())) {
                throw new ZModelException(master + " is not a Liquibase changelog (its root element is <"
                        + doc.getDocumentElement().getTagName()
                        + ">). Restore it from version control, or delete it and run "
                        + "migrate-dev, which writes it again.");
            }
            List<String> includes = new ArrayList<>();
            NodeList nodes = doc.getDocumentElement().getChildNodes();
            for (int i = 0; i < nodes.getLength(); i++) {
                if (nodes.item(i) instanceof Element e) {
                    if ("includeAll".equals(e.getLocalName()) && isOurIncludeAll(e)) {
                        includes.add(INCLUDE_ALL.get(0));
                        continue;
                    }
                    if (!"include".equals(e.getLocalName())) {
                        throw new ZModelException(master + " must only include migrations, but it has a <"
                                + e.getTagName() + "> element. Put changesets into a migration folder; "
                                + "changelog.xml is rewritten by migrate-dev.");
                    }
                    includes.add(e.getAttribute("file").replace('\\', '/'));
                }
            }
            if (includes.contains(INCLUDE_ALL.get(0)) && includes.size() > 1) {
                throw new ZModelException(master + " has an includeAll of the migration folders and other includes, "
                        + "which would run migrations twice. Delete it and run migrate-dev, which writes it again.");
            }
            return Optional.of(includes);
        } catch (IOException | javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new ZModelException(
                    "The master changelog " + master + " is not valid XML (" + e.getMessage()
                            + "). Restore it from version control, or delete it and run migrate-dev, which writes it again.",
                    e);
        }
    }

    /** The {@code includeAll} {@link MasterChangelog#render()} writes: the folders next to the master, depth 2. */
    private static boolean isOurIncludeAll(Element e) {
        String path = e.getAttribute("path").strip();
        return (path.equals(".") || path.equals("./"))
                && "true".equals(e.getAttribute("relativeToChangelogFile"))
                && "2".equals(e.getAttribute("minDepth"))
                && "2".equals(e.getAttribute("maxDepth"));
    }

    private void checkMaster() {
        if (masterInSync) {
            return;
        }
        Path master = master();
        if (!Files.exists(master)) {
            throw new ZModelException("The migrations directory " + dir + " has " + migrations.size()
                    + " migration folder(s) but no " + MasterChangelog.FILE_NAME + ". Restore it from version control, "
                    + "or run migrate-dev, which writes it again (it includes every migration folder in order).");
        }
        List<String> includes = readIncludes(dir).orElse(List.of());
        List<String> expected = migrations.stream().map(Migration::relativeFile).toList();
        List<String> missing =
                expected.stream().filter(e -> !includes.contains(e)).toList();
        List<String> extra =
                includes.stream().filter(e -> !expected.contains(e)).toList();
        StringBuilder b = new StringBuilder(
                "The master changelog " + master + " does not include exactly the " + "migration folders in order");
        if (!missing.isEmpty()) {
            b.append("; missing: ").append(String.join(", ", missing));
        }
        if (!extra.isEmpty()) {
            b.append("; includes files that are not migrations: ").append(String.join(", ", extra));
        }
        if (missing.isEmpty() && extra.isEmpty()) {
            b.append("; the order differs");
        }
        throw new ZModelException(b + ". Run migrate-dev to rewrite it, or restore it from version control.");
    }

    public Path path() {
        return dir;
    }

    public Path master() {
        return dir.resolve(MasterChangelog.FILE_NAME);
    }

    public boolean exists() {
        return Files.isDirectory(dir);
    }

    /** The migrations, oldest first. */
    public List<Migration> migrations() {
        return migrations;
    }

    /**
     * A migration by folder name ({@code 20261122093000_init}) or by name ({@code init}, when only one folder has
     * it).
     *
     * @throws ZModelException when none or several match, listing the migrations
     */
    public Migration find(String nameOrId) {
        String wanted = nameOrId == null ? "" : nameOrId.strip();
        Optional<Migration> exact =
                migrations.stream().filter(m -> m.id().equals(wanted)).findFirst();
        if (exact.isPresent()) {
            return exact.get();
        }
        List<Migration> byName =
                migrations.stream().filter(m -> m.name().equals(wanted)).toList();
        if (byName.size() == 1) {
            return byName.get(0);
        }
        String known = migrations.isEmpty()
                ? "there are none"
                : "known: "
                        + String.join(
                                ", ", migrations.stream().map(Migration::id).toList());
        if (byName.size() > 1) {
            throw new ZModelException("Several migrations are named '" + wanted + "' ("
                    + String.join(", ", byName.stream().map(Migration::id).toList()) + "); give the full folder name.");
        }
        throw new ZModelException("There is no migration '" + wanted + "' in " + dir + " (" + known + "). Give a "
                + "folder name or migration name from that directory; mvn zenstack:migrate-status lists them.");
    }

    /** Lower-case letters, digits and {@code _}: {@code "Add posts!"} → {@code add_posts}. */
    public static String sanitize(String name) {
        String s = name == null
                ? ""
                : name.strip()
                        .toLowerCase(Locale.ROOT)
                        .replaceAll("[^a-z0-9]+", "_")
                        .replaceAll("^_+|_+$", "");
        return s.length() > MAX_NAME ? s.substring(0, MAX_NAME) : s;
    }

    /**
     * Writes a new migration folder {@code <UTC timestamp>_<sanitized name>/migration.<ext>}, rewrites the master
     * changelog and writes the lock file. The timestamp is moved past the newest existing folder if the clock is
     * behind it, so the order of folders is the order of creation. The newest folder is looked for on disk again, not
     * only in this listing: a folder that appeared since (another run, a checkout) must not sort after the new one.
     *
     * @param render the changelog text for the chosen migration id
     */
    public Migration create(
            String name,
            Instant now,
            ChangelogFormat format,
            Provider provider,
            java.util.function.Function<String, String> render) {
        String clean = sanitize(name);
        if (clean.isEmpty()) {
            throw new ZModelException("The migration name '" + name + "' has no letters or digits; pass a name like "
                    + flag(NAME, "add_posts") + ".");
        }
        Instant at = now;
        String newest = newestFolder();
        if (newest != null) {
            Instant last = java.time.LocalDateTime.parse(
                            newest.substring(0, 14), DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
                    .toInstant(ZoneOffset.UTC);
            if (!at.isAfter(last.plusMillis(999))) {
                at = last.plusSeconds(1);
            }
        }
        String id = TIMESTAMP.format(at) + "_" + clean;
        Path folder = dir.resolve(id);
        Path file = folder.resolve(format.fileName());
        try {
            Files.createDirectories(folder);
            AtomicFiles.write(file, render.apply(id));
            writeLock(provider);
        } catch (IOException e) {
            throw new ZModelException("Cannot write the migration " + file + ": " + e.getMessage(), e);
        }
        MasterChangelog.write(dir);
        return new Migration(id, clean, file, format);
    }

    /** Writes {@code migration_lock.properties} unless it already names the provider. */
    void writeLock(Provider provider) throws IOException {
        Files.createDirectories(dir);
        Path lock = dir.resolve(LOCK_FILE);
        String text = "# Written by zenstack. The database provider of these migrations; changing it is an error.\n"
                + "provider=" + provider.id() + "\n";
        if (!Files.exists(lock) || !Files.readString(lock).equals(text)) {
            AtomicFiles.write(lock, text);
        }
    }

    static Set<String> fileNames() {
        return Set.copyOf(FILE_NAMES);
    }
}
