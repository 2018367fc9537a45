def log = new File(basedir, 'build.log').text
assert log.contains('zenstack: JDBC driver(s) from the project\'s dependencies: sqlite-jdbc-3.46.1.0.jar')
assert log.contains('Applied migration 20260101000000_engine')
assert log.contains('Database schema is up to date.')
// the SQLite engine that ran the migration is the one inside the project's driver jar, not the plugin's (@sqlite.version@)
new org.sqlite.JDBC().connect('jdbc:sqlite:' + new File(basedir, 'app.db').absolutePath, new Properties()).withCloseable { c ->
    def rs = c.createStatement().executeQuery('SELECT version FROM engine')
    assert rs.next()
    assert rs.getString(1) == '3.46.1' : rs.getString(1)
}
return true
