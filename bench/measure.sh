#!/usr/bin/env bash
# Runs one command and prints "wall_s cpu_s peak_rss_mib" on stdout: wall clock; CPU time (user + sys) of the
# whole process tree (GNU time's %U + %S, which include every reaped descendant); and the peak of the SUM of
# VmRSS over the process tree, sampled every 20 ms from /proc (Prisma runs node plus an engine child, so the
# largest single process would flatter it; a JVM is one process). Fails when the command fails.
# Wall and CPU have GNU time's resolution (10 ms).
# The command's stdout and stderr go to MEASURE_LOG (default /dev/null).
#   bench/measure.sh mvn -q zenstack:db-pull
set -uo pipefail
log=${MEASURE_LOG:-/dev/null}
times=$(mktemp)
/usr/bin/time -o "$times" -f '%e %U %S %M' "$@" >"$log" 2>&1 &
top=$!
peak=0
exec {idle}<> <(:)  # a pipe nobody writes: `read -t` on it sleeps without forking
# fork-free sampling (bash builtins only), so the sampler itself costs little of the 2 CPUs
rss_of_tree() {  # adds VmRSS (kB) of $1 and its descendants to $sum
    local p=$1 key value unit c
    local -a children=()
    while read -r key value unit; do
        [ "$key" = VmRSS: ] && { sum=$((sum + value)); break; }
    done 2>/dev/null </proc/"$p"/status
    for t in /proc/"$p"/task/*/children; do
        read -r -a children 2>/dev/null <"$t" || true
        for c in "${children[@]}"; do rss_of_tree "$c"; done
    done
}
running() {  # the timed command has neither exited nor become a zombie (kill -0 succeeds on an unreaped zombie,
    # and a busy shell may reap it late: the sampler then sampled an exited process for ever)
    local stat
    read -r stat 2>/dev/null </proc/"$top"/stat || return 1
    stat=${stat##*) }
    [ "${stat:0:1}" != Z ]
}
while running; do
    sum=0
    rss_of_tree "$top"
    [ "$sum" -gt "$peak" ] && peak=$sum
    read -r -t 0.02 -u "$idle" || true
done
wait "$top"; rc=$?
read -r wall user sys largest < <(tail -n 1 "$times")
# a command shorter than one sample (sqlite3 .schema) is measured by its largest process (GNU time's %M, a lower
# bound of the tree's sum)
[ "$largest" -gt "$peak" ] && peak=$largest
rm -f "$times"
[ "$rc" -eq 0 ] || { echo "command failed ($rc): $*" >&2; exit "$rc"; }
awk -v w="$wall" -v u="$user" -v s="$sys" -v p="$peak" 'BEGIN {printf "%.2f %.2f %.0f\n", w, u + s, p / 1024}'
