def log = new File(basedir, 'build.log').text
def folders = new File(basedir, 'zenstack/migrations').listFiles().findAll { it.isDirectory() }*.name.sort()
assert folders.size() == 2 && folders[1].endsWith('_drop_name') : folders
assert log =~ /Ran seed .*seed\.sql \(2 statement\(s\)\)/
assert log.contains('Drops column `User.name`, which holds 1 non-null value(s).')
assert log.contains('If that is intended, run again with -Dzenstack.acceptDataLoss=true. Nothing was changed.')
assert new File(basedir, 'zenstack/migrations/' + folders[1] + '/migration.xml').text.contains('DESTRUCTIVE')
// no password of the test login in anything the build printed (build.log) or wrote (the project directory);
// test.properties is how setup.groovy hands the URL to the build
dev.zmodel.testing.SecretScan.assertAbsent(dev.zmodel.testing.TestDatabases.LOGIN_PASSWORD, basedir.toPath(), 'test.properties')
return true
