# Sourced by the PostgreSQL migration benchmarks (migrate-dev-noop.sh, migrate-status-cache.sh): settings, the
# plugin build (unless SKIP_BUILD=1), the generated source database ($src, TABLES tables), a development database
# name ($dev), two plugin-only projects ($pull on $src, $app on $dev), `timed`, and the schema pulled into $app.
# The caller sets BENCH_PREFIX (database names) and may add databases to drop at exit to `databases`.
cd "$(dirname "$0")/.."
root=$(pwd)
TABLES=${TABLES:-1000}
RUNS=${RUNS:-3}
PG=${PG:-postgresql://postgres@127.0.0.1:5432}
JDBC=${JDBC:-jdbc:postgresql://127.0.0.1:5432}
JDBC_USER=${JDBC_USER:-postgres}
. "$root/bench/plugin-pom.sh"

build_plugin
mvn=$(maven_binary)

stamp=$(date +%s)_$$
src=${BENCH_PREFIX}_src_$stamp  # the generated schema: pulled from, and db-pull's database
dev=${BENCH_PREFIX}_dev_$stamp  # the development database
databases=("$src" "$dev")      # dropped at exit; a script adds its own
work=$(mktemp -d)
psql_admin() { psql -q "$PG/postgres" -c "$1" >/dev/null; }
fresh() { psql_admin "DROP DATABASE IF EXISTS $1 WITH (FORCE)"; psql_admin "CREATE DATABASE $1"; }
cleanup() {
    for d in "${databases[@]}"; do psql_admin "DROP DATABASE IF EXISTS $d WITH (FORCE)" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

log "creating $src with $TABLES tables"
fresh "$src"
load_postgres "$PG/$src" "$TABLES" "$work"

project() {  # $1: directory, $2: database of its datasource
    mkdir -p "$1/zenstack"
    plugin_pom "$1" "migrate-dev"
    printf 'datasource db {\n    provider = "postgresql"\n    url      = "%s"\n}\n' "$PG/$2" > "$1/zenstack/schema.zmodel"
}
pull=$work/pull
app=$work/app
project "$pull" "$src"
project "$app" "$dev"
datasource=$(cat "$pull/zenstack/schema.zmodel")

seconds() { local start=$1 end; end=$(date +%s%N); echo "scale=2; ($end - $start) / 1000000000" | bc; }
# Before every timed command: the server writes out what earlier commands left in its buffers (dropping and
# creating thousand-table databases, unsynchronised commits) and the OS flushes its page cache, so that no command
# pays for the disk writes of the one before it.
settle() { psql_admin CHECKPOINT; sync; }
timed() {  # $1: project directory, then the goal and its flags; prints the seconds
    local dir=$1; shift
    settle
    local start; start=$(date +%s%N)
    (cd "$dir" && "$mvn" -B -q -o -Dmaven.repo.local="$repo" -Daether.enhancedLocalRepository.trackingFilename=_bench.repositories "$@") >&2
    seconds "$start"
}
db_pull() { printf '%s\n' "$datasource" > "$pull/zenstack/schema.zmodel"; timed "$pull" zenstack:db-pull; }

log "pulling the schema into the project"
db_pull >/dev/null
sed '1,/^}/d' "$pull/zenstack/schema.zmodel" >> "$app/zenstack/schema.zmodel"
models=$(grep -c '^model ' "$app/zenstack/schema.zmodel")

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.2f", m}'; }
minimum() { printf '%s\n' "$@" | sort -n | head -1; }
row() { local label=$1; shift; echo "| $label | $(median "$@") | $(minimum "$@") | $* |"; }
