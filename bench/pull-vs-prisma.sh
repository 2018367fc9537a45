#!/usr/bin/env bash
# Whole-process comparison, as a user runs it: `mvn zenstack:db-pull` against Prisma 6's `prisma db pull` on the
# same generated PostgreSQL database (SyntheticSchema, default 1,000 tables), interleaved run by run so both see
# the same machine load. Prints a Markdown table of the median, min and every run, in seconds.
#
#   bench/pull-vs-prisma.sh                 # 1,000 tables, 5 runs each
#   TABLES=100 RUNS=3 bench/pull-vs-prisma.sh
#
# Needs: the PostgreSQL server of ZENSTACK_TEST_POSTGRES_URL's host (default postgres@127.0.0.1:5432, psql on
# the PATH), Prisma 6 from the reference tools (REFERENCE_TOOLS, default /work/shared/tools/reference-tools;
# install with its setup.sh prisma6). Builds bench.jar and installs the plugin into the invoker's repository
# (zenstack-maven-plugin/target/local-repo) with one IT, then runs Maven offline against that repository.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
TABLES=${TABLES:-1000}
RUNS=${RUNS:-5}
PG=${PG:-postgresql://postgres@127.0.0.1:5432}
REFERENCE_TOOLS=${REFERENCE_TOOLS:-/work/shared/tools/reference-tools}
repo=$root/zenstack-maven-plugin/target/local-repo
version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)

log() { printf '[bench] %s\n' "$*" >&2; }

log "building bench.jar and installing the plugin into $repo"
./mvnw -B -q -o package -pl zmodel-lib,bench -DskipTests >&2
./mvnw -B -q -o verify -pl zmodel-lib,zenstack-maven-plugin -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dinvoker.test=db-pull-sqlite-new >&2
mvn=$(ls -d "$HOME"/.m2/wrapper/dists/apache-maven-3.9.*/*/bin/mvn | tail -n 1)

db=zb_pull_$(date +%s)_$$
work=$(mktemp -d)
cleanup() { psql -q "$PG/postgres" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT

log "creating $db with $TABLES tables"
psql -q "$PG/postgres" -c "CREATE DATABASE $db" >/dev/null
java -jar bench/target/bench.jar sql postgresql "$TABLES" > "$work/schema.sql"
# batches keep each transaction within the server's lock table (max_locks_per_transaction)
awk -v dir="$work" 'BEGIN { RS = ";\n" } NF { print $0 ";" > sprintf("%s/part-%04d.sql", dir, int(n++ / 300)) }' "$work/schema.sql"
for part in "$work"/part-*.sql; do psql -q -v ON_ERROR_STOP=1 --single-transaction "$PG/$db" -f "$part" >/dev/null; done
psql -q "$PG/$db" -c ANALYZE >/dev/null

mkdir -p "$work/project/zenstack"
cat > "$work/project/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>pull</artifactId>
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
datasource=$(printf 'datasource db {\n    provider = "postgresql"\n    url      = "%s"\n}\n' "$PG/$db")

seconds() { local start=$1 end; end=$(date +%s%N); echo "scale=2; ($end - $start) / 1000000000" | bc; }
ours() {  # $1: first (datasource-only schema) or again (the pulled schema)
    [ "$1" = first ] && printf '%s' "$datasource" > "$work/project/zenstack/schema.zmodel"
    local start; start=$(date +%s%N)
    (cd "$work/project" && MAVEN_OPTS="${OUR_MAVEN_OPTS:-}" "$mvn" -B -q -o -Dmaven.repo.local="$repo" zenstack:db-pull) >&2
    seconds "$start"
}
prisma() {
    local start; start=$(date +%s%N)
    "$REFERENCE_TOOLS/pull.sh" prisma6 "$PG/$db" "$work/prisma" >/dev/null
    seconds "$start"
}

log "warm-up (one run each, not counted)"
ours first >/dev/null; prisma >/dev/null
declare -a first again theirs
for i in $(seq 1 "$RUNS"); do
    log "run $i of $RUNS"
    first+=("$(ours first)")
    again+=("$(ours again)")
    theirs+=("$(prisma)")
done
models=$(grep -c '^model ' "$work/project/zenstack/schema.zmodel")
prisma_models=$(grep -c '^model ' "$work/prisma/schema.prisma")

stats() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.2f | %.2f", m, a[1]}'; }
echo "Whole process, $TABLES-table PostgreSQL database ($(psql -Atq "$PG/$db" -c 'show server_version')), $RUNS runs each, interleaved; $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end."
echo
echo "| command | models written | median s | min s | runs (s) |"
echo "|---|---:|---:|---:|---|"
echo "| \`mvn zenstack:db-pull\`, first pull (datasource-only schema) | $models | $(stats "${first[@]}") | ${first[*]} |"
echo "| \`mvn zenstack:db-pull\`, re-pull (merge into the pulled schema) | $models | $(stats "${again[@]}") | ${again[*]} |"
echo "| Prisma 6 \`prisma db pull\` | $prisma_models | $(stats "${theirs[@]}") | ${theirs[*]} |"
