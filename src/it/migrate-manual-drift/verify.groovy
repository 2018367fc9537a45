import dev.zmodel.Provider
import dev.zmodel.datasource.ConnectionSettings
import dev.zmodel.datasource.Connections

def log = new File(basedir, 'build.log').text
// The six builds are logged one after another; split them at Maven's banner to check each on its own.
def builds = log.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
assert builds.size() == 6 : "expected six builds, found ${builds.size()}"
def cache = new File(basedir, 'target/zenstack/replay-cache')
def fromCache = "Shadow replay of 1 migration(s) taken from the replay cache (${cache}); -Dzenstack.replayCache=false replays them."

// 1. migrate-status -Dzenstack.checkDrift fails and names the hand-made column (replayed: the cache is empty).
assert builds[0].contains('Drift detected')
assert builds[0].contains('Added column `nickname`')
assert !builds[0].contains('taken from the replay cache') : builds[0]
assert builds[0].contains('BUILD FAILURE')

// 2. Again: the replay of init comes from the cache that run 1 filled, and the drift is still reported.
assert builds[1].contains(fromCache) : builds[1]
assert builds[1].contains('Drift detected')
assert builds[1].contains('Added column `nickname`')
assert builds[1].contains('BUILD FAILURE')

// 3. migrate-dev refuses to write a migration on a drifted database and names the flag that resets it; the replay
// status stored serves it.
assert builds[2].contains(fromCache) : builds[2]
assert builds[2].contains('Changed the `User` table')
assert builds[2].contains('Added column `nickname`')
assert builds[2].contains('-Dzenstack.reset=true')
assert builds[2].contains('BUILD FAILURE')
def migrations = new File(basedir, 'zenstack/migrations').listFiles().findAll { it.directory }
assert migrations.size() == 1 : "the refused migrate-dev must not write a migration: ${migrations*.name}"
assert migrations[0].name.endsWith('_init')

// 4. migrate-dev -Dzenstack.reset=true resets, re-applies the history and finds nothing new to write.
assert builds[3].contains('Reset ')
assert builds[3].contains('Applied migration ' + migrations[0].name)
assert builds[3].contains('Already in sync')
assert builds[3].contains('BUILD SUCCESS')

// 5. migrate-status -Dzenstack.checkDrift is now clean, against the cached replay.
assert builds[4].contains(fromCache) : builds[4]
assert builds[4].contains('No drift')
assert builds[4].contains('BUILD SUCCESS')

// 6. migrate-diff (migrations directory to schema file) replays init from the cache too: no difference.
assert builds[5].contains(fromCache) : builds[5]
assert builds[5].contains('No difference between')
assert builds[5].contains('BUILD SUCCESS')

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
