# Sourced by the whole-process benchmarks: plugin_pom <directory> <artifactId> writes <directory>/pom.xml, a project
# with only this plugin in its build (the version in $version) and no .mvn/jvm.config, as a user's project starts.
# project_pom <directory> <artifactId> <plugin element> writes the same project around another plugin. build_plugin
# builds bench.jar and installs the plugin into the invoker's repository ($repo) unless SKIP_BUILD=1; maven_binary
# prints the wrapper's Maven, which the benchmarks run offline against that repository.
log() { printf '[bench] %s\n' "$*" >&2; }
build_plugin() {
    [ -n "${SKIP_BUILD:-}" ] && return
    log "building bench.jar and installing the plugin into $repo"
    ./mvnw -B -q -o package -pl zmodel-lib,bench -DskipTests >&2
    ./mvnw -B -q -o verify -pl .,zmodel-lib,zenstack-maven-plugin -Dtest=NoSuchTest \
        -Dsurefire.failIfNoSpecifiedTests=false -Dinvoker.test=db-pull-sqlite-new >&2
}
maven_binary() { ls -d "$HOME"/.m2/wrapper/dists/apache-maven-3.9.*/*/bin/mvn | tail -n 1; }
project_pom() {
    mkdir -p "$1"
    cat > "$1/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>$2</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <build>
    <plugins>
$3
    </plugins>
  </build>
</project>
POM
}
plugin_pom() {
    project_pom "$1" "$2" "      <plugin>
        <groupId>dev.zmodel</groupId>
        <artifactId>zenstack-maven-plugin</artifactId>
        <version>$version</version>
      </plugin>"
}
