def log = new File(basedir, 'build.log').text
def remote = 'jdbc:postgresql://db.example.invalid:5432/app?user=app&password=***'
def reset = "Refusing to run on ${remote}: migrate-reset drops every table, view and type of the database, and the database is not local"
def push = "Refusing to run on ${remote}: db-push with forceReset drops every table, view and type of the database, and the database is not local"
assert log.contains(reset) : log
assert log.contains(push) : log
assert log.contains('If this really is a development database, pass -Dzenstack.allowRemote=true.')
assert !log.contains('Cannot connect') : 'refused before connecting'
assert !log.contains('at dev.zmodel') : 'no stack trace without -e'
// no password of the test login in anything the build printed (build.log) or wrote (the project directory);
// test.properties is how setup.groovy hands the URL to the build
dev.zmodel.testing.SecretScan.assertAbsent(dev.zmodel.testing.TestDatabases.LOGIN_PASSWORD, basedir.toPath(), 'test.properties')
return true
