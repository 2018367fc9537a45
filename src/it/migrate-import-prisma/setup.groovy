import dev.zmodel.Provider
import dev.zmodel.datasource.ConnectionSettings
import dev.zmodel.datasource.RunSql
import dev.zmodel.testing.TestDatabases

// A database Prisma migrated, on the test server (postgresUrl = ZENSTACK_TEST_POSTGRES_URL), owned by the test login
// (its password goes into the URL; verify.groovy proves it was printed and written nowhere). What `prisma migrate
// deploy` leaves: each migration.sql ran, and _prisma_migrations (Prisma's PostgreSQL DDL) has a finished row with the
// SHA-256 of the file, computed here by PostgreSQL itself.
def db = TestDatabases.create(Provider.POSTGRESQL, postgresUrl)
new File(basedir, 'database.txt').text = db.name()
def url = db.urlWithCredentials()
def settings = new ConnectionSettings(Provider.POSTGRESQL, url, null, null, [])
RunSql.run(settings, '''
CREATE TABLE "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)''')
def migrations = new File(basedir, 'prisma/migrations').listFiles().findAll { it.isDirectory() }.sort { it.name }
db.connect().withCloseable { c ->
    migrations.each { folder ->
        def sql = new File(folder, 'migration.sql').getText('UTF-8')
        c.createStatement().withCloseable { it.execute(sql) }
        c.prepareStatement('INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, started_at, '
                + "applied_steps_count) VALUES (gen_random_uuid()::text, encode(sha256(convert_to(?, 'UTF8')), 'hex'), "
                + 'now(), ?, now(), 1)').withCloseable { s ->
            s.setString(1, sql)
            s.setString(2, folder.name)
            s.executeUpdate()
        }
    }
}
def props = new Properties()
props.setProperty('zenstack.url', url)
new File(basedir, 'test.properties').withWriter { props.store(it, null) }
return true
