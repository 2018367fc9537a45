import java.util.concurrent.TimeUnit

// Runs a command in the project directory; returns [exit code, output].
def exec = { List words ->
    def process = new ProcessBuilder(words.collect { it.toString() }).directory(basedir).redirectErrorStream(true).start()
    def text = process.inputStream.getText('UTF-8')
    assert process.waitFor(300, TimeUnit.SECONDS) : 'did not finish: ' + words + '\n' + text
    new File(basedir, 'commands.log') << '$ ' + words.join(' ') + '\n' + text
    return [process.exitValue(), text]
}
def git = { String... args ->
    def (code, text) = exec(['git', '-c', 'user.name=IT', '-c', 'user.email=it@example.com', '-c', 'init.defaultBranch=main',
                             '-c', 'core.autocrlf=false'] + (args as List))
    assert code == 0 : 'git ' + args.join(' ') + ':\n' + text
    return text
}
def mvn = new File(System.getProperty('maven.home'), 'bin/mvn').absolutePath
def plugin = "dev.zmodel:zenstack-maven-plugin:${projectVersion}"
def settings = new File(basedir, 'local-settings.xml')
def userRepo = new File(System.getProperty('maven.repo.local') ?: System.getProperty('user.home') + '/.m2/repository')
settings.text = """<settings><profiles><profile><id>it-repo</id><activation><activeByDefault>true</activeByDefault></activation>
<repositories><repository><id>local.central</id><url>${userRepo.toURI()}</url></repository></repositories>
<pluginRepositories><pluginRepository><id>local.central</id><url>${userRepo.toURI()}</url></pluginRepository></pluginRepositories>
</profile></profiles></settings>"""
def maven = { String goal, String... args ->
    exec([mvn, '-B', '-o', '-Dstyle.color=never', '-s', settings.absolutePath,
          '-Dmaven.repo.local=' + localRepositoryPath.absolutePath, "${plugin}:${goal}"] + (args as List))
}
def schema = new File(basedir, 'zenstack/schema.zmodel')
def master = new File(basedir, 'zenstack/migrations/changelog.xml')
def folders = { new File(basedir, 'zenstack/migrations').listFiles().findAll { it.isDirectory() }*.name.sort() }

// main: the init migration, committed (each developer has a development database of their own)
new File(basedir, '.gitignore').text = '*.db\n*.log\ntarget/\nlocal-settings.xml\n'
git('init', '-q')
def (code, text) = maven('migrate-dev', '-Dzenstack.name=init', '-Dzenstack.url=file:./main.db')
assert code == 0 : text
git('add', '-A')
git('commit', '-q', '-m', 'init')
def initialMaster = master.text

// branch a: a Tag model at the top, migration add_tags
git('checkout', '-q', '-b', 'a')
schema.text = schema.text.replace('model User {', 'model Tag {\n    id   Int    @id @default(autoincrement())\n    name String\n}\n\nmodel User {')
(code, text) = maven('migrate-dev', '-Dzenstack.name=add_tags', '-Dzenstack.url=file:./a.db')
assert code == 0 : text
git('add', '-A')
git('commit', '-q', '-m', 'add tags')
Thread.sleep(1100) // the other developer's migration is written later: a newer timestamp

// branch b (from main): a Post model at the end, migration add_posts, applied to b's database
git('checkout', '-q', 'main')
git('checkout', '-q', '-b', 'b')
schema.text = schema.text + '\nmodel Post {\n    id    Int    @id @default(autoincrement())\n    title String\n}\n'
(code, text) = maven('migrate-dev', '-Dzenstack.name=add_posts', '-Dzenstack.url=file:./b.db')
assert code == 0 : text
git('add', '-A')
git('commit', '-q', '-m', 'add posts')

// merge both into main: no conflict, and changelog.xml is the file init wrote
git('checkout', '-q', 'main')
git('merge', '-q', '--no-edit', 'a')
(code, text) = exec(['git', '-c', 'user.name=IT', '-c', 'user.email=it@example.com', 'merge', '--no-edit', 'b'])
assert code == 0 : 'the branches conflict:\n' + text
assert !text.contains('CONFLICT') : text
assert git('status', '--porcelain').isBlank()
assert master.text == initialMaster
assert git('log', '--format=%s', '--', 'zenstack/migrations/changelog.xml').trim() == 'init' : 'only init touched the master'
def all = folders()
assert all.size() == 3 && all[0].endsWith('_init') && all[1].endsWith('_add_tags') && all[2].endsWith('_add_posts') : all

// a fresh database gets all three, in timestamp order
(code, text) = maven('migrate-deploy', '-Dzenstack.url=file:./prod.db')
assert code == 0 : text
assert text.indexOf("Applied migration ${all[0]}") < text.indexOf("Applied migration ${all[1]}") : text
assert text.indexOf("Applied migration ${all[1]}") < text.indexOf("Applied migration ${all[2]}") : text
assert text.contains('Applied 3 migration(s) to ') : text

// b's database has init and add_posts: add_tags is older than add_posts, i.e. out of order
(code, text) = maven('migrate-status', '-Dzenstack.url=file:./b.db')
assert code == 0 : text
assert text.contains("[WARNING]   ${all[1]} (pending, out of order)") : text
assert text.contains("Out of order: pending migration(s) ${all[1]}, older than the applied ${all[2]}. migrate-deploy applies them only with -Dzenstack.outOfOrder=true (they then run after the newer ones).") : text
(code, text) = maven('migrate-deploy', '-Dzenstack.url=file:./b.db')
assert code != 0 : text
assert text.contains("migrate-deploy stopped before applying anything: pending migration(s) ${all[1]}, older than the applied ${all[2]} of ") : text
assert text.contains('apply them with mvn zenstack:migrate-deploy -Dzenstack.outOfOrder=true;') : text
assert !text.contains("Applied migration ${all[1]}") : text
(code, text) = maven('migrate-deploy', '-Dzenstack.url=file:./b.db', '-Dzenstack.outOfOrder=true')
assert code == 0 : text
assert text.contains("Applying out of order (-Dzenstack.outOfOrder=true): ${all[1]}, older than the applied ${all[2]}.") : text
assert text.contains("Applied migration ${all[1]}") : text
(code, text) = maven('migrate-status', '-Dzenstack.url=file:./b.db', '-Dzenstack.failOnPending=true')
assert code == 0 && text.contains('Database schema is up to date.') : text
return true
