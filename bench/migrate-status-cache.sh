#!/usr/bin/env bash
# Whole-process timings of the CI checks on a big project with the replay cache warm and off: the SyntheticSchema
# PostgreSQL database (default 1,000 tables) is pulled into a project, whose `migrate-dev -Dzenstack.name=init`
# writes and applies one migration of every table (and fills the replay cache). Timed, run by run interleaved:
#   - `mvn zenstack:migrate-status -Dzenstack.checkDrift`, replay cache warm (the default), and with
#     `-Dzenstack.replayCache=false` (replays the migration on a shadow database, as before the cache served it);
#   - `mvn zenstack:migrate-diff -Dzenstack.exitCode` (migrations directory against the schema file), the same two ways;
#   - `mvn zenstack:migrate-dev`, nothing changed, replay cache warm, for comparison.
# Prints a Markdown table of the median, min and every run, in seconds.
#
#   bench/migrate-status-cache.sh                  # 1,000 tables, 3 runs each
#   TABLES=100 RUNS=5 SKIP_BUILD=1 bench/migrate-status-cache.sh
#
# Needs what bench/migrate-dev-noop.sh needs (PostgreSQL at 127.0.0.1:5432, psql; builds bench.jar and installs the
# plugin into zenstack-maven-plugin/target/local-repo unless SKIP_BUILD is set).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
TABLES=${TABLES:-1000}
RUNS=${RUNS:-3}
PG=${PG:-postgresql://postgres@127.0.0.1:5432}
JDBC=${JDBC:-jdbc:postgresql://127.0.0.1:5432}
JDBC_USER=${JDBC_USER:-postgres}
repo=$root/zenstack-maven-plugin/target/local-repo
version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)

log() { printf '[bench] %s\n' "$*" >&2; }

if [ -z "${SKIP_BUILD:-}" ]; then
    log "building bench.jar and installing the plugin into $repo"
    ./mvnw -B -q -o package -pl zmodel-lib,bench -DskipTests >&2
    ./mvnw -B -q -o verify -pl zmodel-lib,zenstack-maven-plugin -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false \
        -Dinvoker.test=db-pull-sqlite-new >&2
fi
mvn=$(ls -d "$HOME"/.m2/wrapper/dists/apache-maven-3.9.*/*/bin/mvn | tail -n 1)

stamp=$(date +%s)_$$
src=zb_mstat_src_$stamp  # the generated schema, pulled from
dev=zb_mstat_dev_$stamp  # the development database
work=$(mktemp -d)
psql_admin() { psql -q "$PG/postgres" -c "$1" >/dev/null; }
fresh() { psql_admin "DROP DATABASE IF EXISTS $1 WITH (FORCE)"; psql_admin "CREATE DATABASE $1"; }
cleanup() {
    for d in "$src" "$dev"; do psql_admin "DROP DATABASE IF EXISTS $d WITH (FORCE)" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

log "creating $src with $TABLES tables"
fresh "$src"
java -jar bench/target/bench.jar sql postgresql "$TABLES" > "$work/schema.sql"
# batches keep each transaction within the server's lock table (max_locks_per_transaction)
awk -v dir="$work" 'BEGIN { RS = ";\n" } NF { print $0 ";" > sprintf("%s/part-%04d.sql", dir, int(n++ / 300)) }' "$work/schema.sql"
for part in "$work"/part-*.sql; do psql -q -v ON_ERROR_STOP=1 --single-transaction "$PG/$src" -f "$part" >/dev/null; done
psql -q "$PG/$src" -c ANALYZE >/dev/null

project() {  # $1: directory, $2: database of its datasource
    mkdir -p "$1/zenstack"
    cat > "$1/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>migrate-dev</artifactId>
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
    printf 'datasource db {\n    provider = "postgresql"\n    url      = "%s"\n}\n' "$PG/$2" > "$1/zenstack/schema.zmodel"
}
pull=$work/pull
app=$work/app
project "$pull" "$src"
project "$app" "$dev"
datasource=$(cat "$pull/zenstack/schema.zmodel")

seconds() { local start=$1 end; end=$(date +%s%N); echo "scale=2; ($end - $start) / 1000000000" | bc; }
timed() {  # $1: project directory, then the goal and its flags; prints the seconds
    local dir=$1; shift
    local start; start=$(date +%s%N)
    (cd "$dir" && "$mvn" -B -q -o -Dmaven.repo.local="$repo" -Daether.enhancedLocalRepository.trackingFilename=_bench.repositories "$@") >&2
    seconds "$start"
}
db_pull() { printf '%s\n' "$datasource" > "$pull/zenstack/schema.zmodel"; timed "$pull" zenstack:db-pull; }

log "pulling the schema into the project"
db_pull >/dev/null
sed '1,/^}/d' "$pull/zenstack/schema.zmodel" >> "$app/zenstack/schema.zmodel"
models=$(grep -c '^model ' "$app/zenstack/schema.zmodel")
log "migrate-dev -Dzenstack.name=init"
fresh "$dev"; rm -rf "$app/zenstack/migrations" "$app/target"
timed "$app" zenstack:migrate-dev -Dzenstack.name=init >/dev/null
changesets=$(psql -Atq "$PG/$dev" -c 'SELECT count(*) FROM databasechangelog')

log "warm-up (one run each, not counted)"
timed "$app" zenstack:migrate-status -Dzenstack.checkDrift >/dev/null
timed "$app" zenstack:migrate-diff -Dzenstack.exitCode >/dev/null
declare -a status_warm status_cold diff_warm diff_cold dev_warm
for i in $(seq 1 "$RUNS"); do
    log "run $i of $RUNS"
    status_warm+=("$(timed "$app" zenstack:migrate-status -Dzenstack.checkDrift)")
    status_cold+=("$(timed "$app" zenstack:migrate-status -Dzenstack.checkDrift -Dzenstack.replayCache=false)")
    diff_warm+=("$(timed "$app" zenstack:migrate-diff -Dzenstack.exitCode)")
    diff_cold+=("$(timed "$app" zenstack:migrate-diff -Dzenstack.exitCode -Dzenstack.replayCache=false)")
    dev_warm+=("$(timed "$app" zenstack:migrate-dev)")
done

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.2f", m}'; }
minimum() { printf '%s\n' "$@" | sort -n | head -1; }
row() { local label=$1; shift; echo "| $label | $(median "$@") | $(minimum "$@") | $* |"; }
echo "Whole process, $TABLES-table PostgreSQL database ($(psql -Atq "$PG/$src" -c 'show server_version')), $models models, init = $changesets changesets; $RUNS runs each, interleaved; $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end."
echo
echo "| command | median s | min s | runs (s) |"
echo "|---|---:|---:|---|"
row "\`mvn zenstack:migrate-status -Dzenstack.checkDrift\`, replay cache warm" "${status_warm[@]}"
row "\`mvn zenstack:migrate-status -Dzenstack.checkDrift -Dzenstack.replayCache=false\`" "${status_cold[@]}"
row "\`mvn zenstack:migrate-diff -Dzenstack.exitCode\`, replay cache warm" "${diff_warm[@]}"
row "\`mvn zenstack:migrate-diff -Dzenstack.exitCode -Dzenstack.replayCache=false\`" "${diff_cold[@]}"
row "\`mvn zenstack:migrate-dev\`, nothing changed, replay cache warm" "${dev_warm[@]}"
