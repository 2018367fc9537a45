import dev.zmodel.Provider
import dev.zmodel.testing.TestDatabases

// A fresh PostgreSQL database on the test server when there is one (postgresUrl), owned by the test login (the URL
// carries its password), else a SQLite file.
def props = new Properties()
def url
try {
    def db = TestDatabases.create(Provider.POSTGRESQL, postgresUrl)
    url = db.urlWithCredentials()
    new File(basedir, 'database.txt').text = db.name()
} catch (Exception e) {
    println "No PostgreSQL test server (${e.message}); using SQLite"
    url = 'jdbc:sqlite:' + new File(basedir, 'app.db').absolutePath
}
props.setProperty('zenstack.url', url)
new File(basedir, 'test.properties').withWriter { props.store(it, null) }
return true
