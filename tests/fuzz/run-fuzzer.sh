#!/bin/sh
# Runs one libFuzzer harness for a fixed time over its seed corpus.
#
#   sh tests/fuzz/run-fuzzer.sh FUZZER SEEDS WORKDIR SECONDS [LIBFUZZER-ARG…]
#
# New inputs the fuzzer finds go to WORKDIR/corpus (never into SEEDS, which
# is in the source tree); a crashing input is written to WORKDIR as
# crash-<sha1>, and the run fails. See tests/fuzz/README.md for long runs.
set -eu
[ $# -ge 4 ] || { echo "usage: $0 FUZZER SEEDS WORKDIR SECONDS [ARG…]" >&2; exit 64; }
fuzzer=$1 seeds=$2 workdir=$3 seconds=$4
shift 4

mkdir -p "$workdir/corpus"
# The leaks GLib and fontconfig make on purpose are not findings (meson
# test sets this too).
: "${LSAN_OPTIONS:=suppressions=$(dirname "$0")/../lsan.supp:print_suppressions=0}"
export LSAN_OPTIONS
dict=""
if [ -f "$seeds.dict" ]; then
  dict="-dict=$seeds.dict"
fi
# -timeout: one input taking more than 10 s is a hang, a finding.
# -rss_limit_mb: an input that makes the process grow past 2 GB is one too.
# $dict is empty or one word.
# shellcheck disable=SC2086
exec "$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
  -print_final_stats=1 -artifact_prefix="$workdir/" $dict "$@" \
  "$workdir/corpus" "$seeds"
