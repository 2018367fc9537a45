def log = new File(basedir, 'build.log').text
def schema = new File(basedir, 'zenstack/schema.zmodel')
assert schema.isFile()
assert schema.text == '''// The ZModel schema of this project: https://zenstack.dev/docs/reference/zmodel-language
// Add your models below, or read them from an existing database with mvn zenstack:db-pull.
datasource db {
    provider = "postgresql"
    url      = env("DATABASE_URL")
}
''' : schema.text
assert log.contains('Created zenstack/schema.zmodel with a postgresql datasource (url = env("DATABASE_URL")).')
assert log.contains('''Next steps:
  - Set DATABASE_URL to your database, e.g.
      export DATABASE_URL="postgresql://user:password@localhost:5432/mydb"
  - An existing database: read its tables into the schema with
      mvn zenstack:db-pull
  - A new database: add your models to zenstack/schema.zmodel, then create and apply the first migration with
      mvn zenstack:migrate-dev -Dzenstack.name=init''')
assert log.contains('ZModel schema is valid')
assert log.contains('ZModel schema is formatted')
assert !new File(basedir, 'zenstack').listFiles().any { it.name.endsWith('.tmp') } : 'no temporary file left'
// no password of the test login in anything the build printed (build.log) or wrote (the project directory);
// test.properties is how setup.groovy hands the URL to the build
dev.zmodel.testing.SecretScan.assertAbsent(dev.zmodel.testing.TestDatabases.LOGIN_PASSWORD, basedir.toPath(), 'test.properties')
return true
