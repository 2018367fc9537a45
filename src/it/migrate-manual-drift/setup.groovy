import dev.zmodel.Provider
import dev.zmodel.datasource.ConnectionSettings
import dev.zmodel.datasource.Connections
import dev.zmodel.migrate.MigrateDev
import dev.zmodel.migrate.MigrateOptions
import dev.zmodel.migrate.ZModelProject

// The history a developer already has: the init migration, written and applied by migrate-dev ...
def schema = new File(basedir, 'zenstack/schema.zmodel').toPath()
def db = new ConnectionSettings(Provider.SQLITE, 'jdbc:sqlite:' + new File(basedir, 'zenstack/dev.db'), null, null, [])
def options = MigrateOptions.of(db, new File(basedir, 'zenstack/migrations').toPath())
        .withDesired(ZModelProject.load(schema).desired()).withName('init')
MigrateDev.run(options)
// ... then somebody changes the database by hand, outside the migrations.
Connections.open(db).withCloseable { it.createStatement().execute('ALTER TABLE "User" ADD COLUMN "nickname" TEXT') }
return true
