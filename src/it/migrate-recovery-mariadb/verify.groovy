import dev.zmodel.Provider
import dev.zmodel.datasource.ConnectionSettings
import dev.zmodel.datasource.Connections
import dev.zmodel.testing.TestDatabases

def name = new File(basedir, 'database.txt').text
def admin = new ConnectionSettings(Provider.MYSQL, mysqlUrl, null, null, [])
try {
    def log = new File(basedir, 'build.log').text
    def posts = '20260102000000_posts'
    // 1: what ran, what the failed changeset left (MariaDB keeps its CREATE TABLE), the command that continues, the
    // rollback SQL that undoes
    assert log.contains("Migration ${posts} failed on jdbc:mariadb://")
    assert log.contains(" at changeset ${posts}-2: Table '${name}.category' doesn't exist.")
    assert log.contains("Already ran and recorded: changeset ${posts}-1.")
    assert log.contains("Undo the statements of changeset ${posts}-2 that finished before the failure before running again (its rollback; run the statements whose objects exist):\n[ERROR]   -- undoes changeset ${posts}-2\n[ERROR]   DROP TABLE `tag`;")
    assert log.contains("Fix the cause and run mvn zenstack:migrate-deploy again: it continues with changeset ${posts}-2.")
    assert log.contains("To undo ${posts} instead: run this SQL, the rollback of the changesets that ran (newest first), then mvn zenstack:migrate-resolve -Dzenstack.rolledBack=${posts}:\n[ERROR]   -- undoes changeset ${posts}-1\n[ERROR]   DROP TABLE `post`;")
    def errors = log.readLines().findAll { it.startsWith('[ERROR] ') }.join('\n')
    assert errors.count("Table '${name}.category' doesn't exist") == 2 : 'once per failed deploy (1 and 4): ' + errors
    assert !errors.contains('liquibase.exception')
    // 2: rolledBack names the changeset that ran and its rollback
    assert log.contains("Marked migration ${posts} as rolled back: deleted 1 history row(s); the next mvn zenstack:migrate-deploy runs it again from the start. Its changeset ${posts}-1 ran on jdbc:mariadb://")
    // 6: finished by hand, recorded
    assert log.contains("Recorded migration ${posts} as applied (1 changeset(s) marked as ran, none executed: ${posts}-2).")
    // 7: the fixed file fails deploys on its checksum, and the message names the way out
    assert log.contains("${posts} (edited after it was applied: changeset ${posts}-2 changed after it was applied (checksum mismatch))")
    assert log.contains("re-record it here with mvn zenstack:migrate-resolve -Dzenstack.applied=${posts}.")
    // 8: what changed, then re-recorded
    assert log.contains("[WARNING] Migration ${posts} changed after it was applied to jdbc:mariadb://")
    assert log.contains("Re-recorded migration ${posts} as it is now: replaced the checksum(s) of ${posts}-2. Nothing was run:")
    // 9, 10
    assert log.contains('No pending migrations: jdbc:mariadb://')
    assert log.contains('Database schema is up to date.')
    // 11: cannot check, an error of its own
    assert log.contains('on project migrate-recovery-mariadb: migrate-status: cannot check: ')
    assert log.contains('[Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoExecutionException')
    Connections.open(admin).withCloseable { c ->
        def rs = c.createStatement().executeQuery("SELECT count(*) FROM `" + name + "`.`tag`")
        rs.next()
        assert rs.getInt(1) == 1 : 'the row inserted by hand'
    }
} finally {
    TestDatabases.drop(Provider.MYSQL, mysqlUrl, name)
}
dev.zmodel.testing.SecretScan.assertAbsent(dev.zmodel.testing.TestDatabases.LOGIN_PASSWORD, basedir.toPath(), 'test.properties')
return true
