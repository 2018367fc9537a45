#!/usr/bin/env bash
# Whole-process timings of migrate-dev on a big project, as a user runs it: the SyntheticSchema PostgreSQL database
# (default 1,000 tables) is pulled into a project, whose `migrate-dev -Dzenstack.name=init` then writes one migration
# of every table into an empty development database. Timed, run by run interleaved so all rows see the same load:
#   - `mvn zenstack:migrate-dev` with nothing changed, replay cache warm (the default);
#   - the same with `-Dzenstack.replayCache=false` (replays the migration on a shadow database);
#   - `mvn zenstack:db-pull` (first pull) of the source database, the yardstick of the no-op ratio;
#   - `mvn zenstack:migrate-dev -Dzenstack.name=init` into a fresh database from a fresh project (no cache);
#   - a plain Liquibase `update` of the changelog that init wrote into another fresh database (a small main over
#     the Liquibase API of the plugin's version, dev.zmodel.bench.LiquibaseUpdate, as a whole JVM process).
# Prints a Markdown table of the median, min and every run, in seconds, and the ratios.
#
#   bench/migrate-dev-noop.sh                  # 1,000 tables, 3 runs each
#   TABLES=100 RUNS=5 bench/migrate-dev-noop.sh
#
# Needs: the PostgreSQL server at 127.0.0.1:5432 (user postgres, trust; psql on the PATH). Builds bench.jar and
# installs the plugin into the invoker's repository (zenstack-maven-plugin/target/local-repo) with one IT, then runs
# Maven offline against that repository.
set -euo pipefail
BENCH_PREFIX=zb_mdev
. "$(dirname "$0")/migrate-project.sh"
lb=zb_mdev_lb_$stamp  # the plain Liquibase update's database
databases+=("$lb")
init() {  # a fresh project directory state and an empty database: no migrations, no replay cache
    fresh "$dev"; rm -rf "$app/zenstack/migrations" "$app/target"
    timed "$app" zenstack:migrate-dev -Dzenstack.name=init
}
liquibase_update() {
    fresh "$lb"
    local start; start=$(date +%s%N)
    java -cp bench/target/bench.jar dev.zmodel.bench.LiquibaseUpdate "$JDBC/$lb?user=$JDBC_USER" \
        "$app/zenstack/migrations/changelog.xml" >&2
    seconds "$start"
}

log "warm-up (one run each, not counted)"
init >/dev/null; liquibase_update >/dev/null
changesets=$(psql -Atq "$PG/$dev" -c 'SELECT count(*) FROM databasechangelog')
declare -a inits lbs warm cold pulls
for i in $(seq 1 "$RUNS"); do
    log "run $i of $RUNS: init, plain Liquibase update"
    inits+=("$(init)")
    lbs+=("$(liquibase_update)")
done
for i in $(seq 1 "$RUNS"); do
    log "run $i of $RUNS: no-op migrate-dev (cache warm, cache off), db-pull"
    warm+=("$(timed "$app" zenstack:migrate-dev)")
    cold+=("$(timed "$app" zenstack:migrate-dev -Dzenstack.replayCache=false)")
    pulls+=("$(db_pull)")
done

ratio() { echo "scale=2; $1 / $2" | bc; }
echo "Whole process, $TABLES-table PostgreSQL database ($(psql -Atq "$PG/$src" -c 'show server_version')), $models models, init = $changesets changesets; $RUNS runs each, interleaved; $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end."
echo
echo "| command | median s | min s | runs (s) |"
echo "|---|---:|---:|---|"
row "\`mvn zenstack:migrate-dev\`, nothing changed, replay cache warm" "${warm[@]}"
row "\`mvn zenstack:migrate-dev -Dzenstack.replayCache=false\`, nothing changed" "${cold[@]}"
row "\`mvn zenstack:db-pull\` (first pull of the same schema)" "${pulls[@]}"
row "\`mvn zenstack:migrate-dev -Dzenstack.name=init\` (empty database, fresh project)" "${inits[@]}"
row "plain Liquibase \`update\` of init's changelog (\`LiquibaseUpdate\`, empty database)" "${lbs[@]}"
echo
echo "No-op migrate-dev / db-pull: $(ratio "$(median "${warm[@]}")" "$(median "${pulls[@]}")") with the cache (goal: ≤ 2), $(ratio "$(median "${cold[@]}")" "$(median "${pulls[@]}")") without."
echo "init / plain Liquibase update: $(ratio "$(median "${inits[@]}")" "$(median "${lbs[@]}")") (goal: ≤ 1)."
