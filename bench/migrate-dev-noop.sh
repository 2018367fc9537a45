#!/usr/bin/env bash
# Whole-process timings of migrate-dev on a big project, as a user runs it: the SyntheticSchema PostgreSQL database
# (default 1,000 tables) is pulled into a project, whose `migrate-dev -Dzenstack.name=init` then writes one migration
# of every table into an empty development database. Timed, run by run interleaved so all rows see the same load:
#   - `mvn zenstack:migrate-dev` with nothing changed, replay cache warm (the default);
#   - the same with `-Dzenstack.replayCache=false` (replays the migration on a shadow database);
#   - `mvn zenstack:db-pull` (first pull) of the source database, the yardstick of the no-op ratio;
#   - `mvn zenstack:migrate-dev -Dzenstack.name=init` into a fresh database from a fresh project (no cache);
#   - a plain Liquibase `update` of the changelog that init wrote into another fresh database (a small main over
#     the Liquibase API of the plugin's version, dev.zmodel.bench.LiquibaseUpdate, as a whole JVM process), and the
#     same through Liquibase's own command line (`liquibase update`, same version), and through Liquibase's own
#     Maven plugin (`mvn liquibase:update`, same version, the PostgreSQL driver of this build): what a Maven user runs.
# Before each timed command the server checkpoints and the OS syncs, so no command pays for an earlier one's writes.
# Prints a Markdown table of the median, min and every run, in seconds, and the ratios.
#
#   bench/migrate-dev-noop.sh                  # 1,000 tables, 3 runs each
#   TABLES=100 RUNS=5 bench/migrate-dev-noop.sh
#
# Needs: the PostgreSQL server at 127.0.0.1:5432 (user postgres, trust; psql on the PATH). Builds bench.jar and
# installs the plugin into the invoker's repository (zenstack-maven-plugin/target/local-repo) with one IT, then runs
# Maven offline against that repository (Liquibase's Maven plugin is resolved into it online once, untimed).
set -euo pipefail
BENCH_PREFIX=zb_mdev
. "$(dirname "$0")/migrate-project.sh"
# Every timed apply gets a database of its own, created just before and dropped only at exit: dropping a database
# of a thousand tables just before a run left its file deletions to that run's disk.
runs=0
next_database() {  # in this shell, not in a $(…) subshell: sets $target and remembers it for the drop at exit
    runs=$((runs + 1)); target=${BENCH_PREFIX}_run${runs}_$stamp; databases+=("$target")
}
init() {  # a fresh project directory state and the empty database $1: no migrations, no replay cache
    psql_admin "CREATE DATABASE $1"; rm -rf "$app/zenstack/migrations" "$app/target"
    sed -i "s#^\( *url *= *\)\".*\"#\1\"$PG/$1\"#" "$app/zenstack/schema.zmodel"
    timed "$app" zenstack:migrate-dev -Dzenstack.name=init
}
liquibase_update() {  # into the empty database $1
    psql_admin "CREATE DATABASE $1"; settle
    local start; start=$(date +%s%N)
    java -cp bench/target/bench.jar dev.zmodel.bench.LiquibaseUpdate "$JDBC/$1?user=$JDBC_USER" \
        "$app/zenstack/migrations/changelog.xml" >&2
    seconds "$start"
}
liquibase_cli() {  # the same through Liquibase's own command line, as a user types `liquibase update`
    psql_admin "CREATE DATABASE $1"; settle
    local start; start=$(date +%s%N)
    (cd "$app/zenstack/migrations" && java -cp "$root/bench/target/bench.jar" \
        liquibase.integration.commandline.LiquibaseCommandLine --show-banner=false --analytics-enabled=false \
        --url="$JDBC/$1?user=$JDBC_USER" --search-path=. --changelog-file=changelog.xml update >/dev/null 2>&1)
    seconds "$start"
}
# Liquibase's Maven plugin in a project of its own: the Liquibase and PostgreSQL driver versions of this build
lb_version=$(sed -n 's:.*<liquibase.version>\(.*\)</liquibase.version>.*:\1:p' pom.xml)
pg_version=$(sed -n 's:.*<postgresql.version>\(.*\)</postgresql.version>.*:\1:p' pom.xml)
lbm=$work/liquibase-maven
project_pom "$lbm" liquibase-maven "      <plugin>
        <groupId>org.liquibase</groupId>
        <artifactId>liquibase-maven-plugin</artifactId>
        <version>$lb_version</version>
        <dependencies>
          <dependency>
            <groupId>org.postgresql</groupId>
            <artifactId>postgresql</artifactId>
            <version>$pg_version</version>
          </dependency>
        </dependencies>
      </plugin>"
log "resolving liquibase-maven-plugin $lb_version into $repo (online, once)"
(cd "$lbm" && "$mvn" -B -q -Dmaven.repo.local="$repo" -Daether.enhancedLocalRepository.trackingFilename=_bench.repositories \
    liquibase:help >/dev/null)
liquibase_maven() {  # the same through `mvn liquibase:update` (Liquibase's Maven plugin), as a Maven user runs it
    psql_admin "CREATE DATABASE $1"
    timed "$lbm" liquibase:update -Dliquibase.url="$JDBC/$1" -Dliquibase.username="$JDBC_USER" \
        -Dliquibase.searchPath="$app/zenstack/migrations" -Dliquibase.changeLogFile=changelog.xml \
        -Dliquibase.analyticsEnabled=false
}
history_rows() { psql -Atq "$PG/$1" -c 'SELECT count(*) FROM databasechangelog'; }

log "warm-up (one run each, not counted)"
next_database; init "$target" >/dev/null; changesets=$(history_rows "$target")
next_database; liquibase_update "$target" >/dev/null
[ "$(history_rows "$target")" = "$changesets" ] || { log "LiquibaseUpdate applied a different count"; exit 1; }
next_database; liquibase_cli "$target" >/dev/null
[ "$(history_rows "$target")" = "$changesets" ] || { log "the Liquibase CLI applied a different count"; exit 1; }
next_database; liquibase_maven "$target" >/dev/null
[ "$(history_rows "$target")" = "$changesets" ] || { log "Liquibase's Maven plugin applied a different count"; exit 1; }
declare -a inits lbs clis lbms warm cold pulls
applies=(init liquibase_update liquibase_cli liquibase_maven)
for i in $(seq 1 "$RUNS"); do
    log "run $i of $RUNS: init, plain Liquibase update (API, CLI, Maven plugin), starting with ${applies[i % 4]}"
    for k in 0 1 2 3; do  # each run starts with the next of the four, so none always follows the same one
        next_database
        case ${applies[(i + k) % 4]} in
            init) inits+=("$(init "$target")") ;;
            liquibase_update) lbs+=("$(liquibase_update "$target")") ;;
            liquibase_cli) clis+=("$(liquibase_cli "$target")") ;;
            liquibase_maven) lbms+=("$(liquibase_maven "$target")") ;;
        esac
    done
done
next_database; init "$target" >/dev/null  # the no-op runs below start from a database init has just brought in sync
for i in $(seq 1 "$RUNS"); do
    log "run $i of $RUNS: no-op migrate-dev (cache warm, cache off), db-pull"
    warm+=("$(timed "$app" zenstack:migrate-dev)")
    cold+=("$(timed "$app" zenstack:migrate-dev -Dzenstack.replayCache=false)")
    pulls+=("$(db_pull)")
done

ratio() { echo "scale=2; $1 / $2" | bc; }
paired() {  # the median of the run-by-run ratios of two interleaved series: robust to a machine whose speed drifts
    local -n a=$1 b=$2; local r=() i
    for i in "${!a[@]}"; do r+=("$(echo "scale=4; ${a[$i]} / ${b[$i]}" | bc)"); done
    median "${r[@]}"
}
echo "Whole process, $TABLES-table PostgreSQL database ($(psql -Atq "$PG/$src" -c 'show server_version')), $models models, init = $changesets changesets; $RUNS runs each, interleaved, every apply into a new empty database, the four applies in a rotating order, a checkpoint and sync before each command; $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end."
echo
echo "| command | median s | min s | runs (s) |"
echo "|---|---:|---:|---|"
row "\`mvn zenstack:migrate-dev\`, nothing changed, replay cache warm" "${warm[@]}"
row "\`mvn zenstack:migrate-dev -Dzenstack.replayCache=false\`, nothing changed" "${cold[@]}"
row "\`mvn zenstack:db-pull\` (first pull of the same schema)" "${pulls[@]}"
row "\`mvn zenstack:migrate-dev -Dzenstack.name=init\` (empty database, fresh project)" "${inits[@]}"
row "plain Liquibase \`update\` of init's changelog (\`LiquibaseUpdate\`, empty database)" "${lbs[@]}"
row "\`liquibase update\` of init's changelog (Liquibase's command line, same version, empty database)" "${clis[@]}"
row "\`mvn liquibase:update\` of init's changelog (Liquibase's Maven plugin, same version, empty database)" "${lbms[@]}"
echo
echo "No-op migrate-dev / db-pull: $(ratio "$(median "${warm[@]}")" "$(median "${pulls[@]}")") with the cache (goal: ≤ 2), $(ratio "$(median "${cold[@]}")" "$(median "${pulls[@]}")") without."
echo "init / plain Liquibase update (goal: ≤ 1), ratio of medians and median of the run-by-run ratios: against the API (\`LiquibaseUpdate\`) $(ratio "$(median "${inits[@]}")" "$(median "${lbs[@]}")") and $(paired inits lbs), against the command line $(ratio "$(median "${inits[@]}")" "$(median "${clis[@]}")") and $(paired inits clis), against the Maven plugin $(ratio "$(median "${inits[@]}")" "$(median "${lbms[@]}")") and $(paired inits lbms)."
