def actual = new File(basedir, 'zenstack/schema.zmodel').text
def expected = new File(basedir, 'expected.zmodel').text
assert actual == expected : "formatted schema differs:\n" + actual
def log = new File(basedir, 'build.log').text
assert log.contains('Formatted ')
// no password of the test login in anything the build printed (build.log) or wrote (the project directory);
// test.properties is how setup.groovy hands the URL to the build
dev.zmodel.testing.SecretScan.assertAbsent(dev.zmodel.testing.TestDatabases.LOGIN_PASSWORD, basedir.toPath(), 'test.properties')
return true
