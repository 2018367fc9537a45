import dev.zmodel.datasource.RunSql

// A development database that was not made by migrations (drift for migrate-dev) and holds data (data loss for db-push).
def db = new File(basedir, 'zenstack/dev.db')
db.delete()
RunSql.main(['jdbc:sqlite:' + db.absolutePath, new File(basedir, 'db.sql').absolutePath] as String[])
return true
