import dev.zmodel.Provider
import dev.zmodel.datasource.ConnectionSettings
import dev.zmodel.datasource.Connections

def name = new File(basedir, 'database.txt').text
try {
    def log = new File(basedir, 'build.log').text
    def schema = new File(basedir, 'zenstack/schema.zmodel').text
    assert schema.contains('model Customer {') : schema
    assert schema.contains('model PurchaseOrder {') : schema
    assert schema.contains('enum OrderStatus {') : schema
    assert schema =~ /status\s+OrderStatus\s+@default\(pending\)/ : schema
    assert schema =~ /tags\s+String\[\]/ : schema
    assert schema.contains('@db.Decimal(10, 2)') : schema
    assert !schema.contains('TmpImport') && !schema.contains('AuditLog') : 'excluded tables must not become models'
    assert log =~ /Introspected 2 tables/
    assert log.contains('Models: 2 added (Customer, PurchaseOrder).')
    assert log.contains('Enums: 1 added (OrderStatus).')
    assert log.contains('ZModel schema is valid')
} finally {
    def admin = new ConnectionSettings(Provider.POSTGRESQL, postgresUrl, null, null, [])
    Connections.open(admin).withCloseable { it.createStatement().execute('DROP DATABASE IF EXISTS "' + name + '" WITH (FORCE)') }
}
return true
