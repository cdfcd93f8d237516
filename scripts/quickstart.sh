#!/bin/sh
# The README's first command: set up, build, then transform the tutorial
# example with yieldc, compile it and run it.
set -e
cd "$(dirname "$0")/.."
scripts/setup.sh
build/tool/yieldc examples/tutorial.c -o build/tutorial.c
cc -std=c11 -Wall -Wextra $(build/tool/yieldc --cflags) build/tutorial.c -o build/tutorial
echo "quickstart: running build/tutorial (from examples/tutorial.c)"
echo
build/tutorial
