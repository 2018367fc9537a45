import dev.zmodel.Provider
import dev.zmodel.testing.TestDatabases

def name = new File(basedir, 'database.txt').text
try {
    def log = new File(basedir, 'build.log').text
    def folders = new File(basedir, 'zenstack/migrations').listFiles().findAll { it.isDirectory() }*.name.sort()
    assert folders.size() == 2 && folders[0].endsWith('_init') && folders[1].endsWith('_add_posts') : folders
    // status read the custom history: init applied, add_posts pending
    assert log =~ /${folders[0]} \(applied\)/
    assert log.contains('Applied migration ' + folders[1]) : 'deploy applied the pending one'
    assert log.contains('Database schema is up to date.')
    assert log.contains('No drift')
    assert log.contains('The migration ' + folders[1] + ' is fully applied; rolledBack is for a migration that failed part-way.')
    assert log.contains('Already in sync') : 'the custom history tables are not taken for part of the schema'

    def rows = { String sql ->
        TestDatabases.connectAsAdmin(Provider.POSTGRESQL, name).withCloseable { c ->
            def rs = c.createStatement().executeQuery(sql)
            def out = []
            while (rs.next()) { out << [rs.getString(1)] }
            out
        }
    }
    assert rows("SELECT count(*) FROM history.app_changelog WHERE filename LIKE '%_add_posts/%'")[0][0] as int >= 2
    assert rows("SELECT count(*) FROM history.app_changelog WHERE filename LIKE '%_init/%'")[0][0] as int >= 1
    assert rows("SELECT count(*) FROM history.app_changelog_lock WHERE locked")[0][0] == '0'
    assert rows("SELECT count(*) FROM pg_tables WHERE upper(tablename) LIKE 'DATABASECHANGELOG%'")[0][0] == '0' : 'no default tables anywhere'
    assert rows("SELECT string_agg(tablename, ',' ORDER BY tablename) FROM pg_tables WHERE schemaname = 'public'")[0][0] == 'Post,User'
} finally {
    TestDatabases.drop(Provider.POSTGRESQL, postgresUrl, name)
}
dev.zmodel.testing.SecretScan.assertAbsent(dev.zmodel.testing.TestDatabases.LOGIN_PASSWORD, basedir.toPath(), 'test.properties')
return true
