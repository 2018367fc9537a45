#!/usr/bin/env bash
# Where SQLite introspection time goes as the table count grows: the CPU time (user, sqlite3's .timer) of opening
# the schema and of each of the introspector's four catalog queries (SqliteQueries, counted rather than printed),
# on the generated schema (SyntheticSchema) at each size. Linear means the per-table column stays constant.
#
#   SIZES=1000,10000 bench/sqlite-catalog-queries.sh
#
# Needs sqlite3 and bench/target/bench.jar (./mvnw -B -q -o package -pl zmodel-lib,bench -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${SIZES:-1000,10000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
user="s.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
queries=(
    "schema load (first statement)|SELECT count(*) FROM sqlite_schema s"
    "sqlite_schema|SELECT count(*) FROM sqlite_schema s WHERE s.type IN ('table','view','index','trigger') AND $user"
    "pragma_table_xinfo|SELECT count(*) FROM sqlite_schema s, pragma_table_xinfo(s.name) c WHERE s.type IN ('table','view') AND $user"
    "pragma_index_list|SELECT count(*) FROM sqlite_schema s, pragma_index_list(s.name) il WHERE s.type = 'table' AND $user"
    "pragma_index_list x pragma_index_xinfo|SELECT count(*) FROM sqlite_schema s, pragma_index_list(s.name) il, pragma_index_xinfo(il.name) x WHERE s.type = 'table' AND $user AND x.key = 1"
    "pragma_foreign_key_list|SELECT count(*) FROM sqlite_schema s, pragma_foreign_key_list(s.name) f WHERE s.type = 'table' AND $user"
)
echo "| step | tables | rows | user ms | µs per table |"
echo "|---|---:|---:|---:|---:|"
for n in ${SIZES//,/ }; do
    db=$work/s$n.db
    { echo "BEGIN;"; java -jar bench/target/bench.jar sql sqlite "$n"; echo "COMMIT;"; } | sqlite3 "$db"
    script=".timer on"
    for q in "${queries[@]}"; do script+=$'\n'"${q#*|};"; done
    # one sqlite3 process: the first statement loads the schema, the others find it loaded
    sqlite3 "$db" <<<"$script" | paste - - | while IFS=$'\t' read -r rows timing; do
        ms=$(awk '{ for (i = 1; i <= NF; i++) if ($i == "user") printf "%.1f", $(i + 1) * 1000 }' <<<"$timing")
        echo "$rows $ms"
    done | paste -d'|' <(printf '%s\n' "${queries[@]%%|*}") - | while IFS='|' read -r name values; do
        read -r rows ms <<<"$values"
        printf '| %s | %d | %d | %s | %s |\n' "$name" "$n" "$rows" "$ms" "$(awk -v m="$ms" -v n="$n" 'BEGIN { printf "%.2f", m * 1000 / n }')"
    done
done
