// Shared by setup.groovy and verify.groovy: the database's catalog and its row counts, read with PostgreSQL's driver.

/** The driver directly: DriverManager does not see the drivers of the script's class loader. */
def connect(String url) {
    new org.postgresql.Driver().connect(url, new Properties())
}

def lines(String url, String sql) {
    connect(url).withCloseable { c ->
        def rs = c.createStatement().executeQuery(sql)
        def out = []
        while (rs.next()) { out << rs.getString(1) }
        out
    }
}

/** One line per fact of pg_catalog over every schema (MigrateBaselineTest.POSTGRES_DATABASE_CATALOG), sorted. */
String catalog(String url) {
    lines(url, dev.zmodel.migrate.MigrateBaselineTest.POSTGRES_DATABASE_CATALOG).sort().join('\n')
}

/** "schema.table=rows" for every table (Liquibase's aside), sorted. */
String rows(String url) {
    def tables = lines(url, "SELECT quote_ident(schemaname) || '.' || quote_ident(relname) FROM pg_stat_user_tables " +
            "WHERE relname NOT ILIKE 'databasechangelog%'")
    tables.collect { t -> t + '=' + lines(url, 'SELECT count(*) FROM ' + t)[0] }.sort().join('\n')
}

String scalar(String url, String sql) {
    lines(url, sql)[0]
}
