package dev.zmodel.maven;

import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The JDBC drivers among the project's runtime dependencies (the database goals declare
 * {@code requiresDependencyResolution = RUNTIME}, as Flyway's, Liquibase's and jOOQ's plugins do), so a driver
 * declared once in the project serves the goals too and wins over the plugin's bundled one of the same kind. The
 * class loader sees only the project's jars (its parent is the platform class loader): a project's
 * {@code postgresql} of another version is that version, not the plugin's.
 */
final class ProjectDrivers {
    private static final String SERVICE = "META-INF/services/java.sql.Driver";

    private ProjectDrivers() {}

    /** A class loader over the project's runtime dependencies when one of them is a JDBC driver, else null. */
    static URLClassLoader loader(MavenSession session, Log log) {
        MavenProject project = session == null ? null : session.getCurrentProject();
        if (project == null
                || project.getArtifacts() == null
                || project.getArtifacts().isEmpty()) {
            return null;
        }
        List<URL> urls = new ArrayList<>();
        for (Artifact a : project.getArtifacts()) {
            File file = a.getFile();
            if (file != null && a.getArtifactHandler().isAddedToClasspath() && runtime(a.getScope())) {
                try {
                    urls.add(file.toURI().toURL());
                } catch (MalformedURLException e) {
                    log.debug("zenstack: skipped " + file + " (" + e.getMessage() + ")");
                }
            }
        }
        URLClassLoader loader = new URLClassLoader(
                "zenstack-project-drivers", urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        List<String> drivers = new ArrayList<>();
        try {
            for (URL u : Collections.list(loader.findResources(SERVICE))) {
                String path = u.getPath();
                int bang = path.indexOf("!/");
                String jar = bang < 0 ? path : path.substring(0, bang);
                drivers.add(jar.substring(jar.lastIndexOf('/') + 1));
            }
        } catch (IOException e) {
            log.debug("zenstack: cannot list the project's JDBC drivers: " + e.getMessage());
        }
        if (drivers.isEmpty()) {
            close(loader);
            return null;
        }
        log.info("zenstack: JDBC driver(s) from the project's dependencies: " + String.join(", ", drivers));
        return loader;
    }

    static void close(URLClassLoader loader) {
        if (loader != null) {
            try {
                loader.close();
            } catch (IOException e) {
                // only open jar files are released; nothing to report
            }
        }
    }

    private static boolean runtime(String scope) {
        return scope == null
                || Artifact.SCOPE_COMPILE.equals(scope)
                || Artifact.SCOPE_RUNTIME.equals(scope)
                || Artifact.SCOPE_SYSTEM.equals(scope);
    }
}
