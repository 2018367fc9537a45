// Selector of every project under examples/: they all need the PostgreSQL test server (setup.groovy creates a
// database on it). Like the library's database tests, an example is skipped with the reason when the server is
// unreachable, unless CI=true (then it runs, and setup.groovy fails with the connection error).
import dev.zmodel.Provider
import dev.zmodel.datasource.ConnectionSettings
import dev.zmodel.datasource.Connections

try {
    def admin = new ConnectionSettings(Provider.POSTGRESQL, postgresUrl, null, null, [])
    Connections.open(admin).close()
    return true
} catch (Exception e) {
    if (System.getenv('CI') == 'true') {
        return true
    }
    println "Skipped: no PostgreSQL test server (ZENSTACK_TEST_POSTGRES_URL): ${e.message}"
    return false
}
