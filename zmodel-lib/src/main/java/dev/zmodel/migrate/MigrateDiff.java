package dev.zmodel.migrate;

import dev.zmodel.Listener;
import dev.zmodel.ZModelException;
import dev.zmodel.datasource.ConnectionSettings;
import dev.zmodel.datasource.Connections;
import dev.zmodel.datasource.JdbcUrls;
import dev.zmodel.diff.DiffOptions;
import dev.zmodel.diff.DiffResult;
import dev.zmodel.diff.SchemaDiff;
import dev.zmodel.liquibase.ChangelogRenderer;
import dev.zmodel.liquibase.RenderOptions;
import dev.zmodel.schema.DatabaseSchema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;

import static dev.zmodel.PropertyNames.FROM;
import static dev.zmodel.PropertyNames.OUTPUT;
import static dev.zmodel.PropertyNames.TO;
import static dev.zmodel.PropertyNames.flag;

/**
 * {@code migrate-diff}: the changes between any two of an empty database, a ZModel schema, a migrations directory
 * (replayed on a shadow database on the datasource's server, or {@code shadowDatabaseUrl}, or taken from the
 * {@link ReplayCache} with {@link MigrateOptions#replayCache()}) and a live database,
 * rendered as a Liquibase changelog ({@code changelogFormat}) and returned or written to a file. Writes nothing to
 * any database other than the shadow. {@link MigrateDiffResult#exitCode()} is 0 when the sides match and 2 when
 * they differ ("do the migrations match the schema?" in CI).
 */
public final class MigrateDiff {
    private MigrateDiff() {}

    /** The changelog from {@code from} to {@code to}, returned, not written; {@code schema:} sources are ZModel files. */
    public static MigrateDiffResult run(MigrateOptions options, DiffSource from, DiffSource to) {
        return run(options, from, to, ZModelProject::desired, null);
    }

    /**
     * @param schemaLoader turns a ZModel file into the desired state (the ZModel converter); used for
     *                     {@code schema:} sources
     * @param output       the file to write the changelog to, or null to only return it
     */
    public static MigrateDiffResult run(
            MigrateOptions options,
            DiffSource from,
            DiffSource to,
            Function<Path, DesiredState> schemaLoader,
            Path output) {
        Listener listener = options.listener();
        OwnedTables owned = OwnedTables.of(options);
        DatabaseSchema fromSchema = owned.of(read(options, from, schemaLoader));
        DesiredState toState = to.kind() == DiffSource.Kind.SCHEMA ? schemaLoader.apply(Path.of(to.value())) : null;
        DatabaseSchema toSchema = owned.of(
                toState != null ? toState.schema(options.provider(), listener) : read(options, to, schemaLoader));
        DiffOptions diffOptions = toState != null
                ? DiffOptions.towardsModel(toState.renames(options.renames()))
                : new DiffOptions(options.renames().stream()
                        .map(dev.zmodel.diff.RenameHint::parse)
                        .toList());
        DiffResult diff = SchemaDiff.diff(fromSchema, toSchema, diffOptions);
        Unmanaged.report(diff, listener);
        diff.suggestions().forEach(s -> listener.warn(s.message()));
        if (diff.isEmpty()) {
            listener.info("No difference between " + from + " and " + to + ".");
            return new MigrateDiffResult(diff, null, null);
        }
        String id = options.name() == null ? "migrate_diff" : MigrationsDirectory.sanitize(options.name());
        String changelog = ChangelogRenderer.render(
                diff.changes(),
                options.provider(),
                id.isEmpty() ? "migrate_diff" : id,
                options.changelogFormat(),
                RenderOptions.defaults().withDefaultSchema(Schemas.unqualified(options.database())));
        diff.warnings().forEach(listener::warn);
        listener.info(diff.changes().size() + " change(s) from " + from + " to " + to + ".");
        if (output != null) {
            try {
                Path parent = output.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.writeString(output, changelog);
            } catch (IOException e) {
                throw new ZModelException(
                        "Cannot write " + output + ": " + e.getMessage() + ". Check " + flag(OUTPUT)
                                + " and that its directory is writable.",
                        e);
            }
            listener.info("Wrote the changelog to " + output + ".");
        }
        return new MigrateDiffResult(diff, changelog, output);
    }

    private static DatabaseSchema read(
            MigrateOptions options, DiffSource source, Function<Path, DesiredState> schemaLoader) {
        Listener listener = options.listener();
        return switch (source.kind()) {
            case EMPTY -> DatabaseSchema.empty(options.provider());
            case SCHEMA -> schemaLoader.apply(Path.of(source.value())).schema(options.provider(), listener);
            case URL -> {
                ConnectionSettings settings = url(options, source.value());
                MigrateDialect.forProvider(settings.provider()).requireExisting(settings, source.toString());
                try (Connection c = Connections.open(settings, "migrate-diff (reading " + source + ")")) {
                    yield Schemas.read(c, settings, listener);
                } catch (SQLException e) {
                    throw new ZModelException(
                            "Cannot read " + settings.displayUrl() + " (" + source + "): "
                                    + e.getMessage()
                                    + ". Check that the user may read the database's catalog, then run "
                                    + "migrate-diff again.",
                            e);
                }
            }
            case MIGRATIONS -> {
                MigrationsDirectory dir = MigrationsDirectory.read(Path.of(source.value()), options.provider());
                if (!dir.exists()) {
                    throw new ZModelException("The migrations directory " + dir.path() + " does not exist. Check "
                            + flag(FROM) + "/" + flag(TO) + " (relative paths are relative to the project directory).");
                }
                // every migration of the directory, replayed or taken from the replay cache when it holds them
                try (Connection c = Connections.open(
                                options.database(), "migrate-diff (replaying " + source + " on a shadow database)");
                        ShadowReplay shadow = new ShadowReplay(
                                options, "migrate-diff", c, dir, OwnedTables.of(options), new FolderHashes())) {
                    yield shadow.of(dir.migrations(), List.of());
                } catch (SQLException e) {
                    throw new ZModelException(
                            "Cannot replay " + dir.path() + " on a shadow database: " + e.getMessage()
                                    + ". Fix the cause and run migrate-diff again.",
                            e);
                }
            }
        };
    }

    private static ConnectionSettings url(MigrateOptions options, String url) {
        return JdbcUrls.convert(
                options.provider(),
                url,
                Path.of("").toAbsolutePath(),
                options.database().schemas(),
                "diff source url");
    }
}
