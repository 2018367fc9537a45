#!/usr/bin/env bash
# Two builds of the library side by side in whole Maven processes: the plugin's copy of zmodel-lib in the invoker's
# repository is swapped for jar A, then jar B, run by run, and one goal of the plugin runs each time in a project
# against the same generated PostgreSQL database (SyntheticSchema, default 1,000 tables). Interleaving puts both jars
# under the same machine load; the medians of wall time, CPU time (user + sys) and peak RSS are printed as Markdown,
# with every run. The installed jar is put back at exit.
#
#   bench/library-ab.sh A.jar B.jar zenstack:validate                  # the schema pulled once, then kept
#   SCHEMA=fresh bench/library-ab.sh A.jar B.jar zenstack:db-pull      # a first pull each run (datasource only)
#   RUNS=12 TABLES=1000 SCHEMA=pulled bench/library-ab.sh A.jar B.jar zenstack:db-pull   # a re-pull each run
#
# A jar is a packaged zmodel-lib (`./mvnw -q package -pl zmodel-lib -DskipTests`, then copy
# zmodel-lib/target/zmodel-lib-*.jar aside before changing the code). SCHEMA=pulled (default) pulls the database once
# with jar B before the runs and leaves that schema in place, so validate, format, migrate and re-pull goals read a
# schema of every table; SCHEMA=fresh resets the schema to its datasource block before every run.
# Needs: PostgreSQL (PG, default postgresql://postgres@127.0.0.1:5432; psql). Installs the plugin as
# bench/pull-whole-process.sh does (SKIP_BUILD=1 reuses it).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
[ $# -ge 3 ] || { sed -n '2,17p' "$0" >&2; exit 2; }
jar_a=$(realpath "$1") jar_b=$(realpath "$2"); shift 2
TABLES=${TABLES:-1000}
RUNS=${RUNS:-8}
SCHEMA=${SCHEMA:-pulled}
PG=${PG:-postgresql://postgres@127.0.0.1:5432}
. "$root/bench/plugin-pom.sh"

build_plugin
mvn=$(maven_binary)
installed=$repo/dev/zmodel/zmodel-lib/$version/zmodel-lib-$version.jar
[ -f "$installed" ] || { log "no zmodel-lib in $repo: run without SKIP_BUILD"; exit 1; }

db=zb_ab_$(date +%s)_$$
work=$(mktemp -d)
cp "$installed" "$work/installed.jar"
cleanup() {
    cp "$work/installed.jar" "$installed"
    psql -q "$PG/postgres" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

log "creating the postgresql database $db with $TABLES tables"
psql -q "$PG/postgres" -c "CREATE DATABASE $db" >/dev/null
load_postgres "$PG/$db" "$TABLES" "$work"
mkdir -p "$work/project/zenstack"
plugin_pom "$work/project" library-ab
printf 'datasource db {\n    provider = "postgresql"\n    url      = "%s"\n}\n' "$PG/$db" > "$work/datasource.zmodel"
cp "$work/datasource.zmodel" "$work/project/zenstack/schema.zmodel"

# The plugin's dependencies in the invoker's repository are recorded as coming from the ITs' repositories: a
# tracking file of another name keeps offline Maven from refusing them (as in pull-whole-process.sh).
run_goal() {  # $1: jar, the rest: goal and arguments; prints "wall cpu rss"
    cp "$1" "$installed"
    shift
    [ "$SCHEMA" = fresh ] && cp "$work/datasource.zmodel" "$work/project/zenstack/schema.zmodel"
    (cd "$work/project" && "$measure" "$mvn" -B -q -o -Dmaven.repo.local="$repo" \
        -Daether.enhancedLocalRepository.trackingFilename=_bench.repositories "$@")
}
if [ "$SCHEMA" = pulled ]; then
    log "pulling the database once with B"
    run_goal "$jar_b" zenstack:db-pull >/dev/null
fi

declare -A wall cpu rss
log "warm-up (each jar once, not counted)"
run_goal "$jar_a" "$@" >/dev/null
run_goal "$jar_b" "$@" >/dev/null
for i in $(seq 1 "$RUNS"); do
    log "run $i of $RUNS"
    for v in A B; do
        jar=$jar_a
        [ "$v" = B ] && jar=$jar_b
        read -r w c r < <(run_goal "$jar" "$@")
        wall[$v]+="$w " cpu[$v]+="$c " rss[$v]+="$r "
    done
done

median() {  # $1: values, $2: printf format
    printf '%s\n' $1 | sort -n | awk -v f="$2" '{a[NR]=$1} END {printf f, (NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2}'
}
echo "\`mvn -q $*\`, $TABLES-table PostgreSQL database (SCHEMA=$SCHEMA), $RUNS interleaved runs per jar; A = $(basename "$jar_a"), B = $(basename "$jar_b"); $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end."
echo
echo "| jar | median wall s | median CPU s | median peak RSS MiB | wall, runs |"
echo "|---|---:|---:|---:|---|"
for v in A B; do
    echo "| $v | $(median "${wall[$v]}" %.3f) | $(median "${cpu[$v]}" %.3f) | $(median "${rss[$v]}" %.0f) | ${wall[$v]% } |"
done
