#!/usr/bin/env bash
# The PostgreSQL part of bench/pull-whole-process.sh (whole-process `mvn zenstack:db-pull` against Prisma 6's
# `prisma db pull`, the floor `mvn -q zenstack:help` and pg_dump), kept under its old name; see that script.
#   bench/pull-vs-prisma.sh                 # 1,000 tables, 5 runs each
#   TABLES=100 RUNS=3 bench/pull-vs-prisma.sh
PROVIDERS=${PROVIDERS:-postgresql} SCALE_SIZES=${SCALE_SIZES-} exec "$(dirname "$0")/pull-whole-process.sh" "$@"
