#!/bin/sh
# same-output.sh A B...: yieldc's outputs A, B... are the same, byte for
# byte, but for the name each gives itself in the #line directives of its
# generated code (named as given to -o: a `#line N "NAME"` on line N-1 is
# one of those).  Fails, with a diff, if not.
set -e
norm() {
  awk '/^#line [0-9]+ "/ && $2 == NR + 1 { print "#line " $2 " \"(output)\""; next } { print }' "$1"
}
first=$1
shift
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
norm "$first" > "$tmp"
for f in "$@"; do
  norm "$f" | diff "$tmp" - > /dev/null || { echo "same-output: $first and $f differ:"; norm "$f" | diff "$tmp" - | head -20; exit 1; }
done
