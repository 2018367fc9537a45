import dev.zmodel.Provider
import dev.zmodel.datasource.ConnectionSettings
import dev.zmodel.datasource.Connections

def log = new File(basedir, 'build.log').text
def deploy = log.indexOf('Applied migration 20260101000000_init')
def failsafe = log.indexOf('Tests run: 1, Failures: 0, Errors: 0')
assert deploy > 0 : 'migrate-deploy ran in pre-integration-test'
assert failsafe > deploy : 'the integration test ran after the migrations'
assert log.contains('--- zenstack:') && log.contains(':migrate-deploy (default) @ migrate-deploy-failsafe ---')
def second = log.indexOf('No pending migrations', deploy)
assert second > failsafe : 'the second build applied nothing'
def db = new File(basedir, 'database.txt')
if (db.exists()) {
    def admin = new ConnectionSettings(Provider.POSTGRESQL, postgresUrl, null, null, [])
    Connections.open(admin).withCloseable { it.createStatement().execute('DROP DATABASE IF EXISTS "' + db.text + '" WITH (FORCE)') }
}
return true
