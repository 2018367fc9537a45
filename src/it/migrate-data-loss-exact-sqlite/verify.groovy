def log = new File(basedir, 'build.log').text
def folders = new File(basedir, 'zenstack/migrations').listFiles().findAll { it.isDirectory() }*.name.sort()
assert folders.size() == 2 && folders[0].endsWith('_init') && folders[1].endsWith('_v2') : folders

// 3: the rename hint first, ready to paste, then acceptDataLoss; only the value SQLite cannot convert counts
def hint = log.indexOf('If `Tag` was renamed to `Label`, keep the data by running again with -Dzenstack.renames=Tag=Label.')
assert hint > 0
assert hint < log.indexOf('If that is intended, run again with -Dzenstack.acceptDataLoss=true.')
assert log.contains('Changes the type of `Account.code` from text to integer, but 1 value(s) are not numbers; SQLite would keep them as text in the integer column.')
assert !log.contains('Changes the type of `Account.num`') : 'integers stay exactly as their text'

// 4: NULLs get the default, the foreign key only changes onDelete: no warning; the links are copied with A and B swapped
def v2 = new File(basedir, 'zenstack/migrations/' + folders[1] + '/migration.xml').text
assert v2.contains('coalesce("name", \'nobody\')')
assert v2.contains('INSERT INTO "_LabelToPost" ("A", "B") SELECT "B", "A" FROM "_PostToTag"')
assert !log.contains('fails if existing rows reference missing')
assert !log.contains('fails if it contains NULL values')
assert log.contains('Applied migration ' + folders[1])

def db = new File(basedir, 'zenstack/dev.db')
new org.sqlite.JDBC().connect('jdbc:sqlite:' + db.absolutePath, new Properties()).withCloseable { c ->
    def rows = { String sql ->
        def out = []
        def rs = c.createStatement().executeQuery(sql)
        while (rs.next()) { out << (1..rs.metaData.columnCount).collect { rs.getString(it) } }
        out
    }
    assert rows('SELECT "A", "B" FROM "_LabelToPost" ORDER BY 1, 2') == [['10', '1'], ['20', '1'], ['20', '2']] : 'every link kept'
    assert rows('SELECT "num", "name" FROM "Account" ORDER BY "id"') == [['5', 'Ann'], ['6', 'nobody'], [null, 'nobody']]
}
return true
