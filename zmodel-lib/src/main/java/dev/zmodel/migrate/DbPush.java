package dev.zmodel.migrate;

import dev.zmodel.Listener;
import dev.zmodel.ZModelException;
import dev.zmodel.datasource.Connections;
import dev.zmodel.diff.DiffOptions;
import dev.zmodel.diff.DiffResult;
import dev.zmodel.diff.SchemaChange;
import dev.zmodel.diff.SchemaDiff;
import dev.zmodel.diff.ddl.SchemaApplier;
import dev.zmodel.schema.DatabaseSchema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import static dev.zmodel.PropertyNames.FORCE_RESET;
import static dev.zmodel.PropertyNames.flag;

/**
 * {@code db-push}: makes the database match the desired schema directly, without migration files or history — for
 * prototyping. Changes that lose data need {@code acceptDataLoss}; changes that cannot run on the data there are
 * refused. {@code forceReset} drops everything first: asked unless {@code force} (refused in batch mode without it),
 * and a database that is not local also needs {@code allowRemote}. Afterwards the
 * database has drifted from the migration history on purpose: {@code migrate-reset} then {@code migrate-dev}
 * turn the prototype into a migration (docs/migrations.md#prototyping).
 */
public final class DbPush {
    private DbPush() {}

    /** db-push; with {@link MigrateOptions#forceReset()} everything is dropped first. */
    public static DbPushResult run(MigrateOptions options) {
        Listener listener = options.listener();
        boolean forceReset = options.forceReset();
        if (options.desired() == null) {
            throw new ZModelException("db-push needs the desired schema (the ZModel schema): pass "
                    + "MigrateOptions.withDesired(ZModelProject.load(schemaFile).desired()).");
        }
        OwnedTables owned = OwnedTables.of(options);
        DatabaseSchema desired = owned.of(options.desired().schema(options.provider(), listener));
        DiffOptions diffOptions = DiffOptions.towardsModel(options.desired().renames(options.renames()));
        String db = options.database().displayUrl();
        if (forceReset) { // refused before connecting: a remote database is not even touched
            LocalDatabases.requireLocal(
                    options.database(),
                    options.allowRemote(),
                    "db-push with forceReset drops " + "every table, view and type of the database");
            ResetGuard.confirm(
                    options,
                    "db-push with forceReset",
                    "then pushes the schema",
                    "mvn zenstack:db-push " + flag(FORCE_RESET, "true"));
        }
        try (Connection c = Connections.open(options.database(), "db-push")) {
            if (forceReset) {
                DatabaseReset.reset(c, options.database(), owned, listener);
            }
            DiffResult diff =
                    SchemaDiff.diff(owned.of(Schemas.read(c, options.database(), listener)), desired, diffOptions);
            Unmanaged.report(diff, listener);
            diff.suggestions().forEach(s -> listener.warn(s.message()));
            if (diff.isEmpty()) {
                listener.info("The database " + db + " is already in sync with "
                        + options.desired().description() + ".");
                return new DbPushResult(forceReset, List.of(), diff.unmanaged());
            }
            List<DataLossFinding> findings = DataLossCheck.check(c, options.provider(), diff.changes());
            List<DataLossFinding> fail = Findings.of(findings, DataLossFinding.Kind.WILL_FAIL);
            if (!fail.isEmpty()) {
                throw new ZModelException("db-push cannot apply the schema to " + db + " with the data it holds:\n"
                        + Findings.bullets(fail) + "\nFix the data, or use " + flag(FORCE_RESET, "true")
                        + " to start from an empty database. Nothing was changed.");
            }
            Findings.refuseLoss(findings, diff.suggestions(), options, "db-push", db);
            try {
                SchemaApplier.apply(c, options.provider(), diff.changes(), listener);
            } catch (ZModelException e) {
                throw new ZModelException(
                        "db-push could not apply the schema to " + db + ": " + e.getMessage()
                                + Privileges.missing(options.database(), e, "")
                                        .map(p -> "\n" + p)
                                        .orElse(""),
                        e);
            }
            for (SchemaChange change : diff.changes()) {
                listener.info("  " + change.summary());
            }
            listener.info("Pushed " + diff.changes().size() + " change(s) to " + db + " (no migration written).");
            return new DbPushResult(forceReset, diff.changes(), diff.unmanaged());
        } catch (SQLException e) {
            throw Privileges.failure("db-push", options.database(), e);
        }
    }
}
