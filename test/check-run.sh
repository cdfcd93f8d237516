#!/bin/sh
# check-run.sh [--sanitize] [--any-order] IN.c TMP [EXTRA_CFLAGS...]: transform IN.c with yieldc (which
# parses it with the EXTRA_CFLAGS that are -I, -D or -std flags), build
# the result with gcc and with clang (-std=c11 -Wall -Wextra -Werror), and
# again with -O2 -DNDEBUG (generated code differs without the re-entry
# check, and optimized code inlines the step functions), and with clang
# under ASan+UBSan (leaks and stack use after return included: a pointer to
# a local that did not move into the frame); run all five; print the first
# run and fail if another differs or any fails or reports.
# --sanitize: also built with gcc under ASan+UBSan, which a cleanup run
# twice or a frame freed twice trips.
# --any-order: the builds' lines are compared sorted (a program whose
# interleaving of lines depends on timing: an event loop on timers and a pipe).
set -e
sanitize= any_order=
while :; do
  case $1 in
    --sanitize) sanitize=1; shift ;;
    --any-order) any_order=1; shift ;;
    *) break ;;
  esac
done
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
  if [ -n "$any_order" ]; then
    sort "$tmp.gcc.out" > "$tmp.gcc.sorted"
    sort "$tmp.$b.out" > "$tmp.$b.sorted"
    if ! cmp -s "$tmp.gcc.sorted" "$tmp.$b.sorted"; then
      echo "check-run: the $b build prints other lines than the gcc build" >&2
      diff "$tmp.gcc.sorted" "$tmp.$b.sorted" >&2
      exit 1
    fi
  elif ! cmp -s "$tmp.gcc.out" "$tmp.$b.out"; then
    echo "check-run: the $b build prints other output than the gcc build" >&2
    diff "$tmp.gcc.out" "$tmp.$b.out" >&2
    exit 1
  fi
done
cat "$tmp.gcc.out"
