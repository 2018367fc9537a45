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
BENCH_PREFIX=zb_mstat
. "$(dirname "$0")/migrate-project.sh"
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

echo "Whole process, $TABLES-table PostgreSQL database ($(psql -Atq "$PG/$src" -c 'show server_version')), $models models, init = $changesets changesets; $RUNS runs each, interleaved; $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end."
echo
echo "| command | median s | min s | runs (s) |"
echo "|---|---:|---:|---|"
row "\`mvn zenstack:migrate-status -Dzenstack.checkDrift\`, replay cache warm" "${status_warm[@]}"
row "\`mvn zenstack:migrate-status -Dzenstack.checkDrift -Dzenstack.replayCache=false\`" "${status_cold[@]}"
row "\`mvn zenstack:migrate-diff -Dzenstack.exitCode\`, replay cache warm" "${diff_warm[@]}"
row "\`mvn zenstack:migrate-diff -Dzenstack.exitCode -Dzenstack.replayCache=false\`" "${diff_cold[@]}"
row "\`mvn zenstack:migrate-dev\`, nothing changed, replay cache warm" "${dev_warm[@]}"
