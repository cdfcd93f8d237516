#!/bin/sh
# compare-llvm.sh TOOL_A TOOL_B: transform every test input and example with
# two builds of yieldc (e.g. on libclang 14 and 16) and fail if any output or
# diagnostic differs: SPEC says libclang 14, 15 and 16 give the same output.
set -u
cd "$(dirname "$0")/.."
a=$1 b=$2
# each build finds the runtime header in its own tree: a diagnostic that
# names the header says which build; that part is not compared
root_a=$(cd "$(dirname "$a")/.." && pwd) root_b=$(cd "$(dirname "$b")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0 bad=0
for f in test/*/*.c test/*/*/*.c examples/*.c; do
  [ -e "$f" ] || continue
  dir=$(dirname "$f")
  case $dir in */Inputs) ;; *) dir=$dir/Inputs ;; esac
  # the language standard the test's RUN lines give (a C2x file), if any
  std=$(sed -n 's/.*RUN:.*\(-std=[a-z0-9+]*\).*/\1/p' "$f" | head -1)
  # shellcheck disable=SC2086  # $std is one word or none
  "$a" "$f" -o - -- -I"$dir" $std >"$tmp/a.out" 2>"$tmp/a.err"; echo "exit $?" >>"$tmp/a.err"
  # shellcheck disable=SC2086
  "$b" "$f" -o - -- -I"$dir" $std >"$tmp/b.out" 2>"$tmp/b.err"; echo "exit $?" >>"$tmp/b.err"
  sed -i "s|$root_a/|BUILD/|g" "$tmp/a.err"
  sed -i "s|$root_b/|BUILD/|g" "$tmp/b.err"
  n=$((n + 1))
  if ! cmp -s "$tmp/a.out" "$tmp/b.out" || ! cmp -s "$tmp/a.err" "$tmp/b.err"; then
    bad=$((bad + 1))
    echo "compare-llvm: $f differs:"
    diff "$tmp/a.out" "$tmp/b.out" | head -10
    diff "$tmp/a.err" "$tmp/b.err" | head -10
  fi
done
echo "compare-llvm: $n files, $bad differ"
[ "$bad" -eq 0 ]
