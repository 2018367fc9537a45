import dev.zmodel.Provider
import dev.zmodel.datasource.ConnectionSettings
import dev.zmodel.datasource.Connections

def (name, user, password) = new File(basedir, 'database.txt').text.readLines()
try {
    def log = new File(basedir, 'build.log').text
    def schema = new File(basedir, 'zenstack/schema.zmodel').text
    // 1: the decrypted credentials of <server>zit-db</server> logged in
    assert schema.contains('model SecretStash {') : schema
    // 2: both ways at once is refused
    assert log.contains('Give the database credentials either as zenstack.username/zenstack.password or as zenstack.serverId (zit-db), not both.')
    // 3: an unknown server id says what to add
    assert log.contains("zenstack.serverId is 'no-such-server' but settings.xml has no <server> with that id.")
    assert !log.contains(password) : 'the password must never be printed'
    assert !log.contains('at dev.zmodel') : 'no stack trace without -e'
} finally {
    def admin = new ConnectionSettings(Provider.MYSQL, mysqlUrl, null, null, [])
    Connections.open(admin).withCloseable { c ->
        def s = c.createStatement()
        s.execute('DROP DATABASE IF EXISTS `' + name + '`')
        ['%', 'localhost', '127.0.0.1'].each { host -> s.execute("DROP USER IF EXISTS '" + user + "'@'" + host + "'") }
    }
}
// no password in anything the build printed (build.log) or wrote (the project directory); setup.groovy wrote
// the password into database.txt itself, to hand it to this script
dev.zmodel.testing.SecretScan.assertAbsent(password, basedir.toPath(), 'test.properties', 'database.txt')
return true
