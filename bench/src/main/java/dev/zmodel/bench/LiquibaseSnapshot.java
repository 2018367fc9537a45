package dev.zmodel.bench;

import dev.zmodel.Provider;
import liquibase.CatalogAndSchema;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.snapshot.DatabaseSnapshot;
import liquibase.snapshot.SnapshotControl;
import liquibase.snapshot.SnapshotGeneratorFactory;

import java.sql.Connection;

/** Liquibase 4.33's own snapshot of the same database: the comparison point of the introspection benchmark. */
final class LiquibaseSnapshot {
    private LiquibaseSnapshot() {}

    /** Takes a full snapshot (all object types Liquibase knows) of the schema the benchmark created. */
    static DatabaseSnapshot take(Connection connection, Provider provider, String databaseName) throws Exception {
        Database database =
                DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        CatalogAndSchema target = switch (provider) {
            case POSTGRESQL -> new CatalogAndSchema(null, "public");
            case MYSQL -> new CatalogAndSchema(databaseName, null);
            case SQLITE -> CatalogAndSchema.DEFAULT;
        };
        return SnapshotGeneratorFactory.getInstance()
                .createSnapshot(new CatalogAndSchema[] {target}, database, new SnapshotControl(database));
    }

    static int tableCount(DatabaseSnapshot snapshot) {
        return snapshot.get(liquibase.structure.core.Table.class).size();
    }
}
