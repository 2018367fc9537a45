// -verbose:class prints one "[class,load] <name> source: ..." line per loaded class into the build log
def loaded = new File(basedir, 'build.log').readLines().findAll { it.contains('[class,load] ') }
        .collect { it.replaceFirst(/.*\[class,load\] (\S+).*/, '$1') }
assert loaded.contains('dev.zmodel.pull.DbPull') : 'the pull ran, with class loading visible'
assert loaded.contains('dev.zmodel.pull.SchemaMerger')
def heavy = loaded.findAll { it.startsWith('liquibase.') || it.startsWith('org.apache.commons.text.') || it.startsWith('org.yaml.') }
assert heavy.isEmpty() : 'db-pull must not load ' + heavy.take(10)
def ours = loaded.findAll { it.startsWith('dev.zmodel.') }
assert !ours.any { it.startsWith('dev.zmodel.diff.') || it.startsWith('dev.zmodel.liquibase.') || it.startsWith('dev.zmodel.migrate.') }
println "db-pull loaded ${loaded.size()} classes, ${ours.size()} of them dev.zmodel.*"
// no password of the test login in anything the build printed (build.log) or wrote (the project directory);
// test.properties is how setup.groovy hands the URL to the build
dev.zmodel.testing.SecretScan.assertAbsent(dev.zmodel.testing.TestDatabases.LOGIN_PASSWORD, basedir.toPath(), 'test.properties')
return true
