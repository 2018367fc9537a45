# Sourced by the whole-process benchmarks: plugin_pom <directory> <artifactId> writes <directory>/pom.xml, a project
# with only this plugin in its build (the version in $version) and no .mvn/jvm.config, as a user's project starts.
plugin_pom() {
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
      <plugin>
        <groupId>dev.zmodel</groupId>
        <artifactId>zenstack-maven-plugin</artifactId>
        <version>$version</version>
      </plugin>
    </plugins>
  </build>
</project>
POM
}
