def log = new File(basedir, 'build.log').text
// invocation 1: app validated; the root and lib skipped with one info line each; the build succeeds
assert log =~ /\[INFO\] ZModel schema is valid: \S*[\/\\]app[\/\\]zenstack[\/\\]schema\.zmodel/ : log
assert log.count('[INFO] zenstack: no schema file zenstack/schema.zmodel in lib; skipped') == 1 : log
assert log.count('[INFO] zenstack: no schema file zenstack/schema.zmodel in multi-module-parent; skipped') == 1 : log
assert log.contains('BUILD SUCCESS') : log
// invocation 2: with failIfNoSchema the root (built first) fails on its missing schema file
assert log.contains('BUILD FAILURE') : log
assert log =~ /error: schema file \S*multi-module-skips-modules-without-schema[\/\\]zenstack[\/\\]schema\.zmodel does not exist/ : log
assert !log.contains('at dev.zmodel') : 'no stack trace without -e'
// no password of the test login in anything the build printed (build.log) or wrote (the project directory)
dev.zmodel.testing.SecretScan.assertAbsent(dev.zmodel.testing.TestDatabases.LOGIN_PASSWORD, basedir.toPath())
return true
