import dev.zmodel.Provider
import dev.zmodel.testing.TestDatabases

def name = new File(basedir, 'database.txt').text
try {
    def log = new File(basedir, 'build.log').text
    def folders = new File(basedir, 'zenstack/migrations').listFiles().findAll { it.isDirectory() }*.name.sort()
    assert folders.size() == 2 && folders[0].endsWith('_init') && folders[1].endsWith('_author_fk') : folders
    def fk = folders[1]
    // 3: the failure names the changeset that ran, the one that failed, the command that continues, and the undo SQL
    assert log.contains("Migration ${fk} failed on jdbc:postgresql://")
    assert log.contains(" at changeset ${fk}-2: ERROR: insert or update on table \"Post\" violates foreign key constraint \"Post_authorId_fkey\"")
    assert log.contains("Already ran and recorded: changeset ${fk}-1.")
    assert log.contains("and run mvn zenstack:migrate-dev again: it continues with changeset ${fk}-2.")
    assert log.contains("To undo ${fk} instead: run this SQL, the rollback of the changesets that ran (newest first), then mvn zenstack:migrate-resolve -Dzenstack.rolledBack=${fk}")
    assert log.contains('ALTER TABLE "User" DROP COLUMN "bio";')
    // the database's text once in the error (Maven appended the Liquibase exception's text 2-3 times before)
    def error = log.readLines().findAll { it.startsWith('[ERROR] ') }.join('\n')
    assert error.count('violates foreign key constraint') == 1 : error
    assert !error.contains('liquibase.exception')
    // 4: status tells "differences" (a partially applied migration) in its first words
    assert log.contains("migrate-status: differences: Migration ${fk} (partially applied: 1 of 2 changesets ran; changeset ${fk}-2 did not run)")
    // 6: migrate-dev continues it, no reset
    assert log.contains("Continuing the partially applied migration ${fk} (partially applied: 1 of 2 changesets ran")
    assert log.contains("Applied migration ${fk}")
    assert !log.contains('-Dzenstack.reset=true')
    assert log.contains('Database schema is up to date.')
    // 8: differences found, a build failure of the check
    assert log.contains('on project migrate-recovery-dev: migrate-diff: differences: migrations:')
    assert log.contains('[Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException')
} finally {
    TestDatabases.drop(Provider.POSTGRESQL, postgresUrl, name)
}
dev.zmodel.testing.SecretScan.assertAbsent(dev.zmodel.testing.TestDatabases.LOGIN_PASSWORD, basedir.toPath(), 'test.properties')
return true
