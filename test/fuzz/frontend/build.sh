#!/bin/sh
# build.sh [OUT]: builds the libFuzzer target over yieldc's pipeline
# (default OUT: build-fuzz/fuzz_yieldc) with clang -fsanitize=fuzzer,
# address,undefined: the tool's own sources compiled with -Dmain=yieldc_main
# -Dexit=yc_fuzz_exit.  LLVM_ROOT picks
# the libclang (default: /usr/lib/llvm-14, Debian 12's).
set -e
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../../.." && pwd)
out=${1:-$src/build-fuzz/fuzz_yieldc}
llvm=${LLVM_ROOT:-/usr/lib/llvm-14}
mkdir -p "$(dirname "$out")"
obj=$(mktemp -d)
trap 'rm -rf "$obj"' EXIT
san="-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer"
cflags="-std=gnu11 -g -O1 $san -isystem $llvm/include -I$src/tool"
defs="-DYC_VERSION=\"fuzz\" -Dmain=yieldc_main -Dexit=yc_fuzz_exit"
for f in "$src"/tool/*.c; do
  clang $cflags $defs -c "$f" -o "$obj/$(basename "$f" .c).o"
done
clang $cflags -c "$here/fuzz_yieldc.c" -o "$obj/fuzz_yieldc.o"
clang -fsanitize=fuzzer,address,undefined "$obj"/*.o -L"$llvm/lib" -lclang -Wl,-rpath,"$llvm/lib" -o "$out"
echo "built $out"
