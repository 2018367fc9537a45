import dev.zmodel.Provider
import dev.zmodel.datasource.ConnectionSettings
import dev.zmodel.datasource.Connections

def (name, user, wrong) = new File(basedir, 'database.txt').text.readLines()
def admin = new ConnectionSettings(Provider.MYSQL, mysqlUrl, null, null, [])
try {
    def log = new File(basedir, 'build.log').text
    assert log =~ ('Cannot connect to jdbc:mariadb://[^ ]+/' + name + ' \\(mysql\\) for migrate-deploy: connecting failed: '
            + "Access denied for user '" + user + "'@'[^']+' \\(using password: YES\\)\\. Check the user name and password: "
            + 'in the url, -Dzenstack.username/-Dzenstack.password, or the <server> of -Dzenstack.serverId in settings.xml\\.')
    assert !log.contains(wrong) : 'the password must never be printed'
    assert !(log =~ /(?m)^\tat /) : 'no stack trace lines'
    assert !(log =~ /\b(?:[a-z][a-z0-9_]*\.)+[A-Z]\w*(?:Exception|Error)\b/) : 'no qualified exception class names'
    assert !log.contains('Caused by') : 'no causes without -e'
    // the database is as before: only the table created by setup, no history tables
    Connections.open(admin).withCloseable { c ->
        def rs = c.createStatement().executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = '"
                + name + "' ORDER BY table_name")
        def tables = []
        while (rs.next()) { tables << rs.getString(1) }
        assert tables == ['keep'] : tables
    }
} finally {
    Connections.open(admin).withCloseable { c ->
        def s = c.createStatement()
        s.execute('DROP DATABASE IF EXISTS `' + name + '`')
        ['%', 'localhost', '127.0.0.1'].each { host -> s.execute("DROP USER IF EXISTS '" + user + "'@'" + host + "'") }
    }
}
// the (wrong) password of the build is in nothing it printed (build.log) or wrote (the project directory);
// setup.groovy wrote it into test.properties and database.txt itself
dev.zmodel.testing.SecretScan.assertAbsent(wrong, basedir.toPath(), 'test.properties', 'database.txt')
return true
