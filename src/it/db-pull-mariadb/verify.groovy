import dev.zmodel.Provider
import dev.zmodel.testing.TestDatabases

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
    TestDatabases.drop(Provider.MYSQL, mysqlUrl, name)
}
// no password of the test login in anything the build printed (build.log) or wrote (the project directory);
// test.properties is how setup.groovy hands the URL to the build
dev.zmodel.testing.SecretScan.assertAbsent(dev.zmodel.testing.TestDatabases.LOGIN_PASSWORD, basedir.toPath(), 'test.properties')
return true
