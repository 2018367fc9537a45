def log = new File(basedir, 'build.log').text
assert new File(basedir, 'zenstack/schema.zmodel').bytes == new File(basedir, 'original.zmodel').bytes : 'a dry run writes nothing'
assert new File(basedir, 'zenstack').list().toList().sort() == ['dev.db', 'schema.zmodel'] : 'no temporary file may be left'
assert log.contains('Dry run, nothing written. The pull would change:')
assert log =~ /--- a\/.*zenstack\/schema\.zmodel/
assert log =~ /\+\+\+ b\/.*zenstack\/schema\.zmodel/
assert log =~ /@@ -\d+,\d+ \+\d+,\d+ @@/
assert log.contains('+    name  String?')
assert log.contains('+model Book {')
assert log.contains('Models: 1 added (Book), 1 changed (Author).')
assert !log.contains('Wrote ')
// no password of the test login in anything the build printed (build.log) or wrote (the project directory);
// test.properties is how setup.groovy hands the URL to the build
dev.zmodel.testing.SecretScan.assertAbsent(dev.zmodel.testing.TestDatabases.LOGIN_PASSWORD, basedir.toPath(), 'test.properties')
return true
