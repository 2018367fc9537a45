def log = new File(basedir, 'build.log').text
assert log.contains("zenstack.changelogFormat is 'json'; use xml, yaml or sql (-Dzenstack.changelogFormat=yaml).")
assert new File(basedir, 'zenstack').list().toList() == ['schema.zmodel'] : 'no migration and no database may be created'
assert !(log =~ /(?m)^\tat /) : 'no stack trace lines'
assert !(log =~ /\b(?:[a-z][a-z0-9_]*\.)+[A-Z]\w*(?:Exception|Error)\b/) : 'no qualified exception class names'
assert !log.contains('Caused by') : 'no causes without -e'
// no password of the test login in anything the build printed (build.log) or wrote (the project directory);
// test.properties is how setup.groovy hands the URL to the build
dev.zmodel.testing.SecretScan.assertAbsent(dev.zmodel.testing.TestDatabases.LOGIN_PASSWORD, basedir.toPath(), 'test.properties')
return true
