#!/usr/bin/env bash
# Builds the engine's fuzzer (libFuzzer with AddressSanitizer) and runs it for SECONDS
# (default 60) on a seed corpus made from the repository's test documents, then prints the
# executions, their rate and the findings. Further arguments go to libFuzzer
# (e.g. -use_value_profile=1).
#   bash fuzz/run.sh [SECONDS] [LIBFUZZER_FLAGS...]
# Replay one input (a finding, say) with full allocation stacks:
#   ASAN_OPTIONS=detect_leaks=0 fuzz/.build-fuzz/release/DocumentFuzzer FILE
# Everything it writes stays in fuzz/.build-fuzz (git-ignored): the build, the seeds, the
# corpus it grows (kept between runs) and in findings/ each input that broke a property,
# crashed or hung. It exits non-zero when there is a finding.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-60}
shift || true
work=.build-fuzz/work
swift build -c release --scratch-path .build-fuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library 2>&1 | grep -v "Cannot export local symbol"
python3 make-seeds.py "$work/seeds"
mkdir -p "$work/corpus" "$work/findings"
before=$(ls "$work/findings" | wc -l)
# Leak checks are off: LeakSanitizer does not follow Swift's tagged references and reports
# the schema, which lives as long as the process, as leaked. No stack is recorded per
# allocation (malloc_context_size=0): that more than halves the rate, and a report still
# shows where the bad access was; replay a finding with ASAN_OPTIONS unset for the rest.
status=0
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:malloc_context_size=0} ./.build-fuzz/release/DocumentFuzzer \
  -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=8192 \
  -dict=graphql.dict -detect_leaks=0 -print_final_stats=1 \
  -artifact_prefix="$work/findings/" "$@" \
  "$work/corpus" "$work/seeds" >"$work/last-run.log" 2>&1 || status=$?
executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/last-run.log")
rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/last-run.log")
echo "executions: ${executions:-?} in ${seconds} s at most, ${rate:-?} per second (log: fuzz/$work/last-run.log)"
echo "corpus: $(ls "$work/corpus" | wc -l) inputs"
after=$(ls "$work/findings" | wc -l)
if [ "$status" -ne 0 ] || [ "$after" -gt "$before" ]; then
  echo "FINDING (exit status $status):"
  grep -E "^(=== property broken|==[0-9]+==ERROR|SUMMARY|.*Test unit written)" "$work/last-run.log" || tail -n 30 "$work/last-run.log"
  ls -t "$work/findings" | head -n $((after - before > 0 ? after - before : 1)) | sed "s|^|  fuzz/$work/findings/|"
  exit 1
fi
echo "findings: none"
