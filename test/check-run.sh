#!/bin/sh
# check-run.sh IN.c TMP [EXTRA_CFLAGS...]: transform IN.c with yieldc, build
# the result with gcc and with clang (-std=c11 -Wall -Wextra -Werror), run
# both; print gcc's run and fail if clang's run differs or either fails.
set -e
in=$1 tmp=$2
shift 2
"$YIELDC" "$in" -o "$tmp.c"
$YC_CC_GCC $YC_CFLAGS "$@" "$tmp.c" -o "$tmp.gcc"
$YC_CC_CLANG $YC_CFLAGS "$@" "$tmp.c" -o "$tmp.clang"
"$tmp.gcc" > "$tmp.gcc.out"
"$tmp.clang" > "$tmp.clang.out"
if ! cmp -s "$tmp.gcc.out" "$tmp.clang.out"; then
  echo "check-run: gcc and clang builds print different output" >&2
  diff "$tmp.gcc.out" "$tmp.clang.out" >&2
  exit 1
fi
cat "$tmp.gcc.out"
