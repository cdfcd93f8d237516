#!/bin/sh
# run_fuzz.sh [SECONDS] [JOBS]: fuzzes yieldc's front end with libFuzzer for
# SECONDS (default 600) on JOBS processes (default 2), going on after
# crashes.  Builds build-fuzz/fuzz_yieldc if needed, seeds build-fuzz/corpus
# with the suite's inputs, the examples, test/fuzz/corpus and a few random
# programs.  Crashes, leaks and timeouts land in build-fuzz/artifacts/,
# broken promises of the command line in build-fuzz/findings/; the last
# lines of the log give the executions.  Then: check_corpus.py on the corpus.
set -e
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../../.." && pwd)
secs=${1:-600}
jobs=${2:-2}
b=$src/build-fuzz
[ -x "$b/fuzz_yieldc" ] || "$here/build.sh" "$b/fuzz_yieldc"
mkdir -p "$b/corpus" "$b/artifacts" "$b/findings"
if [ -z "$(ls "$b/corpus")" ]; then
  for f in "$src"/test/*/*.c "$src"/examples/*.c "$src"/test/fuzz/corpus/*; do
    [ -f "$f" ] && cp "$f" "$b/corpus/seed-$(basename "$(dirname "$f")")-$(basename "$f")"
  done
  for s in 1 2 3 4 5 6 7 8 9 10; do
    python3 "$src/test/fuzz/gen.py" $s --features swarm --yc "$b/corpus/seed-random-$s.c"
  done
fi
cd "$b"
export LSAN_OPTIONS="suppressions=$src/test/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$here/known.supp"
export YC_FUZZ_FINDINGS="$b/findings"
export YIELDC_INCLUDE="$src/runtime/include"   # the tool finds it beside itself, which the target is not
./fuzz_yieldc -fork="$jobs" -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
  -max_total_time="$secs" -timeout=20 -rss_limit_mb=4096 -max_len=16384 \
  -dict="$here/yieldc.dict" -artifact_prefix="$b/artifacts/" corpus 2>&1 | tee "$b/fuzz.log" | \
  grep -E '^#[0-9]+: cov|INFO: fuzzed|crash|ERROR|SUMMARY' || true
echo "run_fuzz.sh: log in $b/fuzz.log; $(ls "$b/artifacts" | wc -l) artifacts, $(ls "$b/findings" | grep -c '\.c$') findings"
