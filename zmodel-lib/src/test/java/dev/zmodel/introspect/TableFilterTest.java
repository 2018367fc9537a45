package dev.zmodel.introspect;

import dev.zmodel.Listener;
import dev.zmodel.Provider;
import dev.zmodel.schema.DatabaseSchema;
import dev.zmodel.schema.Table;
import dev.zmodel.schema.View;
import dev.zmodel.testing.Db;
import dev.zmodel.testing.TestDatabase;
import dev.zmodel.testing.TestDatabaseExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** include/exclude globs, bookkeeping tables and system schemas, on real databases. */
@ExtendWith(TestDatabaseExtension.class)
class TableFilterTest {
    private static final String TABLES = """
            CREATE TABLE user_account (id INTEGER PRIMARY KEY);
            CREATE TABLE user_role (id INTEGER PRIMARY KEY);
            CREATE TABLE audit_log (id INTEGER PRIMARY KEY);
            CREATE TABLE post (id INTEGER PRIMARY KEY);
            CREATE TABLE post2 (id INTEGER PRIMARY KEY);
            CREATE TABLE DATABASECHANGELOG (ID VARCHAR(255) NOT NULL);
            CREATE TABLE DatabaseChangeLogLock (ID INTEGER PRIMARY KEY);
            CREATE TABLE _prisma_migrations (id VARCHAR(36) PRIMARY KEY);
            CREATE TABLE flyway_schema_history (installed_rank INTEGER PRIMARY KEY);
            CREATE VIEW user_view AS SELECT id FROM user_account;
            """;

    private static List<String> names(DatabaseSchema schema) {
        List<String> names = new ArrayList<>();
        schema.tables().stream().map(Table::name).forEach(names::add);
        schema.views().stream().map(View::name).forEach(names::add);
        return names;
    }

    @Test
    void globsSelectTablesAndViewsOnSqlite(@Db(Provider.SQLITE) TestDatabase db) {
        db.execute(TABLES);
        IntrospectionOptions defaults = IntrospectionOptions.defaults();
        assertEquals(
                List.of("audit_log", "post", "post2", "user_account", "user_role", "user_view"),
                names(GoldenFixtures.introspect(db, defaults)),
                "everything but bookkeeping tables");
        assertEquals(
                List.of("user_account", "user_role", "user_view"),
                names(GoldenFixtures.introspect(db, defaults.withInclude(List.of("user_*")))));
        assertEquals(
                List.of("user_account", "user_role"),
                names(GoldenFixtures.introspect(
                        db, defaults.withInclude(List.of("user_*")).withExclude(List.of("*_view")))));
        assertEquals(List.of("post2"), names(GoldenFixtures.introspect(db, defaults.withInclude(List.of("post?")))));
        assertEquals(
                List.of("audit_log", "post"),
                names(GoldenFixtures.introspect(db, defaults.withInclude(List.of("post", "*log")))));
        assertEquals(
                List.of("post", "post2"),
                names(GoldenFixtures.introspect(db, defaults.withInclude(List.of("main.post*")))),
                "a dotted pattern matches namespace.table");
        assertEquals(
                List.of(),
                names(GoldenFixtures.introspect(
                        db,
                        defaults.withInclude(List.of(
                                "DATABASECHANGELOG*",
                                "_prisma_migrations",
                                "databasechangeloglock",
                                "flyway_schema_history")))),
                "bookkeeping tables are never returned, even when included");
        assertEquals(
                List.of(),
                names(GoldenFixtures.introspect(db, defaults.withInclude(List.of("User_*")))),
                "globs are case-sensitive");
    }

    @Test
    void globsOnMariaDb(@Db(Provider.MYSQL) TestDatabase db) {
        db.execute(TABLES);
        IntrospectionOptions defaults = IntrospectionOptions.defaults();
        assertEquals(
                List.of("audit_log", "post", "post2", "user_account", "user_role", "user_view"),
                names(GoldenFixtures.introspect(db, defaults)));
        assertEquals(
                List.of("post", "post2"),
                names(GoldenFixtures.introspect(db, defaults.withInclude(List.of(db.name() + ".p*")))));
        assertEquals(
                List.of("audit_log", "post", "post2"),
                names(GoldenFixtures.introspect(db, defaults.withExclude(List.of("user*")))));
    }

    @Test
    void qualifiedGlobsAndSystemSchemasOnPostgres(@Db(Provider.POSTGRESQL) TestDatabase db) {
        db.execute(TABLES + """
                CREATE SCHEMA billing;
                CREATE TABLE billing.invoice (id INTEGER PRIMARY KEY);
                CREATE TABLE billing.post (id INTEGER PRIMARY KEY);
                """);
        IntrospectionOptions both = IntrospectionOptions.defaults().withSchemas(List.of("billing", "public"));
        assertEquals(
                List.of("invoice", "post"),
                names(GoldenFixtures.introspect(db, both.withInclude(List.of("billing.*")))));
        assertEquals(
                List.of("post", "post"),
                names(GoldenFixtures.introspect(db, both.withInclude(List.of("post")))),
                "unqualified: every schema");
        assertEquals(List.of("post"), names(GoldenFixtures.introspect(db, both.withInclude(List.of("public.post")))));

        List<String> warnings = new ArrayList<>();
        Listener listener = new Listener() {
            @Override
            public void warn(String message) {
                warnings.add(message);
            }
        };
        DatabaseSchema system = GoldenFixtures.introspect(
                db,
                IntrospectionOptions.defaults()
                        .withSchemas(List.of("pg_catalog", "information_schema", "nope"))
                        .withListener(listener));
        assertTrue(system.tables().isEmpty()
                && system.views().isEmpty()
                && system.enums().isEmpty());
        assertEquals(
                List.of(),
                system.namespaces(),
                "system schemas dropped; a requested schema that does not exist is no namespace (a migration creates it)");
        assertEquals(
                2, warnings.stream().filter(w -> w.contains("system schema")).count(), warnings.toString());
        DatabaseSchema missing = GoldenFixtures.introspect(
                db, IntrospectionOptions.defaults().withSchemas(List.of("nope")).withListener(listener));
        assertTrue(missing.tables().isEmpty());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("\"nope\" does not exist")), warnings.toString());
        List<String> publicNames = names(GoldenFixtures.introspect(db, IntrospectionOptions.defaults()));
        assertFalse(
                publicNames.contains("DATABASECHANGELOG") || publicNames.contains("flyway_schema_history"),
                publicNames.toString());
    }
}
