import dev.zmodel.Provider
import dev.zmodel.datasource.ConnectionSettings
import dev.zmodel.datasource.Connections

// A fresh PostgreSQL database on the test server when there is one (postgresUrl), else a SQLite file.
def props = new Properties()
def url
try {
    def name = 'zit_deploy_' + UUID.randomUUID().toString().replace('-', '').substring(0, 10)
    def admin = new ConnectionSettings(Provider.POSTGRESQL, postgresUrl, null, null, [])
    Connections.open(admin).withCloseable { it.createStatement().execute('CREATE DATABASE "' + name + '"') }
    url = postgresUrl.replaceFirst('^(jdbc:postgresql://[^/?]+)(/[^?]*)?', '$1/' + name)
    new File(basedir, 'database.txt').text = name
} catch (Exception e) {
    println "No PostgreSQL test server (${e.message}); using SQLite"
    url = 'jdbc:sqlite:' + new File(basedir, 'app.db').absolutePath
}
props.setProperty('zenstack.url', url)
new File(basedir, 'test.properties').withWriter { props.store(it, null) }
return true
