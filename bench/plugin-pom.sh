# Sourced by the whole-process benchmarks: plugin_pom <directory> <artifactId> writes <directory>/pom.xml, a project
# with only this plugin in its build (the version in $version) and no .mvn/jvm.config, as a user's project starts.
# project_pom <directory> <artifactId> <plugin element> writes the same project around another plugin.
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
