def log = new File(basedir, 'build.log').text
assert log.contains('Applied migration 20260101000000_init')
// the edited migration: status and deploy name it, deploy applies nothing
assert log.contains('migrate-status: differences: Migration 20260101000000_init (edited after it was applied: changeset 20260101000000_init-1 changed after it was applied (checksum mismatch))')
assert log.contains('migrate-deploy stopped before applying anything: 1 applied migration(s) of jdbc:sqlite:')
// the failed migration
assert log.contains('Migration 20260102000000_posts failed on jdbc:sqlite:')
assert log.contains(' at changeset 20260102000000_posts-2: ')
assert log.contains('[ERROR] Already ran and recorded: changeset 20260102000000_posts-1.')
assert log.contains('Fix the cause and run mvn zenstack:migrate-deploy again: it continues with changeset 20260102000000_posts-2.')
assert log.contains('To undo 20260102000000_posts instead: run this SQL, the rollback of the changesets that ran (newest first), then mvn zenstack:migrate-resolve -Dzenstack.rolledBack=20260102000000_posts:\n[ERROR]   -- undoes changeset 20260102000000_posts-1\n[ERROR]   DROP TABLE "Post";')
// the database's text once: Maven no longer appends the Liquibase exception's text to the message
assert log.count('no such table: Author') == 2 : 'the warning of the failed changeset and the error, once each'
assert log.contains('Migration 20260102000000_posts (partially applied: 1 of 2 changesets ran; changeset 20260102000000_posts-2 did not run): it failed part-way (or a deploy is applying it right now).')
assert log.contains('Recorded migration 20260102000000_posts as applied (1 changeset(s) marked as ran, none executed: 20260102000000_posts-2).')
assert log.contains('Database schema is up to date.')
assert log.contains('No pending migrations: jdbc:sqlite:')
// no password of the test login in anything the build printed (build.log) or wrote (the project directory);
// test.properties is how setup.groovy hands the URL to the build
dev.zmodel.testing.SecretScan.assertAbsent(dev.zmodel.testing.TestDatabases.LOGIN_PASSWORD, basedir.toPath(), 'test.properties')
return true
