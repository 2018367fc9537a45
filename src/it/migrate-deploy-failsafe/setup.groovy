import dev.zmodel.Provider
import dev.zmodel.testing.TestDatabases

// A fresh PostgreSQL database on the test server when there is one (postgresUrl), owned by the test login, else a
// SQLite file. The login's password reaches the build through a <server> of this IT's settings.xml
// (-Dzenstack.serverId), not through a user property: Maven hands user properties to failsafe's test JVM, and
// failsafe writes them into target/failsafe-reports/*.xml (verify.groovy scans the project for the password).
def props = new Properties()
def url
try {
    def db = TestDatabases.create(Provider.POSTGRESQL, postgresUrl)
    url = db.jdbcUrl() + '?user=' + TestDatabases.LOGIN_USER // the integration test connects with it (trust auth)
    props.setProperty('zenstack.serverId', 'zit-db')
    new File(basedir, 'database.txt').text = db.name()
} catch (Exception e) {
    println "No PostgreSQL test server (${e.message}); using SQLite"
    url = 'jdbc:sqlite:' + new File(basedir, 'app.db').absolutePath
}
new File(basedir, 'settings.xml').text = """<settings>
  <servers>
    <server>
      <id>zit-db</id>
      <username>${TestDatabases.LOGIN_USER}</username>
      <password>${TestDatabases.LOGIN_PASSWORD}</password>
    </server>
  </servers>
</settings>
"""
props.setProperty('zenstack.url', url)
new File(basedir, 'test.properties').withWriter { props.store(it, null) }
return true
