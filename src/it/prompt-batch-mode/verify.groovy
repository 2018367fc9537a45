def log = new File(basedir, 'build.log').text
def db = 'jdbc:sqlite:' + new File(basedir, 'zenstack/dev.db').absolutePath
def query = { String sql ->
    def c = new org.sqlite.JDBC().connect(db, new Properties())
    try {
        def rs = c.createStatement().executeQuery(sql)
        rs.next()
        return rs.getString(1)
    } finally {
        c.close()
    }
}
// 1, 2: the resets are refused without force and name the command; nothing was dropped (goal 3 still counts Ann's name)
assert log.contains("migrate-reset did not reset ${db}: it drops every table, view and type of the database and all "
        + 'their data, and in batch mode (mvn -B, CI, no terminal) nobody can confirm that. Nothing was dropped. Run mvn '
        + 'zenstack:migrate-reset -Dzenstack.force=true to reset without being asked.') : log
assert log.contains("db-push with forceReset did not reset ${db}: it drops every table, view and type of the database "
        + 'and all their data, and in batch mode (mvn -B, CI, no terminal) nobody can confirm that. Nothing was dropped. '
        + 'Run mvn zenstack:db-push -Dzenstack.forceReset=true -Dzenstack.force=true to reset without being asked.') : log
// 3: db-push refuses the data-losing change and names the flag
assert log.contains('db-push would lose data in ')
assert log.contains('Drops column `User.name`, which holds 1 non-null value(s).')
assert log.contains('If that is intended, run again with -Dzenstack.acceptDataLoss=true. Nothing was changed.')
// 4: migrate-dev stops on the drift and names the flag
assert log.contains('Drift detected: the schema of ')
assert log.contains('To reset the development database (all its data is lost) and apply every migration again, run with -Dzenstack.reset=true.')
// nobody was asked
assert !log.contains('[y/N]')
assert !log.contains('Do you want to continue?')
// 5 and 6: the flags go ahead without asking
assert log =~ /Pushed \d+ change\(s\) to .* \(no migration written\)\./
def folders = new File(basedir, 'zenstack/migrations').listFiles().findAll { it.isDirectory() }*.name
assert folders.size() == 1 && folders[0].endsWith('_init') : folders
assert log.contains('Applied migration ' + folders[0])
// 7: migrate-reset -Dzenstack.force=true resets without asking (the other "Reset" is migrate-dev's, goal 6) and seeds
assert log.findAll(java.util.regex.Pattern.quote("Reset ${db}: dropped every table, view and type.")).size() == 2 : log
assert query('SELECT count(*) FROM sqlite_master WHERE type = \'table\' AND name = \'User\'') == '1'
assert query('SELECT group_concat(email) FROM "User"') == 'seed@example.com'
assert !log.contains('at dev.zmodel') : 'one-line failures, no stack traces'
// no password of the test login in anything the build printed (build.log) or wrote (the project directory);
// test.properties is how setup.groovy hands the URL to the build
dev.zmodel.testing.SecretScan.assertAbsent(dev.zmodel.testing.TestDatabases.LOGIN_PASSWORD, basedir.toPath(), 'test.properties')
return true
