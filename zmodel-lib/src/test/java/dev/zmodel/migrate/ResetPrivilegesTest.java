package dev.zmodel.migrate;

import dev.zmodel.Provider;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A PostgreSQL reset drops and recreates the schema; the new schema gets the owner and privileges the old one had
 * (PostgreSQL 15's {@code public}: owner {@code pg_database_owner}, {@code USAGE} to {@code PUBLIC}), compared in
 * {@code pg_namespace}.
 */
class ResetPrivilegesTest {
    private static final String ACL =
            "SELECT pg_get_userbyid(nspowner), nspacl::text FROM pg_namespace WHERE " + "nspname = 'public'";

    @Test
    void resetKeepsTheOwnerAndPrivilegesOfThePublicSchema() {
        try (MigrateFixture f = new MigrateFixture(Provider.POSTGRESQL)) {
            MigrateDev.run(f.options(MigrateFixture.v1()).withName("init"));
            List<List<String>> before = f.db.query(ACL);
            assertEquals(
                    List.of(List.of(
                            "pg_database_owner", "{pg_database_owner=UC/pg_database_owner,=U/pg_database_owner}")),
                    before,
                    "PostgreSQL 15's defaults for a new database");
            MigrateReset.run(f.options().withForce(true), List.of());
            assertEquals(before, f.db.query(ACL));
            assertEquals(List.of(), f.warnings);

            // a schema whose privileges were changed keeps them too
            f.db.execute("REVOKE USAGE ON SCHEMA public FROM PUBLIC");
            f.db.execute("GRANT CREATE ON SCHEMA public TO PUBLIC");
            List<List<String>> changed = f.db.query(ACL);
            MigrateReset.run(f.options().withForce(true), List.of());
            assertEquals(changed, f.db.query(ACL));
        }
    }
}
