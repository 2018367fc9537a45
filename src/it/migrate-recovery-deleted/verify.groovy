import dev.zmodel.Provider
import dev.zmodel.testing.TestDatabases

def name = new File(basedir, 'database.txt').text
try {
    def log = new File(basedir, 'build.log').text
    def folders = new File(basedir, 'zenstack/migrations').listFiles().findAll { it.isDirectory() }*.name.sort()
    assert folders.size() == 1 && folders[0].endsWith('_init') : folders
    def fk = (log =~ /Migration (\d{14}_author_fk) failed on /)[0][1]
    // 5: the deleted migration named with the changeset that ran, the SQL that undoes it, the command that forgets it
    assert log.contains("Migration ${fk} is not in ")
    assert log.contains("but 1 changeset(s) of it ran on jdbc:postgresql://")
    assert log.contains(": ${fk}-1. If its folder comes from another branch, restore it and run migrate-dev again. If you deleted it (e.g. after it failed), undo what those changesets did, then forget them with mvn zenstack:migrate-resolve -Dzenstack.rolledBack=${fk} and run migrate-dev again. This SQL undoes it")
    assert log.contains('[ERROR]       ALTER TABLE "public"."User" DROP COLUMN "bio";')
    // 7: forgotten without the folder
    assert log.contains("Forgot migration ${fk}, which is not in the migrations directory: deleted 1 history row(s) (changesets ${fk}-1).")
    // 8, 9: in sync, no drift, no reset
    assert log.contains('Already in sync: the schema schema.zmodel matches the migrations; no new migration was written.')
    assert log.contains('No drift: the database schema is what its applied migrations produce.')
    assert log.contains('Database schema is up to date.')
} finally {
    TestDatabases.drop(Provider.POSTGRESQL, postgresUrl, name)
}
dev.zmodel.testing.SecretScan.assertAbsent(dev.zmodel.testing.TestDatabases.LOGIN_PASSWORD, basedir.toPath(), 'test.properties')
return true
