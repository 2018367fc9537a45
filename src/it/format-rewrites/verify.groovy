def actual = new File(basedir, 'zenstack/schema.zmodel').text
def expected = new File(basedir, 'expected.zmodel').text
assert actual == expected : "formatted schema differs:\n" + actual
def log = new File(basedir, 'build.log').text
assert log.contains('Formatted ')
return true
