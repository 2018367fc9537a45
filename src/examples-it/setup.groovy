// Pre-build hook of every project under examples/ (execution "examples" of the invoker in
// zenstack-maven-plugin/pom.xml; the examples carry no test files of their own).
//  1. The committed pom must use the version being built (users copy it as it is) and there is a README.
//  2. A fresh, empty PostgreSQL database on the test server, passed to the build as -Dtest.database.url
//     and dropped again by verify.groovy.
import dev.zmodel.Provider
import dev.zmodel.datasource.ConnectionSettings
import dev.zmodel.datasource.Connections

// The invoker binds `basedir` to this script's directory, reached from the example: the path is
// <clone of the example>/../../../../src/examples-it (uncanonicalized), so the example is its prefix.
def suffix = '/../../../../src/examples-it'
assert basedir.path.endsWith(suffix) : "cannot tell the example from ${basedir}: the hook path in zenstack-maven-plugin/pom.xml changed?"
def project = new File(basedir.path.substring(0, basedir.path.length() - suffix.length()))
assert new File(project, 'pom.xml').isFile() : "no pom.xml in ${project}"
def example = project.name

def pom = new File(project, 'pom.xml').text
assert pom.contains("<zmodel.version>${projectVersion}</zmodel.version>") :
        "examples/${example}/pom.xml must set <zmodel.version>${projectVersion}</zmodel.version>, the version being built"
assert new File(project, 'README.md').isFile() : "examples/${example} needs a README.md with the exact commands"

def name = 'zex_' + example.replaceAll('[^A-Za-z0-9]', '_').toLowerCase() + '_' +
        UUID.randomUUID().toString().replace('-', '').substring(0, 8)
def admin = new ConnectionSettings(Provider.POSTGRESQL, postgresUrl, null, null, [])
Connections.open(admin).withCloseable { it.createStatement().execute('CREATE DATABASE "' + name + '"') }
context.database = name
context.project = project
// user properties of the example's build (-D...)
context.userProperties.put('test.database.url', postgresUrl.replaceFirst('^(jdbc:postgresql://[^/?]+)(/[^?]*)?', '$1/' + name))
return true
