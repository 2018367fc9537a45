import java.util.concurrent.TimeUnit

// settings.xml as the README tells users to write it, plus the repository that holds the plugin under test
def mvn = new File(System.getProperty('maven.home'), 'bin/mvn').absolutePath
def userRepo = new File(System.getProperty('maven.repo.local') ?: System.getProperty('user.home') + '/.m2/repository')
def settings = new File(basedir, 'plugin-group-settings.xml')
settings.text = """<settings><pluginGroups><pluginGroup>dev.zmodel</pluginGroup></pluginGroups>
<profiles><profile><id>it-repo</id><activation><activeByDefault>true</activeByDefault></activation>
<repositories><repository><id>local.central</id><url>${userRepo.toURI()}</url></repository></repositories>
<pluginRepositories><pluginRepository><id>local.central</id><url>${userRepo.toURI()}</url></pluginRepository></pluginRepositories>
</profile></profiles></settings>"""

def dir = new File(basedir, 'new-project')
dir.mkdirs()
def process = new ProcessBuilder(mvn, '-B', '-o', '-Dstyle.color=never', '-s', settings.absolutePath,
        '-Dmaven.repo.local=' + localRepositoryPath.absolutePath, 'zenstack:init')
        .directory(dir).redirectErrorStream(true).start()
def out = new StringBuffer()
def pump = Thread.start { process.inputStream.withReader('UTF-8') { r -> int c; while ((c = r.read()) != -1) { out.append((char) c) } } }
assert process.waitFor(180, TimeUnit.SECONDS) : 'Maven did not finish:\n' + out
pump.join(10_000)
def text = out.toString()
new File(basedir, 'init.log').text = text

assert process.exitValue() == 0 : text
assert text.contains('zenstack:' + projectVersion + ':init (default-cli) @ standalone-pom') : text
def schema = new File(dir, 'zenstack/schema.zmodel')
assert schema.isFile() : 'the schema belongs in the current directory:\n' + text
assert schema.text.contains('provider = "sqlite"')
assert !new File(dir, '${project.basedir}').exists() : 'an unresolved ${project.basedir} became a directory'
// no password of the test login in anything the build printed (build.log) or wrote (the project directory)
dev.zmodel.testing.SecretScan.assertAbsent(dev.zmodel.testing.TestDatabases.LOGIN_PASSWORD, basedir.toPath())
return true
