import dev.zmodel.Provider
import dev.zmodel.testing.TestDatabases

def name = new File(basedir, 'database.txt').text
try {
    def log = new File(basedir, 'build.log').text
    // The builds are logged one after another; split them at Maven's banner to check each on its own.
    def builds = log.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
    assert builds.size() == 7 : "expected seven builds, found ${builds.size()}"
    def folders = new File(basedir, 'zenstack/migrations').listFiles().findAll { it.isDirectory() }*.name.sort()
    assert folders.size() == 2 && folders[0].endsWith('_init') && folders[1].endsWith('_add_bio') : folders
    def cache = new File(basedir, 'target/zenstack/replay-cache')
    def fromCache = { int n -> "Shadow replay of ${n} migration(s) taken from the replay cache (${cache}); -Dzenstack.replayCache=false replays them." }

    // 1: init replays nothing, writes and applies the migration
    assert builds[0].contains('Created migration') && builds[0].contains('BUILD SUCCESS')
    // 2: nothing changed: the replay of init comes from the cache
    assert builds[1].contains(fromCache(1)) : builds[1]
    assert builds[1].contains('Already in sync') && builds[1].contains('BUILD SUCCESS')
    // 3: without the cache the migrations are replayed (no cache line), with the same result
    assert !builds[2].contains('taken from the replay cache') : builds[2]
    assert builds[2].contains('Already in sync') && builds[2].contains('BUILD SUCCESS')
    // 4: the changed schema is diffed against the cached replay of init
    assert builds[3].contains(fromCache(1)) : builds[3]
    assert builds[3].contains('Add column `User.bio`') && builds[3].contains('Applied migration ' + folders[1])
    // 5: the migration 4 created and applied is in the cache too
    assert builds[4].contains(fromCache(2)) : builds[4]
    assert builds[4].contains('Already in sync') && builds[4].contains('BUILD SUCCESS')
    // 7: the edited init migration is caught, cache or not
    assert builds[6].contains('changed after it was applied (checksum mismatch)') : builds[6]
    assert builds[6].contains('BUILD FAILURE')

    def entries = cache.listFiles().findAll { it.name.endsWith('.replay') }
    assert entries.size() >= 2 && entries.size() <= 8 : entries*.name
    assert !(log =~ /(?m)^\s+at [a-z]/) : 'one-line failures, no stack traces'
} finally {
    TestDatabases.drop(Provider.POSTGRESQL, postgresUrl, name)
}
// no password of the test login in anything the build printed (build.log) or wrote (the project directory, the
// replay cache included); test.properties is how setup.groovy hands the URL to the build
dev.zmodel.testing.SecretScan.assertAbsent(dev.zmodel.testing.TestDatabases.LOGIN_PASSWORD, basedir.toPath(), 'test.properties')
return true
