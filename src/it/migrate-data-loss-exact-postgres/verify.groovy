import dev.zmodel.Provider
import dev.zmodel.testing.TestDatabases

def name = new File(basedir, 'database.txt').text
try {
    def log = new File(basedir, 'build.log').text
    def folders = new File(basedir, 'zenstack/migrations').listFiles().findAll { it.isDirectory() }*.name.sort()
    assert folders.size() == 2 && folders[0].endsWith('_init') && folders[1].endsWith('_v2') : folders

    // 3: refused before anything was written, acceptDataLoss notwithstanding; only the row holding 'abc' counts
    assert log.contains('Changes the type of `Account.code` from text to int4, but 1 value(s) are not integers in the range of `int4`: the migration would fail on them.')
    assert log.contains('Nothing was written.')
    assert !log.contains('Removes value `GUEST` from enum `Role`, but') : 'nobody holds GUEST: removing it is no finding'

    // 5: applied without acceptDataLoss and without a warning: NULLs get the default, the foreign key only changes onDelete
    def v2 = new File(basedir, 'zenstack/migrations/' + folders[1] + '/migration.xml').text
    assert v2.contains('UPDATE "Account" SET "name" = \'nobody\'::text WHERE "name" IS NULL')
    assert v2.contains('INSERT INTO "_LabelToPost" ("A", "B") SELECT "B", "A" FROM "_PostToTag"')
    assert !log.contains('fails if existing rows reference missing')
    assert !log.contains('fails if it contains NULL values')
    assert log.contains('Applied migration ' + folders[1])

    // 6: removing ADMIN, held by one row
    assert log.contains('Removes value `ADMIN` from enum `Role`, but 1 row(s) of `Account.role` hold it: the migration would fail on them.')

    TestDatabases.connectAsAdmin(Provider.POSTGRESQL, name).withCloseable { c ->
        def rows = { String sql ->
            def out = []
            def rs = c.createStatement().executeQuery(sql)
            while (rs.next()) { out << (1..rs.metaData.columnCount).collect { rs.getString(it) } }
            out
        }
        assert rows('SELECT "A", "B" FROM "_LabelToPost" ORDER BY 1, 2') == [['10', '1'], ['20', '1'], ['20', '2']] : 'every link kept'
        assert rows('SELECT "code", "name" FROM "Account" ORDER BY "id"') == [['12', 'Ann'], ['7', 'nobody'], [null, 'nobody']]
    }
} finally {
    TestDatabases.drop(Provider.POSTGRESQL, postgresUrl, name)
}
// no password of the test login in anything the build printed (build.log) or wrote (the project directory)
dev.zmodel.testing.SecretScan.assertAbsent(dev.zmodel.testing.TestDatabases.LOGIN_PASSWORD, basedir.toPath(), 'test.properties')
return true
