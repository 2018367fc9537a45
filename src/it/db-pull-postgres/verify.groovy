import dev.zmodel.Provider
import dev.zmodel.testing.TestDatabases

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
    TestDatabases.drop(Provider.POSTGRESQL, postgresUrl, name)
}
// no password of the test login in anything the build printed (build.log) or wrote (the project directory);
// test.properties is how setup.groovy hands the URL to the build
dev.zmodel.testing.SecretScan.assertAbsent(dev.zmodel.testing.TestDatabases.LOGIN_PASSWORD, basedir.toPath(), 'test.properties')
return true
