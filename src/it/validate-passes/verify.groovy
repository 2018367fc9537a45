def log = new File(basedir, 'build.log').text
assert log.contains('ZModel schema is valid')
return true
