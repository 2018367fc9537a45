import java.util.concurrent.TimeUnit

// Runs Maven without -B on a pseudo-terminal, waits for the [y/N] question, types the answer; returns [exit code, output].
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
    process.outputStream.write((answer + '\n').getBytes('UTF-8'))
    process.outputStream.flush()
    assert process.waitFor(180, TimeUnit.SECONDS) : 'Maven did not finish:\n' + out
    pump.join(10_000)
    def text = out.toString().replace('\r', '')
    new File(basedir, 'interactive.log') << text
    return [process.exitValue(), text]
}

def query = { String sql ->
    def c = new org.sqlite.JDBC().connect('jdbc:sqlite:' + new File(basedir, 'zenstack/dev.db').absolutePath, new Properties())
    try {
        def rs = c.createStatement().executeQuery(sql)
        rs.next()
        return rs.getString(1)
    } finally {
        c.close()
    }
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
// no password of the test login in anything the build printed (build.log) or wrote (the project directory);
// test.properties is how setup.groovy hands the URL to the build
dev.zmodel.testing.SecretScan.assertAbsent(dev.zmodel.testing.TestDatabases.LOGIN_PASSWORD, basedir.toPath(), 'test.properties')
return true
