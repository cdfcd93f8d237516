#!/bin/sh
# bench/run.sh -- yieldc's benchmark harness: one command.
#
#   bench/run.sh            install missing apt packages (as root), build the
#                           tool and every benchmark with gcc -O2 and clang -O2,
#                           measure, write bench/RESULTS.md and bench/chart.png
#
# Environment: N (callgrind resumes, default 100000; runs N and 2N),
#              JOBS (parallel callgrind runs, default: number of CPUs),
#              TOOL_SIZES (default "1000 10000 100000").
# Scratch files go to bench/out/ (deleted and rebuilt on every run).
set -eu

BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH")
OUT=$BENCH/out
N=${N:-100000}
JOBS=${JOBS:-$(nproc)}
TOOL_SIZES=${TOOL_SIZES:-"1000 10000 100000"}
T0=$(date +%s)
say() { printf '[%4ss] %s\n' $(( $(date +%s) - T0 )) "$*" >&2; }

# ---- 1. dependencies (idempotent: apt-get only for what is missing) --------
PKGS="cmake gcc g++ clang libclang-dev llvm-14-tools valgrind libboost-context-dev gnuplot-nox python3"
missing=""
for p in $PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
    say "installing:$missing"
    if [ "$(id -u)" != 0 ]; then echo "run as root to install:$missing" >&2; exit 1; fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq $missing >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq $missing; }
fi

# ---- 2. build the tool and the benchmarks --------------------------------
say "building yieldc"
[ -f "$ROOT/build/CMakeCache.txt" ] || cmake -S "$ROOT" -B "$ROOT/build" >/dev/null
cmake --build "$ROOT/build" -j "$JOBS" >/dev/null
YIELDC=$ROOT/build/tool/yieldc

rm -rf "$OUT"
mkdir -p "$OUT/src" "$OUT/bin" "$OUT/cg" "$OUT/tool" "$OUT/asm"
python3 "$BENCH/gen.py" chains "$OUT/src"
cp "$BENCH/src/yc.c" "$OUT/src/yc.c"
say "transforming with yieldc"
"$YIELDC" "$OUT/src/yc.c" -o "$OUT/src/yc.gen.c" -- -I"$BENCH/src"
"$YIELDC" "$OUT/src/yc_chain.c" -o "$OUT/src/yc_chain.gen.c" -- -I"$BENCH/src"
# the same generators with external linkage (not static), as a public
# generator is: its step function then also exists out of line
for f in yc yc_chain; do
    sed 's/^static generator(/generator(/' "$OUT/src/$f.c" > "$OUT/src/${f}_extern.c"
    "$YIELDC" "$OUT/src/${f}_extern.c" -o "$OUT/src/${f}_extern.gen.c" -- -I"$BENCH/src"
done

CFLAGS_C="-O2 -std=c11 -Wall -Wextra -Wno-unused-parameter -I$BENCH/src $("$YIELDC" --cflags)"
CFLAGS_CXX="-O2 -std=c++20 -Wall -Wextra -Wno-unused-parameter -I$BENCH/src"
S=$BENCH/src
O=$OUT/src
build() {   # build CC CXX TAG
    cc=$1 cxx=$2 tag=$3 b=$OUT/bin
    "$cc" $CFLAGS_C -c "$S/driver.c" -o "$OUT/bin/driver-$tag.o"
    d=$OUT/bin/driver-$tag.o
    "$cc" $CFLAGS_C "$O/yc.gen.c" "$O/yc_chain.gen.c" "$d" -o "$b/yieldc-$tag" &
    "$cc" $CFLAGS_C -DNDEBUG "$O/yc.gen.c" "$O/yc_chain.gen.c" "$d" -o "$b/yieldc_ndebug-$tag" &
    "$cc" $CFLAGS_C "$O/yc_extern.gen.c" "$O/yc_chain_extern.gen.c" "$d" -o "$b/yieldc_extern-$tag" &
    "$cc" $CFLAGS_C "$S/hand.c" "$O/hand_chain.c" "$d" -o "$b/hand-$tag" &
    wait
    "$cc" $CFLAGS_C "$S/pt.c" "$d" -o "$b/protothreads-$tag" &
    "$cc" $CFLAGS_C "$S/uctx.c" "$d" -o "$b/ucontext-$tag" &
    $cxx $CFLAGS_CXX "$S/coro.cpp" "$d" -o "$b/cxx20coro-$tag" &
    wait
    $cxx $CFLAGS_CXX "$S/fiber.cpp" "$d" -lboost_context -o "$b/boostctx-$tag"
    # the range benchmark's code, for reading
    "$cc" $CFLAGS_C -S "$O/yc.gen.c" -o "$OUT/asm/yieldc-$tag.s"
    "$cc" $CFLAGS_C -S "$S/hand.c" -o "$OUT/asm/hand-$tag.s"
}
say "compiling (gcc, g++ -std=c++20; clang, clang++ -stdlib=libstdc++)"
build gcc g++ gcc
build clang "clang++ -stdlib=libstdc++" clang

APPROACHES="yieldc yieldc_ndebug yieldc_extern hand protothreads cxx20coro ucontext boostctx"

# ---- 3. frames ----------------------------------------------------------------
: > "$OUT/frames.tsv"
for tag in gcc clang; do
    for a in $APPROACHES; do
        "$OUT/bin/$a-$tag" frames | while read -r bench bytes note; do
            printf '%s\t%s\t%s\t%s\t%s\n' "$tag" "$a" "$bench" "$bytes" "$note"
        done >> "$OUT/frames.tsv"
    done
done

# ---- 4. instructions per resume (callgrind, N and 2N resumes, same setup) ----
say "callgrind: $N and $((2 * N)) resumes per benchmark, $JOBS at a time"
: > "$OUT/cg/jobs"
for tag in gcc clang; do
    for a in $APPROACHES; do
        for bench in $("$OUT/bin/$a-$tag" frames | cut -d' ' -f1); do
            for n in $N $((2 * N)); do
                echo "$tag $a $bench $n" >> "$OUT/cg/jobs"
            done
        done
    done
done
# each job: "instructions checksum" into OUT/cg/TAG.APPROACH.BENCH.N
cat > "$OUT/cg/one.sh" <<EOS
#!/bin/sh
OUT=$OUT N=$N
f=\$OUT/cg/\$1.\$2.\$3.\$4
valgrind --tool=callgrind --callgrind-out-file=/dev/null \\
    "\$OUT/bin/\$2-\$1" once "\$3" "\$4" $((2 * N)) > "\$f.stdout" 2> "\$f.stderr"
ir=\$(sed -n 's/.*Collected : *\([0-9]*\).*/\1/p' "\$f.stderr")
echo "\$ir \$(cat "\$f.stdout")" > "\$f"
EOS
chmod +x "$OUT/cg/one.sh"
xargs -P "$JOBS" -L 1 "$OUT/cg/one.sh" < "$OUT/cg/jobs"
: > "$OUT/instr.tsv"
while read -r tag a bench n; do
    [ "$n" = "$N" ] || continue
    read -r ir1 sum1 < "$OUT/cg/$tag.$a.$bench.$N"
    read -r ir2 sum2 < "$OUT/cg/$tag.$a.$bench.$((2 * N))"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$tag" "$a" "$bench" "$ir1" "$ir2" "$sum1" "$sum2" >> "$OUT/instr.tsv"
done < "$OUT/cg/jobs"

# ---- 5. wall time per resume (serial: nothing else runs meanwhile) -------
say "wall time: median of 5 runs of >= 20 ms each"
: > "$OUT/time.tsv"
for tag in gcc clang; do
    for a in $APPROACHES; do
        for bench in $("$OUT/bin/$a-$tag" frames | cut -d' ' -f1); do
            set -- $("$OUT/bin/$a-$tag" time "$bench")
            printf '%s\t%s\t%s\t%s\t%s\n' "$tag" "$a" "$bench" "$1" "$2" >> "$OUT/time.tsv"
        done
    done
done

# ---- 6. tool speed --------------------------------------------------------
say "tool speed: $TOOL_SIZES lines"
INC="-I$ROOT/runtime/include"
: > "$OUT/tool.tsv"
median3() { sort -g | sed -n 2p; }
tm() {  # seconds of one run of "$@" (stdout/stderr discarded, failure fatal)
    python3 - "$@" <<'EOP'
import subprocess, sys, time
t = time.perf_counter()
r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
dt = time.perf_counter() - t
if r.returncode:
    sys.stderr.write(r.stderr.decode()[-2000:]); sys.exit(1)
print(f"{dt:.4f}")
EOP
}
for L in $TOOL_SIZES; do
    in=$OUT/tool/in$L.c
    python3 "$BENCH/gen.py" toolinput "$L" "$in"
    "$YIELDC" "$in" -o "$OUT/tool/out$L.c"
    lines=$(wc -l < "$in"); outlines=$(wc -l < "$OUT/tool/out$L.c"); outbytes=$(wc -c < "$OUT/tool/out$L.c")
    localbytes=$(grep '^#define YC__LOCAL' "$OUT/tool/out$L.c" | wc -c)
    gens=$(grep -c '^generator(' "$in")
    ty=$(for i in 1 2 3; do tm "$YIELDC" "$in" -o /dev/null; done | median3)
    tc=$(for i in 1 2 3; do tm clang -fsyntax-only $INC -include "$BENCH/src/plain_shim.h" "$in"; done | median3)
    to=$(for i in 1 2 3; do tm clang -fsyntax-only $INC "$OUT/tool/out$L.c"; done | median3)
    rm -f "$OUT/tool/out$L.c"   # can be hundreds of MB
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$lines" "$gens" "$outlines" "$ty" "$tc" "$to" "$outbytes" "$localbytes" >> "$OUT/tool.tsv"
done

# ---- 7. report ----------------------------------------------------------
say "writing RESULTS.md and chart.png"
python3 "$BENCH/report.py" "$OUT" "$BENCH" "$N"
gnuplot "$OUT/chart.gp"
say "done: $BENCH/RESULTS.md"
