package dev.zmodel.migrate;

import dev.zmodel.Provider;
import dev.zmodel.datasource.ConnectionSettings;
import dev.zmodel.testing.TestDatabase;
import dev.zmodel.testing.TestDatabases;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The adoption journey on an ERP-like PostgreSQL product schema: 8 schemas of 30 tables each (240 tables) with
 * extensions, shared domains, foreign keys within and across schemas, checks, comments, one view and one audit
 * trigger per schema, and rows in every table: pull → validate → baseline → in sync → deploy to an empty database →
 * the same catalog in every schema → the same pull → one added field is one migration, rows kept.
 */
class ErpAdoptionTest {
    private static final List<String> SCHEMAS =
            List.of("core", "sales", "purchasing", "inventory", "hr", "finance", "crm", "production");
    private static final int TABLES = 30;

    @Test
    void adoptsAnErpSchemaSpreadOverEightSchemas() throws Exception {
        try (MigrateFixture f = new MigrateFixture(Provider.POSTGRESQL);
                TestDatabase empty = TestDatabases.create(Provider.POSTGRESQL)) {
            f.db.execute(erp());
            String datasource =
                    """
                    datasource db {
                        provider      = "postgresql"
                        url           = env("DATABASE_URL")
                        schemas       = [%s]
                        defaultSchema = "core"
                    }
                    """.formatted(SCHEMAS.stream().map(s -> "\"" + s + "\"").collect(Collectors.joining(", ")));
            AdoptionJourney journey = AdoptionJourney.of(f)
                    .withDatasource(datasource)
                    .withSettings(db ->
                            new ConnectionSettings(Provider.POSTGRESQL, db.urlWithCredentials(), null, null, SCHEMAS));
            String pulled = journey.pullValid();
            assertTrue(pulled.contains("    extensions    = [citext, pgcrypto]\n"), pulled.substring(0, 400));

            MigrateBaselineResult baseline = journey.baselineCarryingAll();
            assertEquals(
                    SCHEMAS.size() * TABLES + 1, // and core.audit_log
                    baseline.changes().stream()
                            .filter(c -> c instanceof dev.zmodel.diff.CreateTable)
                            .count());
            journey.assertInSync();

            journey.deployInto(empty);
            for (String s : SCHEMAS) {
                MigrateBaselineTest.assertSameCatalog(
                        MigrateBaselineTest.catalog(f.db, s), MigrateBaselineTest.catalog(empty, s));
            }
            journey.assertSamePull(empty, pulled);

            String rowsBefore = rows(f.db);
            String model = "model SalesT07 {\n";
            assertTrue(pulled.contains(model), "the model of sales.t07");
            MigrateDevResult added =
                    journey.migrateDev(pulled.replace(model, model + "    channel String?\n"), "add_channel");
            journey.assertChanges(List.of("Add column `sales.t07.channel`"), added);
            assertEquals(rowsBefore, rows(f.db), "every row kept");
            journey.deployInto(empty);
            for (String s : SCHEMAS) {
                MigrateBaselineTest.assertSameCatalog(
                        MigrateBaselineTest.catalog(f.db, s), MigrateBaselineTest.catalog(empty, s));
            }
        }
    }

    private static String rows(TestDatabase db) {
        return db.query("SELECT string_agg(schemaname || '.' || relname || '=' || n_live_tup, ',' ORDER BY 1) "
                        + "FROM (SELECT schemaname, relname, (xpath('/row/c/text()', query_to_xml("
                        + "format('SELECT count(*) AS c FROM %I.%I', schemaname, relname), false, true, '')))[1]::text"
                        + " AS n_live_tup FROM pg_stat_user_tables WHERE relname NOT ILIKE 'databasechangelog%') x")
                .get(0)
                .get(0);
    }

    /** The ERP: shared domains and a company table in core, 30 tables per schema, each referencing its predecessor. */
    static String erp() {
        List<String> out = new ArrayList<>();
        out.add("CREATE EXTENSION citext");
        out.add("CREATE EXTENSION pgcrypto");
        SCHEMAS.forEach(s -> out.add("CREATE SCHEMA " + s));
        out.add("CREATE DOMAIN core.money_amount AS numeric(14, 2) CHECK (VALUE >= 0)");
        out.add("CREATE DOMAIN core.code AS varchar(20) CHECK (VALUE ~ '^[A-Z0-9-]+$')");
        out.add("CREATE TYPE core.record_status AS ENUM ('draft', 'active', 'archived')");
        out.add(
                "CREATE TABLE core.audit_log (id bigserial PRIMARY KEY, table_name text NOT NULL, row_id bigint NOT NULL,"
                        + " at timestamptz NOT NULL DEFAULT now())");
        out.add("""
                CREATE FUNCTION core.audit() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO core.audit_log (table_name, row_id) VALUES (TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME, NEW.id);
                    RETURN NEW;
                END $$""");
        for (String s : SCHEMAS) {
            for (int i = 1; i <= TABLES; i++) {
                String t = s + ".t" + String.format("%02d", i);
                StringBuilder sql = new StringBuilder("CREATE TABLE " + t + " (\n"
                        + "    id          bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,\n"
                        + "    public_id   uuid NOT NULL DEFAULT gen_random_uuid() UNIQUE,\n"
                        + "    code        core.code NOT NULL,\n"
                        + "    name        text NOT NULL,\n"
                        + "    email       citext,\n"
                        + "    amount      core.money_amount NOT NULL DEFAULT 0,\n"
                        + "    quantity    integer NOT NULL DEFAULT 1 CHECK (quantity >= 0),\n"
                        + "    status      core.record_status NOT NULL DEFAULT 'active',\n"
                        + "    created_at  timestamptz NOT NULL DEFAULT now()");
                if (i > 1) {
                    sql.append(",\n    parent_id   bigint REFERENCES ")
                            .append(s)
                            .append(".t")
                            .append(String.format("%02d", i - 1))
                            .append(" (id) ON DELETE SET NULL");
                }
                if (!s.equals("core")) {
                    sql.append(",\n    company_id  bigint NOT NULL REFERENCES core.t01 (id)");
                }
                sql.append(",\n    UNIQUE (code)\n)");
                out.add(sql.toString());
                out.add("CREATE INDEX " + "t" + String.format("%02d", i) + "_active_name ON " + t
                        + " (name) WHERE status = 'active'");
                out.add("COMMENT ON TABLE " + t + " IS 'ERP " + s + " table " + i + "'");
            }
            out.add("CREATE VIEW " + s + ".active_t01 AS SELECT id, code, name FROM " + s
                    + ".t01 WHERE status = 'active'");
            out.add("CREATE TRIGGER t01_audit AFTER INSERT ON " + s
                    + ".t01 FOR EACH ROW EXECUTE FUNCTION core.audit()");
        }
        for (String s : SCHEMAS) {
            for (int i = 1; i <= TABLES; i++) {
                String t = s + ".t" + String.format("%02d", i);
                out.add("INSERT INTO " + t + " (code, name" + (s.equals("core") ? "" : ", company_id") + ") VALUES "
                        + "('A-1', 'first'" + (s.equals("core") ? "" : ", 1") + "), ('B-2', 'second'"
                        + (s.equals("core") ? "" : ", 1") + ")");
            }
        }
        return String.join(";\n", out) + ";\n";
    }
}
