def log = new File(basedir, 'build.log').text
def folders = new File(basedir, 'zenstack/migrations').listFiles().findAll { it.isDirectory() }*.name.sort()
assert folders.size() == 2 && folders[1].endsWith('_add_posts') : folders
assert log.contains('(no migration written)')
assert log.contains('Drift detected: the schema of jdbc:sqlite:')
assert log.contains('[+] Added tables')
assert log.contains('  - Post')
assert log.contains('run with -Dzenstack.reset=true.')
assert log =~ /Reset jdbc:sqlite:.*dev\.db: dropped every table/
assert log.contains('is already in sync with the schema schema-v2.zmodel')
// no password of the test login in anything the build printed (build.log) or wrote (the project directory);
// test.properties is how setup.groovy hands the URL to the build
dev.zmodel.testing.SecretScan.assertAbsent(dev.zmodel.testing.TestDatabases.LOGIN_PASSWORD, basedir.toPath(), 'test.properties')
return true
