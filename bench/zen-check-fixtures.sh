#!/usr/bin/env bash
# Runs ZenStack's own `zen check` on every db pull golden fixture (zmodel-lib/src/test/resources/pull/**/*.zmodel,
# both presets) and prints the pass/fail counts and the messages of each failure: every schema db pull writes must
# stay valid for ZenStack's tools, not only for our validator. Not part of the tests (they must not need Node).
#
#   bench/zen-check-fixtures.sh            # every fixture
#   bench/zen-check-fixtures.sh mysql      # only pull/mysql
#
# Needs ZenStack 3.9 from the reference tools (REFERENCE_TOOLS, default /work/shared/tools/reference-tools;
# install with its setup.sh zenstack). Exit status: 0 when every fixture passes.
set -uo pipefail
cd "$(dirname "$0")/.."
REFERENCE_TOOLS=${REFERENCE_TOOLS:-/work/shared/tools/reference-tools}
JOBS=${JOBS:-2}
dir=zmodel-lib/src/test/resources/pull/${1:-}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

find "$dir" -name '*.zmodel' | sort > "$out/files"
total=$(wc -l < "$out/files")
echo "zen check on $total fixtures under $dir ($JOBS at a time)" >&2
# one result file per fixture: its name, then zen check's output when it fails
xargs -a "$out/files" -P "$JOBS" -I{} bash -c '
    f=$1; key=$(printf %s "$f" | tr / _)
    if log=$(bash "$2/check.sh" "$f" 2>&1); then echo pass > "$3/$key.result"
    else { echo fail; echo "$f"; printf "%s\n" "$log" | grep -v "^$"; } > "$3/$key.result"; fi
' _ {} "$REFERENCE_TOOLS" "$out"

passed=$(grep -lx pass "$out"/*.result 2>/dev/null | wc -l)
failed=$((total - passed))
for r in "$out"/*.result; do
    [ "$(head -1 "$r")" = pass ] || { echo; tail -n +2 "$r"; }
done
echo
echo "zen check: $passed passed, $failed failed, $total fixtures"
[ "$failed" -eq 0 ]
