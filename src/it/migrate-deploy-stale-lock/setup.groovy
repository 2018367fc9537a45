import dev.zmodel.Provider
import dev.zmodel.datasource.ConnectionSettings
import dev.zmodel.datasource.Connections
import dev.zmodel.datasource.RunSql

// a fresh database on the test server whose Liquibase lock row was left locked by a run on another host
def name = 'zit_lock_' + UUID.randomUUID().toString().replace('-', '').substring(0, 10)
def admin = new ConnectionSettings(Provider.POSTGRESQL, postgresUrl, null, null, [])
Connections.open(admin).withCloseable { it.createStatement().execute('CREATE DATABASE "' + name + '"') }
def url = postgresUrl.replaceFirst('^(jdbc:postgresql://[^/?]+)(/[^?]*)?', '$1/' + name)
RunSql.run(new ConnectionSettings(Provider.POSTGRESQL, url, null, null, []),
        "CREATE TABLE databasechangeloglock (id INTEGER NOT NULL PRIMARY KEY, locked BOOLEAN NOT NULL, " +
        "lockgranted TIMESTAMP, lockedby VARCHAR(255));" +
        "INSERT INTO databasechangeloglock VALUES (1, TRUE, TIMESTAMP '2026-11-22 23:17:49', 'ci-runner-3 (10.0.0.7)');")
new File(basedir, 'database.txt').text = name
def props = new Properties()
props.setProperty('zenstack.url', url)
props.setProperty('zenstack.migrations', new File(basedir, 'migrations').absolutePath)
new File(basedir, 'test.properties').withWriter { props.store(it, null) }
return true
