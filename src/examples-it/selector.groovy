// Selector of every project under examples/: they all need the PostgreSQL test server (setup.groovy creates a
// database on it). Like the library's database tests, an example is skipped with the reason when the server is
// unreachable, unless CI=true (then it runs, and setup.groovy fails with the connection error).
return dev.zmodel.testing.InvokerSelector.serverReachable(postgresUrl, 'ZENSTACK_TEST_POSTGRES_URL')
