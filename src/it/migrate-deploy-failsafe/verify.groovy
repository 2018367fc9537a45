import dev.zmodel.Provider
import dev.zmodel.testing.TestDatabases

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
    TestDatabases.drop(Provider.POSTGRESQL, postgresUrl, db.text)
}
// no password of the test login in anything the build printed (build.log) or wrote (the project directory);
// test.properties and settings.xml are how setup.groovy hands the URL and the password to the build
dev.zmodel.testing.SecretScan.assertAbsent(dev.zmodel.testing.TestDatabases.LOGIN_PASSWORD, basedir.toPath(), 'test.properties', 'settings.xml')
return true
