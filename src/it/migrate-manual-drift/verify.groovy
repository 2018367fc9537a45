import dev.zmodel.Provider
import dev.zmodel.datasource.ConnectionSettings
import dev.zmodel.datasource.Connections

def log = new File(basedir, 'build.log').text
// The four builds are logged one after another; split them at Maven's banner to check each on its own.
def builds = log.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
assert builds.size() == 4 : "expected four builds, found ${builds.size()}"

// 1. migrate-status -Dzenstack.checkDrift fails and names the hand-made column.
assert builds[0].contains('Drift detected')
assert builds[0].contains('Added column `nickname`')
assert builds[0].contains('BUILD FAILURE')

// 2. migrate-dev refuses to write a migration on a drifted database and names the flag that resets it.
assert builds[1].contains('Changed the `User` table')
assert builds[1].contains('Added column `nickname`')
assert builds[1].contains('-Dzenstack.reset=true')
assert builds[1].contains('BUILD FAILURE')
def migrations = new File(basedir, 'zenstack/migrations').listFiles().findAll { it.directory }
assert migrations.size() == 1 : "the refused migrate-dev must not write a migration: ${migrations*.name}"
assert migrations[0].name.endsWith('_init')

// 3. migrate-dev -Dzenstack.reset=true resets, re-applies the history and finds nothing new to write.
assert builds[2].contains('Reset ')
assert builds[2].contains('Applied migration ' + migrations[0].name)
assert builds[2].contains('Already in sync')
assert builds[2].contains('BUILD SUCCESS')

// 4. migrate-status -Dzenstack.checkDrift is now clean.
assert builds[3].contains('No drift')
assert builds[3].contains('BUILD SUCCESS')

// The hand-made column is gone from the database.
def db = new ConnectionSettings(Provider.SQLITE, 'jdbc:sqlite:' + new File(basedir, 'zenstack/dev.db'), null, null, [])
Connections.open(db).withCloseable { c ->
    def columns = []
    c.createStatement().executeQuery('PRAGMA table_info("User")').withCloseable { rs ->
        while (rs.next()) columns << rs.getString('name')
    }
    assert !columns.contains('nickname') : "reset must drop the hand-made column: $columns"
}
// no password of the test login in anything the build printed (build.log) or wrote (the project directory);
// test.properties is how setup.groovy hands the URL to the build
dev.zmodel.testing.SecretScan.assertAbsent(dev.zmodel.testing.TestDatabases.LOGIN_PASSWORD, basedir.toPath(), 'test.properties')
return true
