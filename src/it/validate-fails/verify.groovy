def log = new File(basedir, 'build.log').text
// every error, located, in one run
assert log =~ /schema\.zmodel:9:11: error: .*Rolle/
assert log =~ /schema\.zmodel:8:5: error: .*posts/
assert log =~ /schema\.zmodel:14:19: error: .*TinyText/
assert log.contains('The ZModel schema has 3 errors:')
assert !log.contains('at dev.zmodel') : 'no stack trace without -e'
// no password of the test login in anything the build printed (build.log) or wrote (the project directory);
// test.properties is how setup.groovy hands the URL to the build
dev.zmodel.testing.SecretScan.assertAbsent(dev.zmodel.testing.TestDatabases.LOGIN_PASSWORD, basedir.toPath(), 'test.properties')
return true
