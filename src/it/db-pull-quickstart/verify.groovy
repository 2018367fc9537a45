def log = new File(basedir, 'build.log').text
def schema = new File(basedir, 'zenstack/schema.zmodel').text
assert log =~ /Ran \d+ statements of .*shop\.sql/
assert log =~ /Introspected 15 tables, 1 views and 0 enums of SQLite/
['User', 'Profile', 'Address', 'Category', 'Product', 'ProductCategory', 'Tag', 'PurchaseOrder', 'OrderItem',
 'Coupon', 'Review', 'Post', 'PostTag', 'Comment', 'AuditLog'].each { assert schema.contains("model ${it} {") : "model ${it} missing:\n" + schema }
assert schema.contains('view ProductRating') : schema
println schema
// no password of the test login in anything the build printed (build.log) or wrote (the project directory);
// test.properties is how setup.groovy hands the URL to the build
dev.zmodel.testing.SecretScan.assertAbsent(dev.zmodel.testing.TestDatabases.LOGIN_PASSWORD, basedir.toPath(), 'test.properties')
return true
