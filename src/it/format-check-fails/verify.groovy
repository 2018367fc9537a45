def log = new File(basedir, 'build.log').text
assert log.contains('These ZModel files are not formatted:')
assert log.contains('schema.zmodel')
assert log.contains('Run `mvn zenstack:format` to format them.')
def file = new File(basedir, 'zenstack/schema.zmodel').text
assert file.contains('  provider="sqlite"') : 'check mode must not rewrite the file'
// no password of the test login in anything the build printed (build.log) or wrote (the project directory);
// test.properties is how setup.groovy hands the URL to the build
dev.zmodel.testing.SecretScan.assertAbsent(dev.zmodel.testing.TestDatabases.LOGIN_PASSWORD, basedir.toPath(), 'test.properties')
return true
