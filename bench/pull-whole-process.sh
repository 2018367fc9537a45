#!/usr/bin/env bash
# Whole-process db pull, as a user runs it, against what each database offers to compare with, on the same
# generated database (SyntheticSchema, default 1,000 tables), interleaved run by run so every command sees the same
# machine load. For every command: wall time, CPU time (user + sys of the process tree) and peak RSS (sum of VmRSS
# over the process tree, sampled every 20 ms by bench/measure.sh). Prints one Markdown table per measure and one of
# ratios, both sides of every ratio from this run; then (SCALE_SIZES) the in-JVM scale curve of pull and diff.
#
#   bench/pull-whole-process.sh                               # 1,000 tables, 5 runs, postgresql mysql sqlite
#   TABLES=100 RUNS=3 PROVIDERS="postgresql sqlite" SCALE_SIZES= bench/pull-whole-process.sh
#
# Commands (each run: every command once, in this order):
#   floor        mvn -q zenstack:help in the same project: the cost of any goal of this plugin (JVM, Maven, plugin)
#   first pull   mvn -q zenstack:db-pull into a schema with only a datasource block (default JVM flags)
#   re-pull      mvn -q zenstack:db-pull into the schema the first pull wrote (merge)
#   tuned        the first pull with MAVEN_OPTS=$TUNED_OPTS (what a project may put in .mvn/jvm.config); TUNED_OPTS=
#                (empty) leaves it out
#   PostgreSQL:  Prisma 6 `prisma db pull` (reference tools' pull.sh prisma6) and pg_dump --schema-only
#   MariaDB:     mariadb-dump --no-data (Prisma 6's engine cannot introspect MariaDB)
#   SQLite:      Prisma 6 `prisma db pull` and sqlite3 <file> .schema
#
# Needs: PostgreSQL (PG, default postgresql://postgres@127.0.0.1:5432; psql, pg_dump), MariaDB (MARIADB_HOST/PORT/
# USER, default root@127.0.0.1:3306 without password; mariadb, mariadb-dump), sqlite3, Prisma 6 from the reference
# tools (REFERENCE_TOOLS, default /work/shared/tools/reference-tools; install with its setup.sh prisma6).
# Builds bench.jar and installs the plugin into the invoker's repository (zenstack-maven-plugin/target/local-repo)
# with one IT, then runs Maven offline against that repository. SKIP_BUILD=1 reuses both.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
TABLES=${TABLES:-1000}
RUNS=${RUNS:-5}
PROVIDERS=${PROVIDERS:-postgresql mysql sqlite}
TUNED_OPTS=${TUNED_OPTS--XX:TieredStopAtLevel=1 -XX:+UseSerialGC}
SCALE_SIZES=${SCALE_SIZES-100,1000,10000}
SCALE_PROVIDERS=${SCALE_PROVIDERS:-postgresql,sqlite,mysql}
PG=${PG:-postgresql://postgres@127.0.0.1:5432}
MARIADB_HOST=${MARIADB_HOST:-127.0.0.1}
MARIADB_PORT=${MARIADB_PORT:-3306}
MARIADB_USER=${MARIADB_USER:-root}
REFERENCE_TOOLS=${REFERENCE_TOOLS:-/work/shared/tools/reference-tools}
. "$root/bench/plugin-pom.sh"

build_plugin
mvn=$(maven_binary)

db=zb_pull_$(date +%s)_$$
work=$(mktemp -d)
maria() { mariadb -h "$MARIADB_HOST" -P "$MARIADB_PORT" -u "$MARIADB_USER" "$@"; }
cleanup() {
    case " $PROVIDERS " in *" postgresql "*)
        psql -q "$PG/postgres" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true ;;
    esac
    case " $PROVIDERS " in *" mysql "*) maria -e "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true ;; esac
    rm -rf "$work"
}
trap cleanup EXIT

# --- databases and projects ------------------------------------------------------------------------------------
create() {  # $1: provider; prints the ZModel datasource url
    local p=$1
    case $p in
        postgresql)
            psql -q "$PG/postgres" -c "CREATE DATABASE $db" >/dev/null
            load_postgres "$PG/$db" "$TABLES" "$work"
            echo "$PG/$db" ;;
        mysql)
            maria -e "CREATE DATABASE $db"
            { echo "SET FOREIGN_KEY_CHECKS = 0;"; java -jar bench/target/bench.jar sql mysql "$TABLES"; } | maria "$db"
            echo "mysql://$MARIADB_USER@$MARIADB_HOST:$MARIADB_PORT/$db" ;;
        sqlite)
            java -jar bench/target/bench.jar sql sqlite "$TABLES" | sqlite3 "$work/$db.db"
            echo "file:$work/$db.db" ;;
    esac
}

declare -A url
for p in $PROVIDERS; do
    log "creating the $p database $db with $TABLES tables"
    url[$p]=$(create "$p")
    mkdir -p "$work/$p/zenstack"
    plugin_pom "$work/$p" "pull-$p"
    printf 'datasource db {\n    provider = "%s"\n    url      = "%s"\n}\n' "$p" "${url[$p]}" > "$work/$p/datasource.zmodel"
done

# --- commands --------------------------------------------------------------------------------------------------
# each prints "wall cpu rss" (seconds, seconds, MiB)
# The plugin's dependencies in the invoker's repository are recorded as coming from the ITs' repositories; offline, a
# plain project would refuse them ("not available from central") unless their origin is not checked: a tracking file
# of another name, as migrate-project.sh does.
run_mvn() {  # $1: provider; $2: MAVEN_OPTS; the rest: goal and arguments
    local p=$1 opts=$2; shift 2
    (cd "$work/$p" && MAVEN_OPTS="$opts" "$measure" "$mvn" -B -q -o -Dmaven.repo.local="$repo" \
        -Daether.enhancedLocalRepository.trackingFilename=_bench.repositories "$@")
}
floor() { run_mvn "$1" "" zenstack:help; }
first() { cp "$work/$1/datasource.zmodel" "$work/$1/zenstack/schema.zmodel"; run_mvn "$1" "" zenstack:db-pull; }
again() { run_mvn "$1" "" zenstack:db-pull; }
tuned() { cp "$work/$1/datasource.zmodel" "$work/$1/zenstack/schema.zmodel"; run_mvn "$1" "$TUNED_OPTS" zenstack:db-pull; }
prisma() { "$measure" "$REFERENCE_TOOLS/pull.sh" prisma6 "${url[$1]}" "$work/prisma-$1"; }
pgdump() { "$measure" sh -c "pg_dump --schema-only '$PG/$db' > '$work/pg_dump.sql'"; }
mariadump() {
    "$measure" sh -c "mariadb-dump -h '$MARIADB_HOST' -P '$MARIADB_PORT' -u '$MARIADB_USER' --no-data '$db' > '$work/mariadb-dump.sql'"
}
sqlite_schema() { "$measure" sh -c "sqlite3 '$work/$db.db' .schema > '$work/sqlite.schema'"; }

commands_of() {  # the command keys of a provider, in run order
    local p=$1 list="floor first again"
    [ -n "$TUNED_OPTS" ] && list="$list tuned"
    case $p in
        postgresql) list="$list prisma pgdump" ;;
        mysql) list="$list mariadump" ;;
        sqlite) list="$list prisma sqlite_schema" ;;
    esac
    echo "$list"
}
label() {  # $1: provider, $2: command key
    case $2 in
        floor) echo '`mvn -q zenstack:help` (floor of any goal)' ;;
        first) echo '`mvn -q zenstack:db-pull`, first pull' ;;
        again) echo '`mvn -q zenstack:db-pull`, re-pull (merge)' ;;
        tuned) echo "\`mvn -q zenstack:db-pull\`, first pull, \`MAVEN_OPTS=\"$TUNED_OPTS\"\`" ;;
        prisma) echo 'Prisma 6 `prisma db pull`' ;;
        pgdump) echo '`pg_dump --schema-only`' ;;
        mariadump) echo '`mariadb-dump --no-data`' ;;
        sqlite_schema) echo '`sqlite3 <file> .schema`' ;;
    esac
}

declare -A wall cpu rss
for p in $PROVIDERS; do
    log "$p: warm-up (each command once, not counted)"
    for c in $(commands_of "$p"); do "$c" "$p" >/dev/null; done
    for i in $(seq 1 "$RUNS"); do
        log "$p: run $i of $RUNS"
        for c in $(commands_of "$p"); do
            read -r w u r < <("$c" "$p")
            wall[$p.$c]+="$w "
            cpu[$p.$c]+="$u "
            rss[$p.$c]+="$r "
        done
    done
    models=$(grep -c '^model ' "$work/$p/zenstack/schema.zmodel")
    [ "$models" -ge "$TABLES" ] || { echo "the $p pull wrote $models models, expected $TABLES" >&2; exit 1; }
done

# --- tables ----------------------------------------------------------------------------------------------------
# $2: printf format of the result (default two decimals)
median() { printf '%s\n' $1 | sort -n | awk -v f="${2:-%.2f}" '{a[NR]=$1} END {printf f, (NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2}'; }
minimum() { printf '%s\n' $1 | sort -n | awk -v f="${2:-%.2f}" 'NR == 1 {printf f, $1}'; }
runs() { printf '%s\n' $1 | awk -v f="${2:-%.2f}" '{printf (NR > 1 ? " " : "") f, $1}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.2f", a / b; else printf "–"}'; }
# the median of the run-by-run ratios of two interleaved series (runs i of both saw the same minute of the machine)
paired() {
    awk -v a="$1" -v b="$2" 'BEGIN {
        n = split(a, x, " "); split(b, y, " "); m = 0
        for (i = 1; i <= n; i++) if (y[i] > 0) r[++m] = x[i] / y[i]
        if (m == 0) { printf "–"; exit }
        for (i = 2; i <= m; i++) for (j = i; j > 1 && r[j - 1] > r[j]; j--) { t = r[j]; r[j] = r[j - 1]; r[j - 1] = t }
        printf "%.2f", (m % 2) ? r[(m + 1) / 2] : (r[m / 2] + r[m / 2 + 1]) / 2 }'
}
product() {
    case $1 in
        postgresql) echo "PostgreSQL $(psql -Atq "$PG/$db" -c 'show server_version' | cut -d' ' -f1)" ;;
        mysql) echo "MariaDB $(maria -N -e 'select version()' | cut -d- -f1)" ;;
        sqlite) echo "SQLite (sqlite3 $(sqlite3 --version | cut -d' ' -f1))" ;;
    esac
}

echo "Whole process, $TABLES-table databases (SyntheticSchema), $RUNS runs of each command, interleaved; Maven" \
    "$("$mvn" -v | sed -n 's/^Apache Maven \([0-9.]*\).*/\1/p'), $(java -version 2>&1 | sed -n 1p | tr -d '"'), default" \
    "JVM flags unless noted, offline; $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end."
for measure_name in wall cpu rss; do
    case $measure_name in
        wall) title="Wall time (s)"; unit=s ;;
        cpu) title="CPU time, user + sys of the process tree (s)"; unit=s ;;
        rss) title="Peak RSS, sum over the process tree (MiB)"; unit=MiB ;;
    esac
    format=%.2f
    [ "$measure_name" = rss ] && format=%.0f
    echo
    echo "**$title**"
    echo
    echo "| database | command | median $unit | min $unit | runs |"
    echo "|---|---|---:|---:|---|"
    for p in $PROVIDERS; do
        for c in $(commands_of "$p"); do
            declare -n values=$measure_name
            v=${values[$p.$c]}
            echo "| $(product "$p") | $(label "$p" "$c") | $(median "$v" $format) | $(minimum "$v" $format) | $(runs "$v" $format) |"
        done
    done
done

echo
echo "**Ratios of medians, first pull (default JVM flags) against each anchor** (goal: ≤ 0.8 × Prisma 6, ≤ 1.3 × the floor)"
echo
echo "| database | anchor | first pull wall s | anchor wall s | wall ratio | wall, median of run-by-run ratios | first pull CPU s | anchor CPU s | CPU ratio | first pull RSS MiB | anchor RSS MiB | RSS ratio |"
echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for p in $PROVIDERS; do
    for c in $(commands_of "$p"); do
        case $c in first|again|tuned) continue ;; esac
        ow=$(median "${wall[$p.first]}") aw=$(median "${wall[$p.$c]}")
        oc=$(median "${cpu[$p.first]}") ac=$(median "${cpu[$p.$c]}")
        orr=$(median "${rss[$p.first]}" %.0f) ar=$(median "${rss[$p.$c]}" %.0f)
        pw=$(paired "${wall[$p.first]}" "${wall[$p.$c]}")
        echo "| $(product "$p") | $(label "$p" "$c") | $ow | $aw | $(ratio "$ow" "$aw") | $pw | $oc | $ac | $(ratio "$oc" "$ac") | $orr | $ar | $(ratio "$orr" "$ar") |"
    done
done

# --- scale curve -----------------------------------------------------------------------------------------------
if [ -n "$SCALE_SIZES" ]; then
    log "scale curve: in-JVM pull and diff at $SCALE_SIZES tables ($SCALE_PROVIDERS)"
    export ZENSTACK_TEST_POSTGRES_URL=${ZENSTACK_TEST_POSTGRES_URL:-jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}
    export ZENSTACK_TEST_MYSQL_URL=${ZENSTACK_TEST_MYSQL_URL:-jdbc:mariadb://$MARIADB_HOST:$MARIADB_PORT/test?user=$MARIADB_USER}
    echo
    echo "**Scale: db pull on a warm JVM** (\`java -jar bench/target/bench.jar pull --sizes $SCALE_SIZES --warmup 1 --iterations 3\`)"
    echo
    java -jar bench/target/bench.jar pull --providers "$SCALE_PROVIDERS" --sizes "$SCALE_SIZES" --warmup 1 \
        --iterations 3 | grep -v "^(report saved to"
    echo
    echo "**Scale: diff pipeline on a warm JVM** (\`java -jar bench/target/bench.jar diff --sizes $SCALE_SIZES --warmup 1 --iterations 3\`)"
    echo
    java -jar bench/target/bench.jar diff --providers "$SCALE_PROVIDERS" --sizes "$SCALE_SIZES" --warmup 1 \
        --iterations 3 | grep -v "^(report saved to"
fi
