import dev.zmodel.Provider
import dev.zmodel.datasource.ConnectionSettings
import dev.zmodel.datasource.Connections
import dev.zmodel.testing.TestDatabases

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
    long deadline = System.currentTimeMillis() + 300_000
    while (!out.toString().contains('[y/N]') && process.alive && System.currentTimeMillis() < deadline) {
        Thread.sleep(100)
    }
    if (answer != null) {
        process.outputStream.write((answer + '\n').getBytes('UTF-8'))
        process.outputStream.flush()
    }
    assert process.waitFor(300, TimeUnit.SECONDS) : 'Maven did not finish:\n' + out
    pump.join(10_000)
    def text = out.toString().replace('\r', '')
    new File(basedir, 'interactive.log') << text
    return [process.exitValue(), text]
}

def props = new Properties()
new File(basedir, 'test.properties').withReader { props.load(it) }
try {
    [pg: Provider.POSTGRESQL, my: Provider.MYSQL].each { key, provider ->
        def url = props.getProperty(key)
        def dryUrl = props.getProperty(key + '-dry')
        def quote = provider == Provider.POSTGRESQL ? '"' : '`'
        def query = { String u, String sql ->
            Connections.open(new ConnectionSettings(provider, u, null, null, [])).withCloseable { c ->
                def rs = c.createStatement().executeQuery(sql)
                rs.next()
                return rs.getString(1)
            }
        }
        def execute = { String sql ->
            Connections.open(new ConnectionSettings(provider, url, null, null, [])).withCloseable { c ->
                c.createStatement().execute(sql)
            }
        }
        def relations = { String u ->
            query(u, provider == Provider.POSTGRESQL
                    ? "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'"
                    : 'SELECT count(*) FROM information_schema.tables WHERE table_schema = DATABASE()')
        }
        def posts = { query(url, 'SELECT count(*) FROM ' + quote + 'Post' + quote) }
        def v1 = "-Dzenstack.schema=zenstack/${key}/schema.zmodel"
        def v2 = "-Dzenstack.schema=zenstack/${key}/schema-v2.zmodel"
        def on = '-Dzenstack.url=' + url

        // two migrations written and applied by migrate-dev
        def (code, text) = run(['-B', "${plugin}:migrate-dev", v1, on, '-Dzenstack.name=init'], null)
        assert code == 0 : text
        (code, text) = run(['-B', "${plugin}:migrate-dev", v2, on, '-Dzenstack.name=add_posts'], null)
        assert code == 0 : text
        def folders = new File(basedir, "zenstack/${key}/migrations").listFiles().findAll { it.isDirectory() }*.name.sort()
        assert folders.size() == 2 && folders[1].endsWith('_add_posts') : folders
        def addPosts = folders[1]
        def postRows = { query(url, "SELECT count(*) FROM DATABASECHANGELOG WHERE FILENAME LIKE '${addPosts}/%'") }
        def changesets = postRows()

        // the dry run prints the SQL of both migrations for an empty database and creates nothing there
        (code, text) = run(['-B', "${plugin}:migrate-deploy", v2, '-Dzenstack.url=' + dryUrl, '-Dzenstack.dryRun=true'], null)
        assert code == 0 : text
        assert text.contains('-- migrate-deploy dry run on ') && text.contains(': 2 pending migration(s), ') : text
        assert text.contains("-- Migration ${folders[0]}\n-- Changeset ${folders[0]}-1: Create table `User`\nCREATE TABLE ") : text
        assert text.contains("-- Migration ${addPosts}\n") : text
        assert relations(dryUrl) == '0' : 'no table, not even DATABASECHANGELOG(LOCK), in the dry run database'

        // data the rollback of add_posts would drop: two posts, one bio
        execute("INSERT INTO ${quote}User${quote} (id, email, bio) VALUES (1, 'ann@example.com', 'hi')")
        execute("INSERT INTO ${quote}Post${quote} (id, title, ${quote}authorId${quote}) VALUES (1, 'a', 1), (2, 'b', 1)")
        def lost = ['  - Drops table `Post`, which has 2 row(s).', '  - Drops column `User.bio`, which holds 1 non-null value(s).']

        // batch mode without force: refused, naming both flags
        (code, text) = run(['-B', "${plugin}:migrate-rollback", v2, on], null)
        assert code != 0 : text
        assert !text.contains('[y/N]') : text
        assert text.contains("migrate-rollback did not roll back migration(s) ${addPosts} (${changesets} changeset(s)) of ") : text
        assert text.contains(': it runs their rollbacks and deletes their history rows, and in batch mode (mvn -B, CI, no terminal) nobody can confirm that. The rollback would lose data:') : text
        lost.each { assert text.contains(it) : text }
        assert text.contains('Nothing was changed. Run mvn zenstack:migrate-rollback -Dzenstack.force=true -Dzenstack.acceptDataLoss=true to roll back without being asked.') : text
        assert posts() == '2' && postRows() == changesets

        // force without acceptDataLoss: refused with the counts
        (code, text) = run(['-B', "${plugin}:migrate-rollback", v2, on, '-Dzenstack.force=true'], null)
        assert code != 0 : text
        assert text.contains(": the rollback would lose data:") : text
        lost.each { assert text.contains(it) : text }
        assert text.contains('If that is intended, run again with -Dzenstack.acceptDataLoss=true. Nothing was changed.') : text
        assert !text.contains('\tat ') && !text.contains('Caused by') : 'no stack trace:\n' + text
        assert posts() == '2' && postRows() == changesets

        if (provider == Provider.POSTGRESQL) {
            // on a terminal: asked, with the data it would lose; "n" keeps everything, "y" rolls back
            (code, text) = run(["${plugin}:migrate-rollback", v2, on], 'n')
            assert code != 0 : text
            assert text.contains("migrate-rollback rolls back migration(s) ${addPosts} (${changesets} changeset(s)) of ") : text
            assert text.contains(', newest first, and deletes their history rows. The rollback would lose data:') : text
            lost.each { assert text.contains(it) : text }
            assert text.contains('Do you want to continue? [y/N]') : text
            assert text.contains('Declined: migrate-rollback did not roll back ') : text
            assert posts() == '2' && postRows() == changesets
            (code, text) = run(["${plugin}:migrate-rollback", v2, on], 'y')
        } else {
            (code, text) = run(['-B', "${plugin}:migrate-rollback", v2, on, '-Dzenstack.force=true', '-Dzenstack.acceptDataLoss=true'], null)
            assert !text.contains('[y/N]') : text
        }
        assert code == 0 : text
        assert text.contains("Rolled back migration ${addPosts}") : text
        assert text.contains('They are pending now: delete or change their folders before the next migrate-deploy or migrate-dev, which would apply them again.') : text
        assert postRows() == '0'
        assert query(url, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'Post' AND table_schema = " +
                (provider == Provider.POSTGRESQL ? "'public'" : 'DATABASE()')) == '0' : 'Post dropped'
        assert query(url, "SELECT count(*) FROM information_schema.columns WHERE table_name = 'User' AND column_name = 'bio' AND table_schema = " +
                (provider == Provider.POSTGRESQL ? "'public'" : 'DATABASE()')) == '0' : 'User.bio dropped'
        assert query(url, 'SELECT count(*) FROM ' + quote + 'User' + quote) == '1' : 'the init migration stays, with its row'
    }
} finally {
    [pg: Provider.POSTGRESQL, my: Provider.MYSQL].each { key, provider ->
        def server = provider == Provider.POSTGRESQL ? postgresUrl : mysqlUrl
        ['', '-dry'].each { TestDatabases.drop(provider, server, props.getProperty(key + it + '-name')) }
    }
}
// no password of the test login in anything the build printed (build.log, interactive.log) or wrote (the project
// directory); test.properties is how setup.groovy hands the URLs to verify.groovy
dev.zmodel.testing.SecretScan.assertAbsent(dev.zmodel.testing.TestDatabases.LOGIN_PASSWORD, basedir.toPath(), 'test.properties')
return true
