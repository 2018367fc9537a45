import dev.zmodel.Provider
import dev.zmodel.testing.TestDatabases

// two fresh databases on the PostgreSQL test server (postgresUrl = ZENSTACK_TEST_POSTGRES_URL) for the test login:
// the development database of migrate-dev, and the one plain Liquibase deploys into, with a schema per tenant.
// The login's password reaches Liquibase as a property of its own, never in a URL it could print.
def dev = TestDatabases.create(Provider.POSTGRESQL, postgresUrl)
def tenants = TestDatabases.create(Provider.POSTGRESQL, postgresUrl)
tenants.execute('CREATE SCHEMA tenant_a; CREATE SCHEMA tenant_b')
new File(basedir, 'database.txt').text = dev.name() + '\n' + tenants.name()
def props = new Properties()
props.setProperty('zenstack.url', dev.urlWithCredentials())
props.setProperty('tenants.url', tenants.jdbcUrl())
props.setProperty('tenants.user', TestDatabases.LOGIN_USER)
props.setProperty('tenants.password', TestDatabases.LOGIN_PASSWORD)
new File(basedir, 'test.properties').withWriter { props.store(it, null) }
return true
