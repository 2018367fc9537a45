# Sourced by the whole-process benchmarks: plugin_pom <directory> <artifactId> writes <directory>/pom.xml, a project
# with only this plugin in its build (the version in $version) and no .mvn/jvm.config, as a user's project starts.
# project_pom <directory> <artifactId> <plugin element> writes the same project around another plugin. build_plugin
# builds bench.jar and installs the plugin into the invoker's repository ($repo) unless SKIP_BUILD=1; maven_binary
# prints the wrapper's Maven, which the benchmarks run offline against that repository. load_postgres <url> <tables>
# <scratch directory> fills an existing PostgreSQL database with the generated schema (SyntheticSchema).
# Sourced from the repository's root ($root): sets $repo, $version (the build's) and $measure (bench/measure.sh).
repo=$root/zenstack-maven-plugin/target/local-repo
version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$root/pom.xml" | head -1)
measure=$root/bench/measure.sh
log() { printf '[bench] %s\n' "$*" >&2; }
build_plugin() {
    [ -n "${SKIP_BUILD:-}" ] && return
    log "building bench.jar and installing the plugin into $repo"
    ./mvnw -B -q -o package -pl zmodel-lib,bench -DskipTests >&2
    ./mvnw -B -q -o verify -pl .,zmodel-lib,zenstack-maven-plugin -Dtest=NoSuchTest \
        -Dsurefire.failIfNoSpecifiedTests=false -Dinvoker.test=db-pull-sqlite-new >&2
}
maven_binary() { ls -d "$HOME"/.m2/wrapper/dists/apache-maven-3.9.*/*/bin/mvn | tail -n 1; }
load_postgres() {
    local url=$1 tables=$2 scratch
    scratch=$(mktemp -d "$3/load.XXXXXX")
    java -jar bench/target/bench.jar sql postgresql "$tables" > "$scratch/schema.sql"
    # batches keep each transaction within the server's lock table (max_locks_per_transaction)
    awk -v dir="$scratch" 'BEGIN { RS = ";\n" } NF { print $0 ";" > sprintf("%s/part-%04d.sql", dir, int(n++ / 300)) }' \
        "$scratch/schema.sql"
    for part in "$scratch"/part-*.sql; do
        psql -q -v ON_ERROR_STOP=1 --single-transaction "$url" -f "$part" >/dev/null
    done
    psql -q "$url" -c ANALYZE >/dev/null
    rm -rf "$scratch"
}
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
