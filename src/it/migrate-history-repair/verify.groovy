def log = new File(basedir, 'build.log').text
assert log.contains('Applied migration 20260101000000_init')
// the edited migration: status and deploy name it, deploy applies nothing
assert log.contains('migrate-status: Migration 20260101000000_init (edited after it was applied: changeset 20260101000000_init-1 changed after it was applied (checksum mismatch))')
assert log.contains('migrate-deploy stopped before applying anything: 1 applied migration(s) of jdbc:sqlite:')
// the failed migration
assert log.contains('Migration 20260102000000_posts failed on jdbc:sqlite:')
assert log.contains(' at changeset 20260102000000_posts-2: ')
assert log.contains('Fix the cause and run migrate-deploy again: it continues with changeset 20260102000000_posts-2.')
assert log.contains('Migration 20260102000000_posts (partially applied: 1 of 2 changesets ran; changeset 20260102000000_posts-2 did not run): it failed part-way (or a deploy is applying it right now).')
assert log.contains('Recorded migration 20260102000000_posts as applied (1 changeset(s) marked as ran, none executed).')
assert log.contains('Database schema is up to date.')
assert log.contains('No pending migrations: jdbc:sqlite:')
// no password of the test login in anything the build printed (build.log) or wrote (the project directory);
// test.properties is how setup.groovy hands the URL to the build
dev.zmodel.testing.SecretScan.assertAbsent(dev.zmodel.testing.TestDatabases.LOGIN_PASSWORD, basedir.toPath(), 'test.properties')
return true
