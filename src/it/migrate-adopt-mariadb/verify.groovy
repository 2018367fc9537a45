import dev.zmodel.Provider
import dev.zmodel.testing.TestDatabases

def names = new File(basedir, 'database.txt').text.readLines()
def props = new Properties()
new File(basedir, 'test.properties').withReader { props.load(it) }

// the driver directly: DriverManager does not see the drivers of the script's class loader
def connect = { String url -> new org.mariadb.jdbc.Driver().connect(url, new Properties()) }
/** One line per fact of the catalog (information_schema), sorted, the database name replaced. */
def catalog = { String url, String name ->
    connect(url).withCloseable { c ->
        def rs = c.createStatement().executeQuery(dev.zmodel.migrate.MigrateBaselineTest.MYSQL_CATALOG)
        def lines = []
        while (rs.next()) { lines << rs.getString(1).replace(name, '<db>') }
        lines.sort().join('\n')
    }
}
def scalar = { String url, String sql ->
    connect(url).withCloseable { c ->
        def rs = c.createStatement().executeQuery(sql); rs.next(); rs.getString(1)
    }
}
try {
    def log = new File(basedir, 'build.log').text
    def schema = new File(basedir, 'zenstack/schema.zmodel').text
    def evolved = new File(basedir, 'zenstack/evolved.zmodel').text
    // the pulled schema, reviewed: evolved.zmodel is it plus one field
    assert schema == evolved.replace('    nickname  String?\n', '') : schema
    assert schema.contains('interests Unsupported("set(\'books\',\'music\',\'games\')")')
    assert schema.contains('/// - updated_at: ON UPDATE current_timestamp()')
    assert schema.contains('/// - balance: decimal(10,2) unsigned')
    assert schema.contains('/// - email: COLLATE utf8mb4_bin')
    assert new File(basedir, 'zenstack/deployed.zmodel').text == schema : 'the deployed database pulls to the same schema'

    def dir = new File(basedir, 'zenstack/migrations')
    def folders = dir.listFiles().findAll { it.isDirectory() }*.name.sort()
    assert folders.size() == 2 && folders[0] ==~ /\d{14}_baseline/ && folders[1] ==~ /\d{14}_add_nickname/ : folders
    def baseline = new File(dir, folders[0] + '/migration.xml').text
    assert baseline.contains('CREATE TRIGGER `purchase_audit`') || baseline.contains('CREATE TRIGGER purchase_audit') : baseline
    def added = new File(dir, folders[1] + '/migration.xml').text
    assert (added =~ /<changeSet /).count == 1 : added
    assert added.contains('nickname') : added
    // the storage ZModel cannot express is carried from the database's own definitions
    assert baseline.contains('CREATE SEQUENCE `invoice_no`') : baseline
    assert baseline.indexOf('CREATE SEQUENCE `invoice_no`') < baseline.indexOf('CREATE TABLE `invoice`') : baseline
    assert baseline.contains(') ENGINE=Aria') && baseline.contains(') ENGINE=MyISAM') : baseline
    assert baseline.contains(') DEFAULT COLLATE=latin1_swedish_ci') : baseline
    assert baseline.contains(') PARTITION BY RANGE (year(`sold_on`))') : baseline
    assert baseline.contains('CREATE EVENT `purge_page_views`') && !baseline.contains('DEFINER') : baseline

    assert log.contains('Already in sync:') : 'migrate-dev with the pulled schema'
    assert log.contains('No drift: the database schema is what its applied migrations produce.')
    assert !log.contains('does not recreate') : 'everything of this database is carried'

    def original = props.getProperty('zenstack.url')
    def empty = props.getProperty('empty.url')
    assert catalog(original, names[0]) == catalog(empty, names[1]) : 'the same catalog'
    assert scalar(original, 'SELECT count(*) FROM customer') == '1' : 'rows kept'
    assert scalar(original, 'SELECT count(*) FROM purchase') == '1' : 'rows kept'
    assert scalar(original, 'SELECT interests FROM customer') == 'books,music'
    connect(empty).withCloseable { c ->
        c.createStatement().execute("INSERT INTO customer (email, name) VALUES ('grace@example.com', 'Grace')")
        c.createStatement().execute('INSERT INTO purchase (customer_id, quantity, unit_price) VALUES (1, 3, 10)')
    }
    assert scalar(empty, 'SELECT count(*) FROM audit_log') == '1' : 'the trigger works on the deployed database'
    assert scalar(empty, 'SELECT total FROM purchase') == '30.00' : 'the generated column'
    // the deployed storage, read back from information_schema (the catalog comparison above covers it too)
    def storage = "SELECT GROUP_CONCAT(CONCAT_WS(':', TABLE_NAME, ENGINE, TABLE_COLLATION) ORDER BY TABLE_NAME) " +
            "FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN " +
            "('legacy_note', 'page_view', 'search_cache', 'invoice_no')"
    assert scalar(empty, storage) == 'invoice_no:InnoDB:utf8mb4_general_ci,legacy_note:InnoDB:latin1_swedish_ci,' +
            'page_view:Aria:utf8mb4_general_ci,search_cache:MyISAM:utf8mb4_general_ci' : scalar(empty, storage)
    assert scalar(empty, "SELECT CONCAT_WS(',', CHARACTER_SET_NAME, COLLATION_NAME) FROM information_schema.COLUMNS " +
            "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'legacy_note' AND COLUMN_NAME = 'author'") ==
            'utf8mb4,utf8mb4_bin' : 'a column keeps its own collation in the latin1 table'
    assert scalar(empty, "SELECT GROUP_CONCAT(PARTITION_NAME ORDER BY PARTITION_ORDINAL_POSITION) FROM " +
            "information_schema.PARTITIONS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'sale_archive'") ==
            'p2024,p2025,pmax'
    assert scalar(empty, "SELECT CONCAT_WS(' ', STATUS, INTERVAL_VALUE, INTERVAL_FIELD, STARTS, EVENT_COMMENT) FROM " +
            "information_schema.EVENTS WHERE EVENT_SCHEMA = DATABASE()") ==
            'DISABLED 1 DAY 2025-01-01 03:00:00 Nightly clean-up'
    connect(empty).withCloseable { c -> c.createStatement().execute("INSERT INTO invoice (issued) VALUES ('2026-02-01')") }
    assert scalar(empty, 'SELECT number FROM invoice') == '5000' : 'the default draws the carried sequence'
    assert scalar(original, "SELECT COUNT(*) FROM sale_archive PARTITION (p2025)") == '1' : 'rows kept in their partition'
    assert !(log =~ /(?m)^\s+at (dev\.zmodel|liquibase|org\.mariadb)\./) : 'no stack traces'
} finally {
    names.each { TestDatabases.drop(Provider.MYSQL, mysqlUrl, it) }
}
dev.zmodel.testing.SecretScan.assertAbsent(dev.zmodel.testing.TestDatabases.LOGIN_PASSWORD, basedir.toPath(), 'test.properties')
return true
