package dev.zmodel.init;

import dev.zmodel.Listener;
import dev.zmodel.Provider;
import dev.zmodel.ZModelException;
import dev.zmodel.datasource.ConnectionSettings;
import dev.zmodel.datasource.JdbcUrls;
import dev.zmodel.datasource.Urls;
import dev.zmodel.dialect.Dialect;
import dev.zmodel.lang.Diagnostic;
import dev.zmodel.lang.ZModelFiles;
import dev.zmodel.lang.ast.Argument;
import dev.zmodel.lang.ast.Comment;
import dev.zmodel.lang.ast.ConfigBlock;
import dev.zmodel.lang.ast.ConfigField;
import dev.zmodel.lang.ast.Document;
import dev.zmodel.lang.ast.Expr;
import dev.zmodel.lang.ast.Span;
import dev.zmodel.lang.ast.Trivia;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static dev.zmodel.PropertyNames.NAME;
import static dev.zmodel.PropertyNames.PROVIDER;
import static dev.zmodel.PropertyNames.SCHEMA;
import static dev.zmodel.PropertyNames.URL;
import static dev.zmodel.PropertyNames.flag;

/**
 * {@code init} (like {@code zen init}): creates a new ZModel schema file with a {@code datasource} block for a
 * provider, and says what to do next. It never overwrites: an existing file (or directory) at the path is an error
 * and stays untouched. The file appears complete or not at all (written to a hidden temporary file in the same
 * directory, then hard-linked into place, which fails instead of replacing); what was written is validated by the
 * ZModel validator before the method returns.
 *
 * <pre>{@code
 * InitResult r = ProjectInit.run(InitOptions.of(Path.of("zenstack/schema.zmodel"), Provider.POSTGRESQL));
 * }</pre>
 */
public final class ProjectInit {
    /** Where the schema lives by default; commands for another place get {@code -Dzenstack.schema=…}. */
    static final String DEFAULT_SCHEMA = "zenstack/schema.zmodel";

    static final String DEFAULT_ENV = "DATABASE_URL";
    static final String SQLITE_DEFAULT_URL = Urls.SQLITE_DEFAULT_URL;
    private static final Pattern ENV = Pattern.compile("env\\(\\s*[\"']([A-Za-z_][A-Za-z0-9_]*)[\"']\\s*\\)");

    private final InitOptions options;
    private final Path target;
    private final String display;

    private ProjectInit(InitOptions options) {
        this.options = options;
        this.target = options.schema().toAbsolutePath().normalize();
        this.display = display(options.projectDir(), target);
    }

    public static InitResult run(InitOptions options) {
        return new ProjectInit(options).run();
    }

    /**
     * Parses the provider a user typed ({@code postgres} and {@code mariadb} are accepted for {@code postgresql}
     * and {@code mysql}).
     *
     * @throws ZModelException naming the valid providers when the value is none of them
     */
    public static Provider provider(String value) {
        return Provider.fromId(value)
                .orElseThrow(() -> new ZModelException("Unknown database provider '"
                        + (value == null ? "" : value.strip()) + "' (" + PROVIDER + "). A ZModel datasource supports "
                        + Arrays.stream(Provider.values()).map(Provider::id).collect(Collectors.joining(", "))
                        + ". Run again with one of them, e.g. mvn zenstack:init " + flag(PROVIDER, "postgresql")));
    }

    private InitResult run() {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw exists();
        }
        Url url = url();
        String content = ZModelFiles.print(document(url));
        write(content);
        List<Diagnostic> errors = ZModelFiles.validate(target).stream()
                .filter(Diagnostic::isError)
                .toList();
        if (!errors.isEmpty()) {
            delete();
            throw new ZModelException("init wrote a schema the validator rejects, so " + display + " was removed "
                    + "again:\n" + errors.stream().map(d -> "  " + d.format()).collect(Collectors.joining("\n"))
                    + "\nThis is a bug in init; please report it with the command you ran.");
        }
        String nextSteps = nextSteps(url);
        Listener listener = options.listener();
        listener.info("Created " + display + " with a " + options.provider().id() + " datasource (url = " + url.shown()
                + ").");
        if (url.passwordInFile()) {
            listener.warn("The url in " + display + " contains a password, in plain text. Keep the password out of "
                    + "version control: write url = env(\"" + DEFAULT_ENV + "\") instead and set the variable.");
        }
        listener.info(nextSteps);
        return new InitResult(target, content, nextSteps);
    }

    private ZModelException exists() {
        String kind = Files.isDirectory(target) ? "a directory" : "a file";
        return new ZModelException("Cannot create " + display + ": " + kind + " with that name already exists, "
                + "and init never overwrites a schema. Nothing was written. To keep the schema, skip init and run "
                + command("db-pull") + " or " + command("migrate-dev") + "; to start over, move or delete "
                + display + " and run " + command("init") + " again; or choose another file with "
                + flag(SCHEMA, "<path>") + ".");
    }

    /** The url expression to write: how it reads in the file, and whether a password ends up in the file. */
    private record Url(Expr expr, String shown, String envName, boolean passwordInFile) {}

    private Url url() {
        String given = options.url();
        if (given == null) {
            return Dialect.of(options.provider()).facts().fileDatabase()
                    ? literal(SQLITE_DEFAULT_URL)
                    : env(DEFAULT_ENV);
        }
        Matcher env = ENV.matcher(given);
        if (env.matches()) {
            return env(env.group(1));
        }
        ConnectionSettings settings = JdbcUrls.convert(
                options.provider(), given, target.getParent(), List.of(), "url given for the new schema (" + URL + ")");
        return new Url(
                Expr.StringLiteral.of(given),
                "\"" + Urls.mask(given) + "\"",
                null,
                settings.password() != null && !settings.password().isEmpty());
    }

    private static Url env(String name) {
        return new Url(
                Expr.Invocation.of("env", Argument.positional(Expr.StringLiteral.of(name))),
                "env(\"" + name + "\")",
                name,
                false);
    }

    private static Url literal(String url) {
        return new Url(Expr.StringLiteral.of(url), "\"" + url + "\"", null, false);
    }

    private Document document(Url url) {
        List<Comment> header = List.of(
                Comment.line("The ZModel schema of this project: https://zenstack.dev/docs/reference/zmodel-language"),
                Comment.line("Add your models below, or read them from an existing database with " + command("db-pull")
                        + "."));
        ConfigBlock datasource = new ConfigBlock(
                ConfigBlock.Kind.DATASOURCE,
                "db",
                List.of(
                        ConfigField.of(
                                "provider",
                                Expr.StringLiteral.of(options.provider().id())),
                        ConfigField.of("url", url.expr())),
                List.of(),
                new Trivia(header, null, false),
                Span.NONE);
        return new Document(null, List.of(), List.of(datasource), List.of());
    }

    private String nextSteps(Url url) {
        StringBuilder out = new StringBuilder("Next steps:\n");
        if (url.envName() != null) {
            out.append("  - Set ")
                    .append(url.envName())
                    .append(" to your database, e.g.\n      export ")
                    .append(url.envName())
                    .append("=\"")
                    .append(example())
                    .append("\"\n");
        }
        out.append("  - An existing database: read its tables into the schema with\n      ")
                .append(command("db-pull"))
                .append('\n');
        out.append("  - A new database: add your models to ")
                .append(display)
                .append(", then create and apply the first migration with\n      ")
                .append(command("migrate-dev"))
                .append(' ')
                .append(flag(NAME, "init"));
        return out.toString();
    }

    private String example() {
        return Urls.example(options.provider());
    }

    /** {@code mvn zenstack:<goal>}, with {@code -Dzenstack.schema=…} when the schema is not at the default place. */
    private String command(String goal) {
        String schemaFlag = display.replace('\\', '/').equals(DEFAULT_SCHEMA) ? "" : " " + flag(SCHEMA, display);
        return "mvn zenstack:" + goal + schemaFlag;
    }

    private void write(String content) {
        Path dir = target.getParent();
        Path temp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new ZModelException(
                    "Cannot create " + display + ": its directory " + dir + " cannot be created ("
                            + (e instanceof FileAlreadyExistsException
                                    ? "a file with that name exists"
                                    : e.getMessage())
                            + "). Move that file away or choose another place with " + flag(SCHEMA, "<path>")
                            + ". Nothing was written.",
                    e);
        }
        try {
            try (OutputStream out =
                    Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                out.write(content.getBytes(StandardCharsets.UTF_8));
            }
            try {
                Files.createLink(target, temp);
            } catch (FileAlreadyExistsException e) {
                throw exists();
            } catch (UnsupportedOperationException | IOException e) {
                Files.move(temp, target); // no hard links here: a move that fails when the target exists
            }
        } catch (FileAlreadyExistsException e) {
            throw exists();
        } catch (IOException e) {
            throw new ZModelException(
                    "Cannot create " + display + ": " + e.getMessage() + ". Check that " + dir
                            + " is writable. Nothing was written.",
                    e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // best effort: the temporary file is hidden and harmless
            }
        }
    }

    private void delete() {
        try {
            Files.deleteIfExists(target);
        } catch (IOException ignored) {
            // the validation error is the message that matters
        }
    }

    /** The path relative to the project directory when it lies below it, with forward slashes. */
    static String display(Path projectDir, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path base = projectDir.toAbsolutePath().normalize();
        return (abs.startsWith(base) ? base.relativize(abs).toString() : abs.toString()).replace('\\', '/');
    }
}
