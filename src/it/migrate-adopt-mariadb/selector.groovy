// Needs the MariaDB/MySQL test server: skipped with the reason when it is unreachable, unless CI=true.
import dev.zmodel.testing.InvokerSelector

return InvokerSelector.serverReachable(mysqlUrl, 'ZENSTACK_TEST_MYSQL_URL')
