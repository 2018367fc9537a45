import dev.zmodel.Provider
import dev.zmodel.datasource.ConnectionSettings
import dev.zmodel.datasource.Connections

def name = new File(basedir, 'database.txt').text
try {
    def log = new File(basedir, 'build.log').text
    def schema = new File(basedir, 'zenstack/schema.zmodel').text
    assert schema.contains('model Customer {') : schema
    assert schema.contains('model Invoice {') : schema
    assert schema =~ /customer\s+Customer\s+@relation\(fields: \[customerId\], references: \[id\]/ : schema
    assert schema.contains('map: "invoice_customer_fk"') : schema
    assert schema =~ /enum \w+ \{\s+free\s+pro/ : schema
    assert log.contains('Models: 2 added (Customer, Invoice).')
    assert log.contains('ZModel schema is valid')
} finally {
    def admin = new ConnectionSettings(Provider.MYSQL, mysqlUrl, null, null, [])
    Connections.open(admin).withCloseable { it.createStatement().execute('DROP DATABASE IF EXISTS `' + name + '`') }
}
return true
