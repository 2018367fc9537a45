import dev.zmodel.testing.TestDatabases

// a remote (not local) database URL with the test login's password in it; nothing listens there
def props = new Properties()
props.setProperty('zenstack.url', 'jdbc:postgresql://db.example.invalid:5432/app?user=app&password='
        + TestDatabases.LOGIN_PASSWORD)
new File(basedir, 'test.properties').withWriter { props.store(it, null) }
return true
