def log = new File(basedir, 'build.log').text
assert new File(basedir, 'zenstack/schema.zmodel').bytes == new File(basedir, 'original.zmodel').bytes : 'the schema must be untouched'
assert new File(basedir, 'zenstack').list().toList() == ['schema.zmodel'] : 'no temporary file may be left'
// one message: which database (masked), which step, what to check, and that nothing changed
assert log =~ /Cannot connect to jdbc:postgresql:\/\/127\.0\.0\.1:1\/shop\S* \(postgresql\) for db-pull: connecting failed: .*Check that the database server is running and reachable at the host and port of the url \(host name, port, firewall\)\. The schema was not changed\./
assert !log.contains('n0t-in-the-log') : 'the password must never be printed'
assert !log.contains('at dev.zmodel') : 'no stack trace without -e'
assert !log.contains('Caused by') : 'no stack trace without -e'
// no password of the test login in anything the build printed (build.log) or wrote (the project directory);
// test.properties is how setup.groovy hands the URL to the build
dev.zmodel.testing.SecretScan.assertAbsent(dev.zmodel.testing.TestDatabases.LOGIN_PASSWORD, basedir.toPath(), 'test.properties')
return true
