def log = new File(basedir, 'build.log').text
// 1: db-push refuses the data-losing change and names the flag
assert log.contains('db-push would lose data in ')
assert log.contains('Drops column `User.name`, which holds 1 non-null value(s).')
assert log.contains('If that is intended, run again with -Dzenstack.acceptDataLoss=true. Nothing was changed.')
// 2: migrate-dev stops on the drift and names the flag
assert log.contains('Drift detected: the schema of ')
assert log.contains('To reset the development database (all its data is lost) and apply every migration again, run with -Dzenstack.reset=true.')
// nobody was asked
assert !log.contains('[y/N]')
assert !log.contains('Do you want to continue?')
// 3 and 4: the flags go ahead without asking
assert log =~ /Pushed \d+ change\(s\) to .* \(no migration written\)\./
def folders = new File(basedir, 'zenstack/migrations').listFiles().findAll { it.isDirectory() }*.name
assert folders.size() == 1 && folders[0].endsWith('_init') : folders
assert log.contains('Applied migration ' + folders[0])
assert !log.contains('at dev.zmodel') : 'one-line failures, no stack traces'
// no password of the test login in anything the build printed (build.log) or wrote (the project directory);
// test.properties is how setup.groovy hands the URL to the build
dev.zmodel.testing.SecretScan.assertAbsent(dev.zmodel.testing.TestDatabases.LOGIN_PASSWORD, basedir.toPath(), 'test.properties')
return true
