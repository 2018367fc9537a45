
// the driver directly: DriverManager does not see the drivers of the script's class loader
def connect = { File db -> new org.sqlite.JDBC().connect('jdbc:sqlite:' + db.absolutePath, new Properties()) }
/** One line per fact of the catalog (sqlite_master and pragmas), sorted. */
def catalog = { File db ->
    connect(db).withCloseable { c ->
        def rs = c.createStatement().executeQuery(dev.zmodel.migrate.MigrateBaselineTest.SQLITE_CATALOG)
        def lines = []
        while (rs.next()) { lines << rs.getString(1) }
        lines.sort().join('\n')
    }
}
/** Type, name and SQL of what SQLite keeps besides ordinary tables: virtual and shadow tables, triggers, views. */
def objects = { File db ->
    connect(db).withCloseable { c ->
        def rs = c.createStatement().executeQuery(dev.zmodel.migrate.SqliteVirtualTablesTest.SQLITE_OBJECTS)
        def lines = []
        while (rs.next()) { lines << rs.getString(1) }
        lines.join('\n')
    }
}
def scalar = { File db, String sql ->
    connect(db).withCloseable { c ->
        def rs = c.createStatement().executeQuery(sql); rs.next(); rs.getString(1)
    }
}
def original = new File(basedir, 'zenstack/music.db')
def empty = new File(basedir, 'zenstack/empty.db')

def log = new File(basedir, 'build.log').text
def schema = new File(basedir, 'zenstack/schema.zmodel').text
def evolved = new File(basedir, 'zenstack/evolved.zmodel').text
// the pulled schema, reviewed: evolved.zmodel is it plus one field
assert schema == evolved.replace('    country String?\n', '') : schema
assert schema.contains('    artistId Int     @map("artist_id")') : 'a BIGINT key referencing an INTEGER PRIMARY KEY is an Int'
assert schema.contains('    name   String  @unique\n') : 'inline UNIQUE without the sqlite_autoindex name'
assert !schema.contains('sqlite_autoindex')
assert schema.contains('/// - track_live_name: (name) WHERE deleted = 0')
def deployed = new File(basedir, 'zenstack/deployed.zmodel').text
assert deployed == schema.replace('file:./music.db', 'file:./empty.db') : 'the deployed database pulls to the same schema'

def dir = new File(basedir, 'zenstack/migrations')
def folders = dir.listFiles().findAll { it.isDirectory() }*.name.sort()
assert folders.size() == 2 && folders[0] ==~ /\d{14}_baseline/ && folders[1] ==~ /\d{14}_add_country/ : folders
def added = new File(dir, folders[1] + '/migration.xml').text
assert (added =~ /<changeSet /).count == 1 : added
assert added.contains('country') && !added.contains('new_artist') : 'an added column, no table rebuild: ' + added

assert log.contains('Already in sync:') : 'migrate-dev with the pulled schema'
assert log.contains('No drift: the database schema is what its applied migrations produce.')
assert !log.contains('does not recreate') : 'everything of this database is carried'

assert catalog(original) == catalog(empty) : 'the same catalog'
assert objects(original) == objects(empty) : 'the same sqlite_master objects'
assert objects(empty).contains("table track_search: CREATE VIRTUAL TABLE track_search USING fts5(name, content='track', content_rowid='id')")
assert objects(empty).contains('table track_search_data: ') : 'the shadow tables, made by SQLite'
assert !(schema =~ /model TrackSearch/) : 'neither the virtual table nor its shadow tables are models'
assert log.contains('virtual tables ZModel cannot express (track_search USING fts5(')
assert scalar(original, 'SELECT count(*) FROM artist') == '2' : 'rows kept'
assert scalar(original, 'SELECT count(*) FROM track') == '2' : 'rows kept'
connect(empty).withCloseable { c ->
    c.createStatement().execute("INSERT INTO artist (name) VALUES ('Aerosmith')")
    c.createStatement().execute("INSERT INTO album (artist_id, title) VALUES (1, 'Big Ones')")
    c.createStatement().execute("INSERT INTO track (album_id, name, milliseconds) VALUES (1, 'Walk On Water', 295680)")
    c.createStatement().execute('UPDATE track SET milliseconds = 295000')
}
assert scalar(empty, 'SELECT count(*) FROM play_log') == '1' : 'the trigger works on the deployed database'
assert scalar(empty, "SELECT name FROM track_search WHERE track_search MATCH 'water'") == 'Walk On Water' : 'the full-text index and its triggers work on the deployed database'
assert scalar(original, "SELECT count(*) FROM track_search WHERE track_search MATCH 'rock'") == '1' : 'the index kept after the added field'
assert scalar(empty, 'SELECT seconds FROM track') == '295' : 'the generated column'
assert !(log =~ /(?m)^\s+at (dev\.zmodel|liquibase|org\.sqlite)\./) : 'no stack traces'
return true
