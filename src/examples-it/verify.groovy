// Post-build hook of every project under examples/: an example with tests must have run some (a build that
// silently runs none proves nothing); the database of setup.groovy is dropped in any case.
import dev.zmodel.Provider
import dev.zmodel.datasource.ConnectionSettings
import dev.zmodel.datasource.Connections

try {
    def project = context.project
    if (project == null || context.database == null) {
        return true   // setup.groovy failed and said why; there was no build to check
    }
    def log = new File(project, 'build.log').text
    if (new File(project, 'src/test').isDirectory()) {
        assert log =~ /(?m)Tests run: [1-9]\d*, Failures: 0, Errors: 0, Skipped: 0$/ :
                "examples/${project.name} ran no tests"
    }
} finally {
    if (context.database) {
        def admin = new ConnectionSettings(Provider.POSTGRESQL, postgresUrl, null, null, [])
        Connections.open(admin).withCloseable {
            it.createStatement().execute('DROP DATABASE IF EXISTS "' + context.database + '" WITH (FORCE)')
        }
    }
}
return true
