// Needs the PostgreSQL test server: skipped with the reason when it is unreachable, unless CI=true.
import dev.zmodel.testing.InvokerSelector

return InvokerSelector.serverReachable(postgresUrl, 'ZENSTACK_TEST_POSTGRES_URL')
