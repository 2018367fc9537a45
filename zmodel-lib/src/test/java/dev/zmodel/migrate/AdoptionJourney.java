package dev.zmodel.migrate;

import dev.zmodel.datasource.ConnectionSettings;
import dev.zmodel.lang.Diagnostic;
import dev.zmodel.lang.ZModelFiles;
import dev.zmodel.pull.DbPull;
import dev.zmodel.pull.PullOptions;
import dev.zmodel.pull.PullResult;
import dev.zmodel.testing.TestDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The steps of adopting an existing database, shared by the adoption tests: db pull into a schema file next to the
 * fixture's migrations, the pulled schema validated, the baseline, migrate-dev with the schema (in sync, or a change
 * as one migration), a deploy into another database, the same pull there, status without drift. Each step asserts
 * what every journey expects of it; a test states its own assertions between the steps.
 *
 * @param f          the fixture: the database adopted, its migrations and messages
 * @param schema     the schema file db pull writes and migrate-dev reads
 * @param datasource the datasource block db pull starts from; {@code null}: the one it derives
 * @param settings   how the goals connect to a database (the fixture's database, a deploy target)
 */
record AdoptionJourney(
        MigrateFixture f, Path schema, String datasource, Function<TestDatabase, ConnectionSettings> settings) {

    /** The journey on the fixture's database, with the datasource db pull derives. */
    static AdoptionJourney of(MigrateFixture f) {
        try {
            Path schema = Files.createDirectories(f.migrations.getParent()).resolve("schema.zmodel");
            return new AdoptionJourney(f, schema, null, MigrateFixture::settings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    AdoptionJourney withDatasource(String datasource) {
        return new AdoptionJourney(f, schema, datasource, settings);
    }

    AdoptionJourney withSettings(Function<TestDatabase, ConnectionSettings> settings) {
        return new AdoptionJourney(f, schema, datasource, settings);
    }

    /** The fixture's options (a clock one minute further each call) on the adopted database. */
    MigrateOptions options() {
        return f.options().withDatabase(settings.apply(f.db));
    }

    // ------------------------------------------------------------------ db pull

    /** db pull of the adopted database, written to the schema file. */
    PullResult pull() {
        try (Connection c = f.db.connect()) {
            return pull(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** db pull over a connection of the caller's (another user's), written to the schema file. */
    PullResult pull(Connection c) {
        PullResult result = pullOf(c);
        write(result.text());
        return result;
    }

    /** db pull of the adopted database into the schema file, which must validate; its text. */
    String pullValid() {
        String pulled = pull().text();
        assertValidates();
        return pulled;
    }

    /** Asserts that db pull of another database (deployed from the migrations) writes the same text. */
    void assertSamePull(TestDatabase other, String pulled) {
        assertEquals(pulled, pullOf(other), "the same pull");
    }

    /** db pull of a database, the schema file left as it is. */
    String pullOf(TestDatabase db) {
        try (Connection c = db.connect()) {
            return pullOf(c).text();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The schema file's text. */
    String text() {
        try {
            return Files.readString(schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(String text) {
        try {
            Files.writeString(schema, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void assertValidates() {
        assertEquals(
                List.of(),
                ZModelFiles.validate(schema).stream()
                        .filter(Diagnostic::isError)
                        .toList(),
                "the pulled schema validates");
    }

    private PullResult pullOf(Connection c) {
        return DbPull.pull(c, datasource, PullOptions.defaults());
    }

    // ------------------------------------------------------------------ migrations

    MigrateBaselineResult baseline() {
        return MigrateBaseline.run(options());
    }

    /** The baseline, which must carry everything. */
    MigrateBaselineResult baselineCarryingAll() {
        MigrateBaselineResult baseline = baseline();
        assertEquals(List.of(), baseline.notCarried());
        return baseline;
    }

    /** migrate-dev with the schema file on the adopted database: in sync. */
    void assertInSync() {
        assertInSync(options());
    }

    /** migrate-dev with the schema file on another database (one deployed from the migrations): in sync. */
    void assertInSyncOn(TestDatabase db) {
        assertInSync(options().withDatabase(settings.apply(db)));
    }

    private void assertInSync(MigrateOptions on) {
        assertTrue(MigrateDev.run(on.withDesired(ZModelProject.desired(schema))).inSync(), f.allMessages());
    }

    /** The schema file rewritten to the text, then migrate-dev on the adopted database creating migration "name". */
    MigrateDevResult migrateDev(String text, String name) {
        write(text);
        return MigrateDev.run(
                options().withDesired(ZModelProject.desired(schema)).withName(name));
    }

    /** Asserts a migration's changes, by their summaries. */
    void assertChanges(List<String> summaries, MigrateDevResult result) {
        assertEquals(summaries, summaries(result), f.allMessages());
    }

    static List<String> summaries(MigrateDevResult result) {
        return result.changes().stream().map(c -> c.summary()).toList();
    }

    /** migrate-status with drift check on the adopted database: up to date, nothing pending, no drift. */
    void assertUpToDate() {
        assertTrue(
                MigrateStatus.run(options().withCheckDrift(true).withFailOnPending(true))
                        .upToDate(),
                f.allMessages());
    }

    /** migrate-deploy of the migrations into another database. */
    MigrateDeployResult deployInto(TestDatabase db) {
        return MigrateDeploy.run(options().withDatabase(settings.apply(db)));
    }
}
