def log = new File(basedir, 'build.log').text
assert log.contains('migrate-resolve needs exactly one of applied=<migration> (record it as applied without running it) or rolledBack=<migration> (delete its history rows so it runs again), e.g. -Dzenstack.applied=20261122093000_init. Both were given.')
assert new File(basedir, 'zenstack').list().toList() == ['schema.zmodel'] : 'nothing may be created'
assert !(log =~ /(?m)^\tat /) : 'no stack trace lines'
assert !(log =~ /\b(?:[a-z][a-z0-9_]*\.)+[A-Z]\w*(?:Exception|Error)\b/) : 'no qualified exception class names'
assert !log.contains('Caused by') : 'no causes without -e'
// no password of the test login in anything the build printed (build.log) or wrote (the project directory);
// test.properties is how setup.groovy hands the URL to the build
dev.zmodel.testing.SecretScan.assertAbsent(dev.zmodel.testing.TestDatabases.LOGIN_PASSWORD, basedir.toPath(), 'test.properties')
return true
