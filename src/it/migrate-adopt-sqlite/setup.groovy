import dev.zmodel.datasource.RunSql

// the existing database (db.sql, no migration history) and an empty one for migrate-deploy
def db = new File(basedir, 'zenstack/music.db')
db.delete()
RunSql.main(['jdbc:sqlite:' + db.absolutePath, new File(basedir, 'db.sql').absolutePath] as String[])
def empty = new File(basedir, 'zenstack/empty.db')
empty.delete()
def none = new File(basedir, 'none.sql')
none.text = 'PRAGMA user_version = 0;'
RunSql.main(['jdbc:sqlite:' + empty.absolutePath, none.absolutePath] as String[])
return true
