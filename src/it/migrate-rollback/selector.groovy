// Needs both test servers: skipped with the reason when one is unreachable, unless CI=true.
import dev.zmodel.testing.InvokerSelector

return InvokerSelector.serverReachable(postgresUrl, 'ZENSTACK_TEST_POSTGRES_URL')
        && InvokerSelector.serverReachable(mysqlUrl, 'ZENSTACK_TEST_MYSQL_URL')
