def log = new File(basedir, 'build.log').text
def remote = 'jdbc:postgresql://db.example.invalid:5432/app?user=app&password=***'
def reset = "Refusing to run on ${remote}: migrate-reset drops every table, view and type of the database, and the database is not local"
def push = "Refusing to run on ${remote}: db-push with forceReset drops every table, view and type of the database, and the database is not local"
assert log.findAll(java.util.regex.Pattern.quote(reset)).size() == 2 : 'without and with -Dzenstack.force=true:\n' + log
assert log.contains(push) : log
assert log.findAll('If this really is a development database, pass -Dzenstack.allowRemote=true.').size() == 3 : log
assert !log.contains('Cannot connect') : 'refused before connecting'
assert !log.contains('at dev.zmodel') : 'no stack trace without -e'
// no password of the test login in anything the build printed (build.log) or wrote (the project directory);
// test.properties is how setup.groovy hands the URL to the build
dev.zmodel.testing.SecretScan.assertAbsent(dev.zmodel.testing.TestDatabases.LOGIN_PASSWORD, basedir.toPath(), 'test.properties')
return true
