def log = new File(basedir, 'build.log').text
def dir = new File(basedir, 'zenstack/migrations')
def folders = dir.listFiles().findAll { it.isDirectory() }*.name.sort()
assert folders.size() == 2 : folders
assert folders[0] ==~ /\d{14}_init/ : folders
assert folders[1] ==~ /\d{14}_add_posts/ : folders
assert new File(dir, folders[1] + '/migration.xml').text.contains('Create table `Post`')
def master = new File(dir, 'changelog.xml').text
// one includeAll of the folders (in name order), so adding a migration does not edit it
assert master.contains('<includeAll path="./" relativeToChangelogFile="true" minDepth="2" maxDepth="2" errorIfMissingOrEmpty="false"/>')
assert !master.contains(folders[0]) && !master.contains('<include ')
assert new File(dir, 'migration_lock.properties').text.contains('provider=sqlite')
assert log.contains('Created migration') && log.contains('Applied migration ' + folders[1])
assert log.contains('Already in sync: the schema schema-v2.zmodel matches the migrations; no new migration was written.')
assert log.contains('No drift: the database schema is what its applied migrations produce.')
assert log.contains('Database schema is up to date.')
assert log.contains('No difference between migrations:')
assert log =~ /migrate-diff: differences: migrations:.* and schema:.* differ \(\d+ change\(s\), exit code 2\)/
assert !(log =~ /(?m)^\s+at [a-z]/) : 'one-line failures, no stack traces'
// no password of the test login in anything the build printed (build.log) or wrote (the project directory);
// test.properties is how setup.groovy hands the URL to the build
dev.zmodel.testing.SecretScan.assertAbsent(dev.zmodel.testing.TestDatabases.LOGIN_PASSWORD, basedir.toPath(), 'test.properties')
return true
