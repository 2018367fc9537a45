import dev.zmodel.Provider
import dev.zmodel.testing.TestDatabases

def (devName, tenantsName) = new File(basedir, 'database.txt').text.readLines()
def query = { String database, String sql ->
    TestDatabases.connectAsAdmin(Provider.POSTGRESQL, database).withCloseable { c ->
        def rs = c.createStatement().executeQuery(sql)
        def out = []
        while (rs.next()) {
            out << (1..rs.metaData.columnCount).collect { rs.getString(it) }
        }
        out
    }
}
def columns = "SELECT c.table_name, c.column_name, c.data_type, c.udt_name, c.is_nullable, c.column_default " +
        "FROM information_schema.columns c WHERE c.table_schema = '%s' AND c.table_name NOT LIKE 'databasechangelog%%' ORDER BY 1, 2"
def constraints = "SELECT table_name, constraint_name, constraint_type FROM information_schema.table_constraints " +
        "WHERE table_schema = '%s' AND table_name NOT LIKE 'databasechangelog%%' AND constraint_type <> 'CHECK' ORDER BY 1, 2"
def indexes = "SELECT tablename, indexname FROM pg_indexes WHERE schemaname = '%s' AND tablename NOT LIKE 'databasechangelog%%' ORDER BY 1, 2"
try {
    def log = new File(basedir, 'build.log').text
    def folder = new File(basedir, 'zenstack/migrations').listFiles().find { it.isDirectory() }
    def migration = new File(folder, 'migration.xml').text
    assert !migration.contains('"public"') && !migration.contains('schemaName=') : 'no schema named for the datasource schema'
    assert migration.contains('dbms="postgresql"')
    assert migration.contains('CREATE TYPE "Role"')

    for (schema in ['tenant_a', 'tenant_b']) {
        def expected = query(devName, columns.formatted('public'))
        def actual = query(tenantsName, columns.formatted(schema))
        // an enum column's default names its type, whose schema PostgreSQL prints when it is not on the search path
        assert actual.collect { it[0..4] } == expected.collect { it[0..4] } : schema
        assert query(tenantsName, constraints.formatted(schema)) == query(devName, constraints.formatted('public'))
        assert query(tenantsName, indexes.formatted(schema)) == query(devName, indexes.formatted('public'))
        assert query(tenantsName, "SELECT count(*) FROM ${schema}.databasechangelog")[0][0] as int > 0
        assert query(tenantsName, "SELECT count(*) FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace " +
                "WHERE n.nspname = '${schema}' AND t.typname = 'Role'")[0][0] == '1'
    }
    assert query(tenantsName, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")[0][0] == '0' : 'nothing in public'
    assert log =~ /(?s)liquibase:4\.33\.0:status .*is up to date/
} finally {
    TestDatabases.drop(Provider.POSTGRESQL, postgresUrl, devName)
    TestDatabases.drop(Provider.POSTGRESQL, postgresUrl, tenantsName)
}
dev.zmodel.testing.SecretScan.assertAbsent(dev.zmodel.testing.TestDatabases.LOGIN_PASSWORD, basedir.toPath(), 'test.properties')
return true
