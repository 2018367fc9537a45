#!/usr/bin/env bash
# Where MariaDB introspection time goes as the table count grows: the wall time of each of the introspector's
# information_schema scans (MySqlQueries' tables, written out here one scan each: TABLES without its joins with
# SCHEMATA and VIEWS, plus the foreign-key join the introspector used before; rows counted by the mariadb client),
# on the generated schema (SyntheticSchema) at each size. Each query runs twice in a row; the second run sees the server's table caches as
# the first left them. Linear means the per-table column stays constant.
#
#   SIZES=1000,10000,20000 bench/mariadb-catalog-queries.sh
#   CACHE=30000 SIZES=1000,10000 bench/mariadb-catalog-queries.sh   # table_definition_cache and table_open_cache
#                                                                    # raised for the run, restored afterwards
#
# Needs the mariadb client, a MariaDB server (MARIADB_HOST/PORT/USER, default root@127.0.0.1:3306 without password)
# and bench/target/bench.jar (./mvnw -B -q -o package -pl zmodel-lib,bench -DskipTests). A 20,000-table database
# takes ~5 minutes to create here.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${SIZES:-1000,10000}
CACHE=${CACHE:-}
MARIADB_HOST=${MARIADB_HOST:-127.0.0.1}
MARIADB_PORT=${MARIADB_PORT:-3306}
MARIADB_USER=${MARIADB_USER:-root}
maria() { mariadb -h "$MARIADB_HOST" -P "$MARIADB_PORT" -u "$MARIADB_USER" "$@"; }
prefix=zb_catalog_$$
saved=$(maria -N -e "SELECT CONCAT(@@table_definition_cache, ' ', @@table_open_cache)")
cleanup() {
    for n in ${SIZES//,/ }; do maria -e "DROP DATABASE IF EXISTS ${prefix}_$n" >/dev/null 2>&1 || true; done
    read -r definitions open <<<"$saved"
    maria -e "SET GLOBAL table_definition_cache = $definitions; SET GLOBAL table_open_cache = $open" >/dev/null 2>&1 || true
}
trap cleanup EXIT
if [ -n "$CACHE" ]; then
    maria -e "SET GLOBAL table_definition_cache = $CACHE; SET GLOBAL table_open_cache = $CACHE"
fi
echo "server: $(maria -N -e "SELECT CONCAT(VERSION(), ', table_definition_cache ', @@table_definition_cache, \
', table_open_cache ', @@table_open_cache)")"

queries() {  # $1: database; the introspector's scans with the database written in, one per line as "name|sql"
    local d=$1
    cat <<EOF
TABLES|SELECT TABLE_NAME, TABLE_TYPE, TABLE_COMMENT, TABLE_COLLATION, CREATE_OPTIONS, ENGINE FROM information_schema.TABLES WHERE TABLE_SCHEMA = '$d'
COLUMNS|SELECT TABLE_NAME, COLUMN_NAME, COLUMN_DEFAULT, IS_NULLABLE, DATA_TYPE, COLUMN_TYPE, EXTRA, COLUMN_COMMENT, GENERATION_EXPRESSION, COLLATION_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = '$d' ORDER BY BINARY TABLE_NAME, ORDINAL_POSITION
STATISTICS|SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, SUB_PART, COLLATION, INDEX_TYPE FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = '$d' ORDER BY BINARY TABLE_NAME, BINARY INDEX_NAME, SEQ_IN_INDEX
REFERENTIAL_CONSTRAINTS (foreign-key rules)|SELECT TABLE_NAME, CONSTRAINT_NAME, UPDATE_RULE, DELETE_RULE FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = '$d'
KEY_COLUMN_USAGE (foreign-key columns)|SELECT TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME, REFERENCED_TABLE_SCHEMA, REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = '$d' AND REFERENCED_TABLE_NAME IS NOT NULL ORDER BY BINARY TABLE_NAME, BINARY CONSTRAINT_NAME, ORDINAL_POSITION
both joined in SQL (before the twelfth session)|SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_SCHEMA, k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME, r.UPDATE_RULE, r.DELETE_RULE FROM information_schema.KEY_COLUMN_USAGE k JOIN (SELECT DISTINCT TABLE_NAME, CONSTRAINT_NAME, UPDATE_RULE, DELETE_RULE FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = '$d') r ON r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = '$d' AND k.REFERENCED_TABLE_NAME IS NOT NULL ORDER BY BINARY k.TABLE_NAME, BINARY k.CONSTRAINT_NAME, k.ORDINAL_POSITION
CHECK_CONSTRAINTS|SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = '$d' ORDER BY BINARY TABLE_NAME, BINARY CONSTRAINT_NAME
EOF
}
millis() { echo $(($(date +%s%N) / 1000000)); }

echo "| scan | tables | rows | first ms | second ms | µs per table (second) |"
echo "|---|---:|---:|---:|---:|---:|"
for n in ${SIZES//,/ }; do
    db=${prefix}_$n
    maria -e "CREATE DATABASE $db"
    { echo "SET FOREIGN_KEY_CHECKS = 0;"; java -jar bench/target/bench.jar sql mysql "$n"; } | maria "$db"
    while IFS='|' read -r name sql; do
        times=()
        for _ in 1 2; do
            start=$(millis)
            rows=$(maria -N -e "$sql" "$db" | wc -l)
            times+=($(($(millis) - start)))
        done
        printf '| %s | %d | %d | %d | %d | %s |\n' "$name" "$n" "$rows" "${times[0]}" "${times[1]}" \
            "$(awk -v m="${times[1]}" -v n="$n" 'BEGIN { printf "%.0f", m * 1000 / n }')"
    done < <(queries "$db")
    maria -e "DROP DATABASE $db"
done
