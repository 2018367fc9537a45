import dev.zmodel.Provider
import dev.zmodel.testing.TestDatabases

// Per server a development database and an empty one for the dry run, owned by the test login, which has a password:
// verify.groovy passes the URLs to Maven on the command line and proves the password was printed and written nowhere.
def props = new Properties()
[pg: [Provider.POSTGRESQL, postgresUrl], my: [Provider.MYSQL, mysqlUrl]].each { key, server ->
    ['', '-dry'].each { suffix ->
        def db = TestDatabases.create(server[0], server[1])
        props.setProperty(key + suffix, db.urlWithCredentials())
        props.setProperty(key + suffix + '-name', db.name())
    }
}
new File(basedir, 'test.properties').withWriter { props.store(it, null) }
return true
