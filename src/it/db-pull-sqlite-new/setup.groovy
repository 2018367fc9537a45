import dev.zmodel.datasource.RunSql

def db = new File(basedir, 'zenstack/dev.db')
db.delete()
RunSql.main(['jdbc:sqlite:' + db.absolutePath, new File(basedir, 'db.sql').absolutePath] as String[])
return true
