import java.util.concurrent.TimeUnit

// Runs Maven on a pseudo-terminal (without -B unless args has it), waits for the [y/N] question, types the answer
// (none when null); returns [exit code, output].
def mvn = new File(System.getProperty('maven.home'), 'bin/mvn').absolutePath
def userRepo = new File(System.getProperty('maven.repo.local') ?: System.getProperty('user.home') + '/.m2/repository')
def settings = new File(basedir, 'interactive-settings.xml')
settings.text = """<settings><profiles><profile><id>it-repo</id><activation><activeByDefault>true</activeByDefault></activation>
<repositories><repository><id>local.central</id><url>${userRepo.toURI()}</url></repository></repositories>
<pluginRepositories><pluginRepository><id>local.central</id><url>${userRepo.toURI()}</url></pluginRepository></pluginRepositories>
</profile></profiles></settings>"""
def plugin = "dev.zmodel:zenstack-maven-plugin:${projectVersion}"

def run = { List<String> args, String answer ->
    def words = [mvn, '-o', '-Dstyle.color=never', '-s', settings.absolutePath,
                 '-Dmaven.repo.local=' + localRepositoryPath.absolutePath] + args
    def command = words.collect { "'" + it.replace("'", "'\\''") + "'" }.join(' ')
    def process = new ProcessBuilder('script', '-qfec', command, '/dev/null').directory(basedir)
            .redirectErrorStream(true).start()
    def out = new StringBuffer()
    def pump = Thread.start { process.inputStream.withReader('UTF-8') { r -> int c; while ((c = r.read()) != -1) { out.append((char) c) } } }
    long deadline = System.currentTimeMillis() + 180_000
    while (!out.toString().contains('[y/N]') && process.alive && System.currentTimeMillis() < deadline) {
        Thread.sleep(100)
    }
    if (answer != null) {
        process.outputStream.write((answer + '\n').getBytes('UTF-8'))
        process.outputStream.flush()
    }
    assert process.waitFor(180, TimeUnit.SECONDS) : 'Maven did not finish:\n' + out
    pump.join(10_000)
    def text = out.toString().replace('\r', '')
    new File(basedir, 'interactive.log') << text
    return [process.exitValue(), text]
}

def db = 'jdbc:sqlite:' + new File(basedir, 'zenstack/dev.db').absolutePath
def query = { String sql ->
    def c = new org.sqlite.JDBC().connect(db, new Properties())
    try {
        def rs = c.createStatement().executeQuery(sql)
        rs.next()
        return rs.getString(1)
    } finally {
        c.close()
    }
}
def execute = { String sql ->
    def c = new org.sqlite.JDBC().connect(db, new Properties())
    try {
        c.createStatement().execute(sql)
    } finally {
        c.close()
    }
}
// "nothing dropped": the table is in the catalog and still holds Bob
def nothingDropped = { String text ->
    assert query('SELECT count(*) FROM sqlite_master WHERE type = \'table\' AND name = \'User\'') == '1' : text
    assert query('SELECT group_concat(email) FROM "User"') == 'bob@example.com' : text
    assert !text.contains("Reset ${db}") : text
}

// 1. db-push would drop User.name (Ann's name): asked; "n" changes nothing
def (code, text) = run(["${plugin}:db-push", '-Dzenstack.schema=zenstack/no-name.zmodel'], 'n')
assert code != 0 : text
assert text.contains('db-push would lose data in ') : text
assert text.contains('Drops column `User.name`, which holds 1 non-null value(s).') : text
assert text.contains('db-push would lose the data listed above. Do you want to continue? [y/N]') : text
assert text.contains('Declined: db-push would lose data in ') : text
assert text.contains('Nothing was changed. To go ahead without being asked, run again with -Dzenstack.acceptDataLoss=true.') : text
assert query('SELECT name FROM "User"') == 'Ann'

// 2. the same, "y": applied
(code, text) = run(["${plugin}:db-push", '-Dzenstack.schema=zenstack/no-name.zmodel'], 'y')
assert code == 0 : text
assert text =~ /Pushed \d+ change\(s\) to .* \(no migration written\)\./
assert query('SELECT count(*) FROM pragma_table_info(\'User\') WHERE name = \'name\'') == '0'
assert query('SELECT email FROM "User"') == 'ann@example.com' : 'the row is kept'

// 3. migrate-dev: the database was not made by migrations (drift), so it asks to reset; "y" resets and creates init
(code, text) = run(["${plugin}:migrate-dev", '-Dzenstack.schema=zenstack/no-name.zmodel', '-Dzenstack.name=init'], 'y')
assert code == 0 : text
assert text.contains('Drift detected: the schema of ') : text
assert text =~ /We need to reset the database jdbc:sqlite:.*dev\.db\. All data will be lost\. Do you want to continue\? \[y\/N\]/
def folders = new File(basedir, 'zenstack/migrations').listFiles().findAll { it.isDirectory() }*.name
assert folders.size() == 1 && folders[0].endsWith('_init') : folders
assert query('SELECT count(*) FROM "User"') == '0' : 'reset'

// 4. migrate-reset asks, naming the database and what is lost; "n" drops nothing
execute('INSERT INTO "User" ("email") VALUES (\'bob@example.com\')')
def schema = '-Dzenstack.schema=zenstack/no-name.zmodel'
def declined = "Declined: migrate-reset did not reset ${db}; nothing was dropped. Run mvn zenstack:migrate-reset " +
        '-Dzenstack.force=true to reset without being asked.'
(code, text) = run(["${plugin}:migrate-reset", schema], 'n')
assert code != 0 : text
assert text.contains("migrate-reset drops every table, view and type of ${db} and all their data, then applies every " +
        'migration again. Do you want to continue? [y/N]') : text
assert text.contains(declined) : text
nothingDropped(text)

// 5. db-push -Dzenstack.forceReset asks too; Enter alone is no
(code, text) = run(["${plugin}:db-push", schema, '-Dzenstack.forceReset=true'], '')
assert code != 0 : text
assert text.contains("db-push with forceReset drops every table, view and type of ${db} and all their data, then " +
        'pushes the schema. Do you want to continue? [y/N]') : text
assert text.contains("Declined: db-push with forceReset did not reset ${db}; nothing was dropped. Run mvn " +
        'zenstack:db-push -Dzenstack.forceReset=true -Dzenstack.force=true to reset without being asked.') : text
nothingDropped(text)

// 6. migrate-reset, "y": dropped, the migration applied again
(code, text) = run(["${plugin}:migrate-reset", schema], 'y')
assert code == 0 : text
assert text.contains("Reset ${db}: dropped every table, view and type.") : text
assert text.contains('Applied migration ' + folders[0]) : text
assert query('SELECT count(*) FROM "User"') == '0' : 'reset'

// 7. mvn -B on the same terminal: nobody is asked; refused without force (nothing dropped), reset with it
execute('INSERT INTO "User" ("email") VALUES (\'bob@example.com\')')
(code, text) = run(['-B', "${plugin}:migrate-reset", schema], null)
assert code != 0 : text
assert !text.contains('[y/N]') : text
assert text.contains("migrate-reset did not reset ${db}: it drops every table, view and type of the database and all " +
        'their data, and in batch mode (mvn -B, CI, no terminal) nobody can confirm that. Nothing was dropped. Run mvn ' +
        'zenstack:migrate-reset -Dzenstack.force=true to reset without being asked.') : text
nothingDropped(text)
(code, text) = run(['-B', "${plugin}:migrate-reset", schema, '-Dzenstack.force=true'], null)
assert code == 0 : text
assert !text.contains('[y/N]') : text
assert text.contains("Reset ${db}: dropped every table, view and type.") : text
assert query('SELECT count(*) FROM "User"') == '0' : 'reset without being asked'
// no password of the test login in anything the build printed (build.log) or wrote (the project directory);
// test.properties is how setup.groovy hands the URL to the build
dev.zmodel.testing.SecretScan.assertAbsent(dev.zmodel.testing.TestDatabases.LOGIN_PASSWORD, basedir.toPath(), 'test.properties')
return true
