def log = new File(basedir, 'build.log').text
def expected = new File(basedir, 'expected.zmodel').text
def schema = new File(basedir, 'zenstack/schema.zmodel').text

// comments, renamed model/fields/relation fields, policies, @computed and validation attributes survive;
// the new column sits after the field of the column before it
assert schema == expected : "schema.zmodel differs from expected.zmodel:\n" + schema
assert log.contains('Models: 1 changed (Book).')
assert log.contains('ZModel schema is valid')
// the second invocation: nothing left to do, nothing written
assert log.contains('The schema is up to date')
assert log.count('Wrote ') == 1
// no password of the test login in anything the build printed (build.log) or wrote (the project directory);
// test.properties is how setup.groovy hands the URL to the build
dev.zmodel.testing.SecretScan.assertAbsent(dev.zmodel.testing.TestDatabases.LOGIN_PASSWORD, basedir.toPath(), 'test.properties')
return true
