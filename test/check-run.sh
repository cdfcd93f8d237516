#!/bin/sh
# check-run.sh [--sanitize] IN.c TMP [EXTRA_CFLAGS...]: transform IN.c with yieldc (which
# parses it with the EXTRA_CFLAGS that are -I, -D or -std flags), build
# the result with gcc and with clang (-std=c11 -Wall -Wextra -Werror), and
# again with -O2 -DNDEBUG (generated code differs without the re-entry
# check, and optimized code inlines the step functions), and with clang
# under ASan+UBSan (leaks and stack use after return included: a pointer to
# a local that did not move into the frame); run all five; print the first
# run and fail if another differs or any fails or reports.
# --sanitize: also built with gcc under ASan+UBSan, which a cleanup run
# twice or a frame freed twice trips.
set -e
sanitize=
if [ "$1" = --sanitize ]; then
  sanitize=1
  shift
fi
in=$1 tmp=$2
shift 2
parse_flags=
for f in "$@"; do
  case $f in -I*|-D*|-U*|-std=*|-include*) parse_flags="$parse_flags $f" ;; esac
done
# shellcheck disable=SC2086  # the flags are words
"$YIELDC" "$in" -o "$tmp.c" -- $parse_flags
san="-g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
$YC_CC_GCC $YC_CFLAGS "$tmp.c" "$@" -o "$tmp.gcc"
$YC_CC_CLANG $YC_CFLAGS "$tmp.c" "$@" -o "$tmp.clang"
$YC_CC_GCC $YC_CFLAGS -O2 -DNDEBUG "$tmp.c" "$@" -o "$tmp.gcc-O2"
$YC_CC_CLANG $YC_CFLAGS -O2 -DNDEBUG "$tmp.c" "$@" -o "$tmp.clang-O2"
# shellcheck disable=SC2086
$YC_CC_CLANG $YC_CFLAGS -O1 $san "$tmp.c" "$@" -o "$tmp.clang-asan"
builds="clang gcc-O2 clang-O2 clang-asan"
if [ -n "$sanitize" ]; then
  # shellcheck disable=SC2086
  $YC_CC_GCC $YC_CFLAGS $san "$tmp.c" "$@" -o "$tmp.gcc-asan"
  builds="$builds gcc-asan"
fi
export ASAN_OPTIONS=detect_leaks=1:detect_stack_use_after_return=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
"$tmp.gcc" > "$tmp.gcc.out"
for b in $builds; do
  "$tmp.$b" > "$tmp.$b.out"
  if ! cmp -s "$tmp.gcc.out" "$tmp.$b.out"; then
    echo "check-run: the $b build prints other output than the gcc build" >&2
    diff "$tmp.gcc.out" "$tmp.$b.out" >&2
    exit 1
  fi
done
cat "$tmp.gcc.out"
