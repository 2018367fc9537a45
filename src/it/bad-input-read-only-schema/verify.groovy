def log = new File(basedir, 'build.log').text
def schema = new File(basedir, 'zenstack/schema.zmodel')
def path = schema.toPath().toAbsolutePath().normalize().toString()
assert log.contains('The schema file ' + path + ' is read-only, so format changed no file. Make it writable (chmod u+w ' + path + ') and run format again.')
assert schema.bytes == new File(basedir, 'original.zmodel').bytes : 'the schema must be untouched'
assert new File(basedir, 'zenstack').list().toList() == ['schema.zmodel'] : 'no temporary file may be left'
assert !(log =~ /(?m)^\tat /) : 'no stack trace lines'
assert !(log =~ /\b(?:[a-z][a-z0-9_]*\.)+[A-Z]\w*(?:Exception|Error)\b/) : 'no qualified exception class names'
assert !log.contains('Caused by') : 'no causes without -e'
// no password of the test login in anything the build printed (build.log) or wrote (the project directory);
// test.properties is how setup.groovy hands the URL to the build
dev.zmodel.testing.SecretScan.assertAbsent(dev.zmodel.testing.TestDatabases.LOGIN_PASSWORD, basedir.toPath(), 'test.properties')
return true
