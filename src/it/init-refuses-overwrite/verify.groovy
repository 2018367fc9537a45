def log = new File(basedir, 'build.log').text
def schema = new File(basedir, 'zenstack/schema.zmodel')
// byte for byte what was there (unformatted, trailing blanks, no final newline)
assert schema.bytes == new File(basedir, 'original-schema.zmodel').bytes
assert log.contains('Cannot create zenstack/schema.zmodel: a file with that name already exists, and init never '
        + 'overwrites a schema. Nothing was written. To keep the schema, skip init and run mvn zenstack:db-pull or '
        + 'mvn zenstack:migrate-dev; to start over, move or delete zenstack/schema.zmodel and run mvn zenstack:init '
        + 'again; or choose another file with -Dzenstack.schema=<path>.')
assert !log.contains('Created zenstack/schema.zmodel')
assert !log.contains('at dev.zmodel') : 'one clear failure, no stack trace'
assert new File(basedir, 'zenstack').list().sort() == ['schema.zmodel'] : 'no temporary file left'
// an unknown provider: the valid ones are named, nothing is written
assert log.contains("Unknown database provider 'oracle' (zenstack.provider). A ZModel datasource supports postgresql, "
        + 'mysql, sqlite. Run again with one of them, e.g. mvn zenstack:init -Dzenstack.provider=postgresql')
assert !new File(basedir, 'zenstack/other.zmodel').exists()
// no password of the test login in anything the build printed (build.log) or wrote (the project directory);
// test.properties is how setup.groovy hands the URL to the build
dev.zmodel.testing.SecretScan.assertAbsent(dev.zmodel.testing.TestDatabases.LOGIN_PASSWORD, basedir.toPath(), 'test.properties')
return true
