#!/usr/bin/env bash
# What a whole-process first `mvn zenstack:db-pull` of PostgreSQL is made of, and the least it could take with the
# catalog work it has to do: the same 1,000-table SyntheticSchema database as bench/pull-whole-process.sh, plus a
# one-table database, measured interleaved run by run (wall time, bench/measure.sh):
#
#   Maven alone      mvn -q validate in the plugin's project (no goal of any plugin runs)
#   floor            mvn -q zenstack:help (Maven, this plugin's resolution and realm, its smallest goal)
#   pull, 1 table    mvn -q zenstack:db-pull of the one-table database (connecting, the catalog queries, our classes)
#   pull, N tables   mvn -q zenstack:db-pull of the N-table database
#   warm             the same two pulls on a warm JVM (bench.jar pull: first pull, median of 5 after 3 warm-ups)
#
# and prints the parts: the plugin's share of the floor, a pull's fixed part, its per-table part, and how much of
# the per-table part a warm JVM still needs (the catalog queries on the server, reading and writing); the rest is
# the cold JVM (interpreter, C1 code, class loading, the compilers on the second core).
#
#   bench/pull-bound.sh                   # TABLES=1000 RUNS=5
#   SKIP_BUILD=1 RUNS=3 bench/pull-bound.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
TABLES=${TABLES:-1000}
RUNS=${RUNS:-5}
PG=${PG:-postgresql://postgres@127.0.0.1:5432}
. "$root/bench/plugin-pom.sh"

build_plugin
mvn=$(maven_binary)

stamp=$(date +%s)_$$
big=zb_bound_${stamp}
one=zb_bound_one_${stamp}
work=$(mktemp -d)
cleanup() {
    for d in "$big" "$one"; do
        psql -q "$PG/postgres" -c "DROP DATABASE IF EXISTS $d WITH (FORCE)" >/dev/null 2>&1 || true
    done
    rm -rf "$work"
}
trap cleanup EXIT

create() {  # $1: database, $2: tables
    psql -q "$PG/postgres" -c "CREATE DATABASE $1" >/dev/null
    load_postgres "$PG/$1" "$2" "$work"
}
for spec in "$big $TABLES" "$one 1"; do
    set -- $spec
    log "creating the PostgreSQL database $1 with $2 tables"
    create "$1" "$2"
    mkdir -p "$work/$1/zenstack"
    plugin_pom "$work/$1" "bound-$1"
    printf 'datasource db {\n    provider = "postgresql"\n    url      = "%s"\n}\n' "$PG/$1" > "$work/$1/datasource.zmodel"
done

# The plugin's dependencies in the invoker's repository are recorded as coming from the ITs' repositories; a tracking
# file of another name keeps offline Maven from refusing them (as in pull-whole-process.sh).
run_mvn() {  # $1: database project; the rest: goal and arguments
    local d=$1; shift
    (cd "$work/$d" && "$measure" "$mvn" -B -q -o -Dmaven.repo.local="$repo" \
        -Daether.enhancedLocalRepository.trackingFilename=_bench.repositories "$@")
}
maven_alone() { run_mvn "$big" validate; }
floor() { run_mvn "$big" zenstack:help; }
pull_one() { cp "$work/$one/datasource.zmodel" "$work/$one/zenstack/schema.zmodel"; run_mvn "$one" zenstack:db-pull; }
pull_big() { cp "$work/$big/datasource.zmodel" "$work/$big/zenstack/schema.zmodel"; run_mvn "$big" zenstack:db-pull; }
commands="maven_alone floor pull_one pull_big"

declare -A wall
log "warm-up (each command once, not counted)"
for c in $commands; do "$c" >/dev/null; done
for i in $(seq 1 "$RUNS"); do
    log "run $i of $RUNS"
    for c in $commands; do
        read -r w _ _ < <("$c")
        wall[$c]+="$w "
    done
done
models=$(grep -c '^model ' "$work/$big/zenstack/schema.zmodel")
[ "$models" -ge "$TABLES" ] || { echo "the pull wrote $models models, expected $TABLES" >&2; exit 1; }

log "warm JVM: bench.jar pull at 1 and $TABLES tables"
export ZENSTACK_TEST_POSTGRES_URL=${ZENSTACK_TEST_POSTGRES_URL:-jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}
warm=$(java -jar bench/target/bench.jar pull --providers postgresql --sizes "1,$TABLES" --warmup 3 --iterations 5 \
    | awk -F'|' '$2 ~ /PostgreSQL/ { gsub(/ /, "", $3); gsub(/ /, "", $5); print $3, $5 }')
warm_one=$(awk '$1 == 1 { printf "%.3f", $2 / 1000 }' <<< "$warm")
warm_big=$(awk -v n="$TABLES" '$1 == n { printf "%.3f", $2 / 1000 }' <<< "$warm")

median() { printf '%s\n' $1 | sort -n | awk '{a[NR]=$1} END {printf "%.2f", (NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2}'; }
calc() { awk "BEGIN { printf \"%.2f\", $* }"; }
m_alone=$(median "${wall[maven_alone]}")
m_floor=$(median "${wall[floor]}")
m_one=$(median "${wall[pull_one]}")
m_big=$(median "${wall[pull_big]}")
per_table=$(calc "$m_big - $m_one")
warm_part=$(calc "$warm_big - $warm_one")
bound=$(calc "$m_one + $warm_part")

echo "What a first pull of $TABLES PostgreSQL tables is made of: medians of $RUNS interleaved runs (wall s), Maven" \
    "$("$mvn" -v | sed -n 's/^Apache Maven \([0-9.]*\).*/\1/p'), $(java -version 2>&1 | sed -n 1p | tr -d '"')," \
    "default JVM flags, $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end."
echo
echo "| command | median s | runs |"
echo "|---|---:|---|"
echo "| \`mvn -q validate\` (Maven alone) | $m_alone | ${wall[maven_alone]}|"
echo "| \`mvn -q zenstack:help\` (the floor) | $m_floor | ${wall[floor]}|"
echo "| \`mvn -q zenstack:db-pull\`, 1 table | $m_one | ${wall[pull_one]}|"
echo "| \`mvn -q zenstack:db-pull\`, $TABLES tables | $m_big | ${wall[pull_big]}|"
echo "| warm JVM (\`bench.jar pull\`), first pull of 1 table | $warm_one | |"
echo "| warm JVM (\`bench.jar pull\`), first pull of $TABLES tables | $warm_big | |"
echo
echo "| part | s | how |"
echo "|---|---:|---|"
echo "| Maven | $m_alone | \`validate\` |"
echo "| this plugin's resolution, realm and \`help\` goal | $(calc "$m_floor - $m_alone") | floor − Maven |"
echo "| a pull's fixed part (connecting, catalog queries on a fresh backend, the pull's classes) | $(calc "$m_one - $m_floor") | 1-table pull − floor |"
echo "| the per-table part at $TABLES tables | $per_table | $TABLES-table pull − 1-table pull |"
echo "| … of which a warm JVM needs (catalog queries, reading, generating, printing, writing) | $warm_part | warm $TABLES − warm 1 |"
echo "| … of which the cold JVM adds | $(calc "$per_table - $warm_part") | the rest |"
echo
echo "A first pull with every per-table line running as on a warm JVM: 1-table pull + the warm per-table part =" \
    "**$bound s = $(calc "$bound / $m_floor") × the floor** (measured: $m_big s = $(calc "$m_big / $m_floor") ×)."
