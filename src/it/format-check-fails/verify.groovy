def log = new File(basedir, 'build.log').text
assert log.contains('These ZModel files are not formatted:')
assert log.contains('schema.zmodel')
assert log.contains('Run `mvn zenstack:format` to format them.')
def file = new File(basedir, 'zenstack/schema.zmodel').text
assert file.contains('  provider="sqlite"') : 'check mode must not rewrite the file'
return true
