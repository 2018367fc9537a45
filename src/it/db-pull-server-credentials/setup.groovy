import dev.zmodel.Provider
import dev.zmodel.datasource.ConnectionSettings
import dev.zmodel.datasource.Connections
import dev.zmodel.datasource.RunSql
import org.sonatype.plexus.components.cipher.DefaultPlexusCipher

// A fresh database and a user that can only log in with its password (MariaDB checks it; no trust auth).
def id = UUID.randomUUID().toString().replace('-', '').substring(0, 10)
def name = 'zit_cred_' + id
def user = 'zit_u_' + id
def password = 'pw-' + UUID.randomUUID()
def admin = new ConnectionSettings(Provider.MYSQL, mysqlUrl, null, null, [])
Connections.open(admin).withCloseable { c ->
    def s = c.createStatement()
    s.execute('CREATE DATABASE `' + name + '`')
    ['%', 'localhost', '127.0.0.1'].each { host ->
        s.execute("CREATE USER '" + user + "'@'" + host + "' IDENTIFIED BY '" + password + "'")
        s.execute('GRANT ALL ON `' + name + "`.* TO '" + user + "'@'" + host + "'")
    }
}
def base = mysqlUrl.replaceFirst('^(jdbc:(?:mariadb|mysql)://[^/?]+).*$', '$1')
RunSql.run(new ConnectionSettings(Provider.MYSQL, base + '/' + name, user, password, []), new File(basedir, 'db.sql').text)
new File(basedir, 'database.txt').text = name + '\n' + user + '\n' + password

// settings-security.xml with a master password, settings.xml with the encrypted database password
def cipher = new DefaultPlexusCipher()
def master = 'master-' + UUID.randomUUID()
def security = new File(basedir, 'settings-security.xml')
security.text = '<settingsSecurity><master>' + cipher.encryptAndDecorate(master, 'settings.security') + '</master></settingsSecurity>\n'
new File(basedir, 'settings.xml').text = """<settings>
  <servers>
    <server>
      <id>zit-db</id>
      <username>${user}</username>
      <password>${cipher.encryptAndDecorate(password, master)}</password>
    </server>
  </servers>
</settings>
"""
def props = new Properties()
props.setProperty('zenstack.url', base + '/' + name)   // no credentials in the URL
props.setProperty('settings.security', security.absolutePath)
new File(basedir, 'test.properties').withWriter { props.store(it, null) }
return true
