import dev.zmodel.Provider
import dev.zmodel.datasource.ConnectionSettings
import dev.zmodel.datasource.Connections

def name = new File(basedir, 'database.txt').text.trim()
try {
    def log = new File(basedir, 'build.log').text
    // 1: one error line naming the holder and the way out, after a 1 s wait, no stack trace
    assert log.contains(': Liquibase\'s lock (DATABASECHANGELOGLOCK) is held by ci-runner-3 (10.0.0.7) since 2026-11-22T23:17:49Z and it was not released within 1 s.')
    assert log.contains('release it with mvn zenstack:migrate-deploy -Dzenstack.releaseLock=true (or liquibase release-locks)')
    assert log =~ /migrate-deploy cannot start on jdbc:postgresql:\/\/[^ ]+\/zit_lock_/
    assert !log.contains('\tat dev.zmodel') : 'no stack trace'
    // 2: status warns
    assert log.contains('Liquibase\'s lock is held by ci-runner-3 (10.0.0.7) since 2026-11-22T23:17:49Z; if no migration is running, release it with migrate-deploy -Dzenstack.releaseLock=true.')
    // 3: released and applied; 4: up to date
    assert log.contains('held by ci-runner-3 (10.0.0.7) since 2026-11-22T23:17:49Z; released it (releaseLock=true).')
    assert log.contains('Applied migration 20260101000000_init')
    assert log.contains('Database schema is up to date.')
} finally {
    def admin = new ConnectionSettings(Provider.POSTGRESQL, postgresUrl, null, null, [])
    Connections.open(admin).withCloseable { it.createStatement().execute('DROP DATABASE IF EXISTS "' + name + '" WITH (FORCE)') }
}
// no password of the test login in anything the build printed (build.log) or wrote (the project directory);
// test.properties is how setup.groovy hands the URL to the build
dev.zmodel.testing.SecretScan.assertAbsent(dev.zmodel.testing.TestDatabases.LOGIN_PASSWORD, basedir.toPath(), 'test.properties')
return true
