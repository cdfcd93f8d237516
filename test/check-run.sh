#!/bin/sh
# check-run.sh IN.c TMP [EXTRA_CFLAGS...]: transform IN.c with yieldc, build
# the result with gcc and with clang (-std=c11 -Wall -Wextra -Werror), and
# again with -O2 -DNDEBUG (generated code differs without the re-entry
# check, and optimized code inlines the step functions), and once with
# clang under ASan+UBSan (leaks and stack use after return included: a
# pointer to a local that did not move into the frame); run all five;
# print the first run and fail if another differs or any fails or reports.
set -e
in=$1 tmp=$2
shift 2
"$YIELDC" "$in" -o "$tmp.c"
$YC_CC_GCC $YC_CFLAGS "$@" "$tmp.c" -o "$tmp.gcc"
$YC_CC_CLANG $YC_CFLAGS "$@" "$tmp.c" -o "$tmp.clang"
$YC_CC_GCC $YC_CFLAGS -O2 -DNDEBUG "$@" "$tmp.c" -o "$tmp.gcc-O2"
$YC_CC_CLANG $YC_CFLAGS -O2 -DNDEBUG "$@" "$tmp.c" -o "$tmp.clang-O2"
$YC_CC_CLANG $YC_CFLAGS -O1 -fsanitize=address,undefined -fno-sanitize-recover=all \
    -fno-omit-frame-pointer "$@" "$tmp.c" -o "$tmp.asan"
"$tmp.gcc" > "$tmp.gcc.out"
for b in clang gcc-O2 clang-O2 asan; do
  if [ $b = asan ]; then
    ASAN_OPTIONS=detect_leaks=1:detect_stack_use_after_return=1 \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 "$tmp.$b" > "$tmp.$b.out"
  else
    "$tmp.$b" > "$tmp.$b.out"
  fi
  if ! cmp -s "$tmp.gcc.out" "$tmp.$b.out"; then
    echo "check-run: the $b build prints other output than the gcc build" >&2
    diff "$tmp.gcc.out" "$tmp.$b.out" >&2
    exit 1
  fi
done
cat "$tmp.gcc.out"
