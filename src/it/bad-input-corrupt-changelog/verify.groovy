def log = new File(basedir, 'build.log').text
def master = new File(basedir, 'zenstack/migrations/changelog.xml')
assert log.contains('The master changelog ' + master.canonicalPath + ' is not valid XML (XML document structures must start and end within the same entity.). Restore it from version control, or delete it and run migrate-dev, which writes it again.')
assert master.bytes == new File(basedir, 'changelog.original').bytes : 'the master changelog must be untouched'
assert !new File(basedir, 'zenstack/dev.db').exists() : 'no database may be created'
// no stack trace and no exception class names without -e
assert !(log =~ /(?m)^\tat /) : 'no stack trace lines'
assert !(log =~ /\b(?:[a-z][a-z0-9_]*\.)+[A-Z]\w*(?:Exception|Error)\b/) : 'no qualified exception class names'
assert !log.contains('Caused by') : 'no causes without -e'
// no password of the test login in anything the build printed (build.log) or wrote (the project directory);
// test.properties is how setup.groovy hands the URL to the build
dev.zmodel.testing.SecretScan.assertAbsent(dev.zmodel.testing.TestDatabases.LOGIN_PASSWORD, basedir.toPath(), 'test.properties')
return true
