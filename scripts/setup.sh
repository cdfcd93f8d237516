#!/bin/sh
# Installs what yieldc needs on Debian 12 (idempotent), configures and builds
# it into build/.  Run as root (or with sudo) on a fresh machine.
# libclang-rt-dev: the sanitizer and libFuzzer runtimes of clang (the ASan
# build of every test program, test/fuzz).
set -e
cd "$(dirname "$0")/.."
need=""
# the build tests (test/build/) also need ninja, meson, pkg-config, man;
# test/real/ needs glib's headers, test/debug/ gdb, test/cli/ cppcheck and
# clang-tidy, test/report/ graphviz, test/ide/ clangd
for pkg in cmake make gcc clang libclang-dev libclang-rt-dev llvm-14-tools python3 valgrind \
           ninja-build meson pkg-config man-db groff-base libglib2.0-dev gdb \
           cppcheck clang-tidy graphviz clangd; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need="$need $pkg"
done
if [ -n "$need" ]; then
  echo "setup: installing$need"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq $need >/dev/null
fi
cmake -S . -B build >/dev/null
cmake --build build -j2 >/dev/null
echo "setup: built build/tool/yieldc"
