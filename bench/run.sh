#!/bin/sh
# bench/run.sh -- yieldc's benchmark harness: one command.
#
#   bench/run.sh            install missing apt packages (as root), build the
#                           tool and every benchmark with gcc -O2 and clang -O2,
#                           measure every group, write bench/RESULTS.md and
#                           bench/chart.png
#   bench/run.sh GROUP...   only those groups (quick); the report goes to
#                           bench/out/RESULTS.md, bench/RESULTS.md is left alone
#
# Groups (README.md describes each):
#   resume   range, triangle, tokenizer, yield-from chains 1/8/64 (round 1)
#   range    range per resume: harness loop and while (yc_next(&g))
#   tree     recursive walk: balanced 1M nodes, list-shaped 1k..10k, depth curve
#   crash    deepest recursion before a crash, 8 MB stack (bisection)
#   chain    64-deep chain with a second call site, static and public
#   pipe     4-stage pipeline
#   frame    frame sharing: sibling arrays (frame bytes), 256-byte struct
#   compile  gcc/clang -O2 -c of the output of a 10k-line input vs hand-written
#   tool     tool time vs clang -fsyntax-only
#
# Environment: N (callgrind resumes, default 100000; runs N and 2N),
#              JOBS (parallel jobs, default: number of CPUs),
#              TOOL_SIZES (default "1000 10000 100000"),
#              COMPILE_LINES (default 10000), COMPILE_REPS (default 3),
#              CRASH_CAP (deepest depth tried, default 2097152).
# Scratch files go to bench/out/ (deleted and rebuilt on every run).
set -eu

BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH")
OUT=$BENCH/out
N=${N:-100000}
JOBS=${JOBS:-$(nproc)}
TOOL_SIZES=${TOOL_SIZES:-"1000 10000 100000"}
COMPILE_LINES=${COMPILE_LINES:-10000}
COMPILE_REPS=${COMPILE_REPS:-3}
CRASH_CAP=${CRASH_CAP:-2097152}
TREE=1048575                        # balanced tree: 2^20 - 1 nodes
ALL_GROUPS="resume range tree crash chain pipe frame compile tool"
if [ $# -gt 0 ]; then
    SEL="$*"
    for g in $SEL; do
        case " $ALL_GROUPS " in *" $g "*) ;; *) echo "unknown group '$g' (groups: $ALL_GROUPS)" >&2; exit 2;; esac
    done
    DEST=$OUT                       # a partial run never replaces RESULTS.md
else
    SEL=$ALL_GROUPS
    DEST=$BENCH
fi
T0=$(date +%s)
say() { printf '[%4ss] %s\n' $(( $(date +%s) - T0 )) "$*" >&2; }
want() { case " $SEL " in *" $1 "*) return 0;; esac; return 1; }

# The groups a benchmark (a name in a binary's `frames` list) belongs to.
bench_groups() {
    case $1 in
        range) echo "resume range";;
        tri|tok|chain1|chain8|chain64) echo resume;;
        rangew) echo range;;
        tree|list*|deep*) echo tree;;
        crash*) echo crash;;
        chain1x2|chain64x2) echo chain;;
        pipe) echo pipe;;
        sib|bigs) echo frame;;
        *) echo "unknown benchmark $1" >&2; exit 1;;
    esac
}
bench_wanted() { for g in $(bench_groups "$1"); do want "$g" && return 0; done; return 1; }
# The groups each approach has benchmarks in (the variants built from
# yieldc's own sources run only where they say something).
approach_groups() {
    case $1 in
        yieldc|hand) echo "resume range tree crash chain pipe frame";;
        yieldc_ndebug) echo "resume pipe";;
        protothreads|ucontext|boostctx) echo resume;;
        yieldc_extern) echo "resume chain";;
        cxx20coro) echo "resume range tree crash pipe frame";;
        cxx20sym) echo "tree crash chain";;
    esac
}
approach_runs() {   # APPROACH BENCH
    for g in $(bench_groups "$2"); do
        case " $(approach_groups "$1") " in *" $g "*) return 0;; esac
    done
    return 1
}
approach_needed() { for g in $(approach_groups "$1"); do want "$g" && return 0; done; return 1; }
# "N1 N2 SETUP": the two runs whose difference is measured, per N2 - N1 units.
params() {
    case $1 in
        tree) echo "$N $((2 * N)) $TREE";;                 # per node, 1M-node tree
        list1k) echo "0 1000 1000";;                         # per node: the whole walk
        list2k) echo "0 2000 2000";;
        list5k) echo "0 5000 5000";;
        list10k) echo "0 10000 10000";;
        deep*)  d=${1#deep}; k=$((N * 10 / d)); [ $k -ge 10 ] || k=10
                echo "$k $((2 * k)) $((2 * k))";;            # per resume at depth d
        *) echo "$N $((2 * N)) $((2 * N))";;
    esac
}

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

APPROACHES="yieldc yieldc_ndebug yieldc_extern hand protothreads cxx20coro cxx20sym ucontext boostctx"

# ---- 2. build the tool and the benchmarks --------------------------------
say "building yieldc; groups: $SEL"
[ -f "$ROOT/build/CMakeCache.txt" ] || cmake -S "$ROOT" -B "$ROOT/build" >/dev/null
cmake --build "$ROOT/build" -j "$JOBS" >/dev/null
YIELDC=$ROOT/build/tool/yieldc

rm -rf "$OUT"
mkdir -p "$OUT/src" "$OUT/bin" "$OUT/cg" "$OUT/tool" "$OUT/asm" "$OUT/compile"
echo "$SEL" > "$OUT/groups"
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
B=$OUT/bin
# Every translation unit compiled once, to assembly (kept for reading, in
# OUT/asm), then assembled and linked; each step a job list run JOBS at a time.
runjobs() {  # FILE: one command a line
    tr '\n' '\0' < "$1" | xargs -0 -r -P "$JOBS" -n 1 sh -c 'exec $0' \
        || { echo "a compile failed (see above)" >&2; exit 1; }
}
A=$OUT/asm
: > "$B/compile.all"; : > "$B/link"
for tag in gcc clang; do
    if [ $tag = gcc ]; then cc=gcc cxx=g++; else cc=clang cxx="clang++ -stdlib=libstdc++"; fi
    # the longest first (clang takes ~20 s over the 64-deep static chains)
    for v in "" _ndebug _extern; do
        f=yc_chain; [ "$v" = _extern ] && f=yc_chain_extern
        echo "$cc $CFLAGS_C $( [ "$v" = _ndebug ] && echo -DNDEBUG) -S $O/$f.gen.c -o $A/yc_chain$v-$tag.s" >> "$B/compile.all"
    done
    for v in "" _ndebug _extern; do
        f=yc; [ "$v" = _extern ] && f=yc_extern
        echo "$cc $CFLAGS_C $( [ "$v" = _ndebug ] && echo -DNDEBUG) -S $O/$f.gen.c -o $A/yc$v-$tag.s" >> "$B/compile.all"
    done
    for f in "$S/driver.c" "$S/hand.c" "$O/hand_chain.c" "$S/pt.c" "$S/uctx.c"; do
        echo "$cc $CFLAGS_C -S $f -o $A/$(basename "$f" .c)-$tag.s" >> "$B/compile.all"
    done
    for f in coro sym fiber; do
        echo "$cxx $CFLAGS_CXX -S $S/$f.cpp -o $A/$f-$tag.s" >> "$B/compile.all"
    done
    d=$A/driver-$tag.s
    cat <<EOL | while read -r a cmd; do if approach_needed "$a"; then echo "$cmd" >> "$B/link"; fi; done
yieldc $cc $A/yc-$tag.s $A/yc_chain-$tag.s $d -o $B/yieldc-$tag
yieldc_ndebug $cc $A/yc_ndebug-$tag.s $A/yc_chain_ndebug-$tag.s $d -o $B/yieldc_ndebug-$tag
yieldc_extern $cc $A/yc_extern-$tag.s $A/yc_chain_extern-$tag.s $d -o $B/yieldc_extern-$tag
hand $cc $A/hand-$tag.s $A/hand_chain-$tag.s $d -o $B/hand-$tag
protothreads $cc $A/pt-$tag.s $d -o $B/protothreads-$tag
ucontext $cc $A/uctx-$tag.s $d -o $B/ucontext-$tag
cxx20coro $cxx $A/coro-$tag.s $d -o $B/cxx20coro-$tag
cxx20sym $cxx $A/sym-$tag.s $d -o $B/cxx20sym-$tag
boostctx $cxx $A/fiber-$tag.s $d -lboost_context -o $B/boostctx-$tag
EOL
done
# what those links need (the assembly of every linked file)
for s in $(tr ' ' '\n' < "$B/link" | grep '\.s$' | sort -u); do
    grep -- "-o $s\$" "$B/compile.all" || { echo "no compile for $s" >&2; exit 1; }
done > "$B/compile"
say "compiling (gcc, g++ -std=c++20; clang, clang++ -stdlib=libstdc++), $JOBS at a time"
# the two longest (clang's yc_chain) first
{ grep '^clang .*yc_chain' "$B/compile" || true; grep -v '^clang .*yc_chain' "$B/compile" || true; } > "$B/compile.sorted"
runjobs "$B/compile.sorted"
runjobs "$B/link"
for tag in gcc clang; do
    for a in $APPROACHES; do
        approach_needed "$a" || continue
        [ -x "$B/$a-$tag" ] || { echo "build failed: $a-$tag" >&2; exit 1; }
    done
done


# The (tag approach bench) triples of the selected groups, crash probes apart.
: > "$OUT/selected"
for tag in gcc clang; do
    for a in $APPROACHES; do
        [ -x "$B/$a-$tag" ] || continue
        for bench in $("$B/$a-$tag" frames | cut -d' ' -f1); do
            case $bench in crash*) continue;; esac
            if bench_wanted "$bench" && approach_runs "$a" "$bench"; then echo "$tag $a $bench" >> "$OUT/selected"; fi
        done
    done
done

# ---- 3. frames ----------------------------------------------------------------
: > "$OUT/frames.tsv"
for tag in gcc clang; do
    for a in $APPROACHES; do
        [ -x "$B/$a-$tag" ] || continue
        "$B/$a-$tag" frames | while read -r bench bytes note; do
            printf '%s\t%s\t%s\t%s\t%s\n' "$tag" "$a" "$bench" "$bytes" "$note"
        done >> "$OUT/frames.tsv"
    done
done

# ---- 4. instructions (callgrind, N1 and N2 resumes, same setup) -----------
say "callgrind: $(wc -l < "$OUT/selected") benchmarks x 2 runs, $JOBS at a time"
: > "$OUT/cg/jobs"
while read -r tag a bench; do
    set -- $(params "$bench")
    echo "$tag $a $bench $1 $3" >> "$OUT/cg/jobs"
    echo "$tag $a $bench $2 $3" >> "$OUT/cg/jobs"
done < "$OUT/selected"
# each job: "instructions checksum" into OUT/cg/TAG.APPROACH.BENCH.N
cat > "$OUT/cg/one.sh" <<EOS
#!/bin/sh
f=$OUT/cg/\$1.\$2.\$3.\$4
valgrind --tool=callgrind --callgrind-out-file=/dev/null \\
    "$B/\$2-\$1" once "\$3" "\$4" "\$5" > "\$f.stdout" 2> "\$f.stderr"
ir=\$(sed -n 's/.*Collected : *\([0-9]*\).*/\1/p' "\$f.stderr")
echo "\$ir \$(cat "\$f.stdout")" > "\$f"
EOS
chmod +x "$OUT/cg/one.sh"
# the longest first, so that the last ones to finish are short
awk '{ w = ($3 ~ /^list|^tree/) ? 0 : 1; print w, $0 }' "$OUT/cg/jobs" | sort -s -k1,1n | cut -d' ' -f2- \
    | xargs -P "$JOBS" -L 1 "$OUT/cg/one.sh"
: > "$OUT/instr.tsv"
while read -r tag a bench; do
    set -- $(params "$bench")
    read -r ir1 sum1 < "$OUT/cg/$tag.$a.$bench.$1"
    read -r ir2 sum2 < "$OUT/cg/$tag.$a.$bench.$2"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$tag" "$a" "$bench" "$1" "$2" "$ir1" "$ir2" "$sum1" "$sum2" >> "$OUT/instr.tsv"
done < "$OUT/selected"

# ---- 5. wall time per resume (serial: nothing else of ours runs meanwhile) -
say "wall time: (t(N2) - t(N1)) / (N2 - N1), each t the median of 5 runs"
: > "$OUT/time.tsv"
while read -r tag a bench; do
    set -- $(params "$bench")
    case $bench in
        tree) set -- 0 $TREE $TREE;;    # the whole walk: setup would drown N resumes
        list*) ;;                       # the whole walk already
        *) set -- "$@" scale;;          # N1, N2, SETUP grown until the difference shows
    esac
    r=$("$B/$a-$tag" time "$bench" "$@")
    printf '%s\t%s\t%s\t%s\n' "$tag" "$a" "$bench" "$(echo "$r" | cut -d' ' -f1)" >> "$OUT/time.tsv"
done < "$OUT/selected"

# ---- 6. deepest recursion before a crash ----------------------------------
# A probe runs BIN once PROBE 0 DEPTH in a child shell with an 8 MB stack;
# bisection between a depth that passed and one that crashed, to 1%.
: > "$OUT/crash.tsv"
if want crash; then
    say "crash depth: bisection up to $CRASH_CAP levels, 8 MB stack"
    probe() {   # BIN PROBE DEPTH: true if it ran to the end
        sh -c 'ulimit -s 8192; ulimit -c 0; exec "$0" once "$1" 0 "$2"' "$@" >/dev/null 2>&1
    }
    for tag in gcc clang; do
        for a in yieldc hand cxx20sym cxx20coro; do
            for pr in crashfin crashclose crashwalk; do
                bin=$B/$a-$tag
                if probe "$bin" $pr "$CRASH_CAP"; then
                    res="$CRASH_CAP capped"
                else
                    lo=1000 hi=$CRASH_CAP
                    if ! probe "$bin" $pr $lo; then
                        res="0 below_1000"
                    else
                        while [ $((hi - lo)) -gt $((lo / 100)) ]; do
                            mid=$(( (lo + hi) / 2 ))
                            if probe "$bin" $pr $mid; then lo=$mid; else hi=$mid; fi
                        done
                        res="$lo crashed_at_$hi"
                    fi
                fi
                printf '%s\t%s\t%s\t%s\n' "$tag" "$a" "$pr" "$(echo "$res" | tr ' ' '\t')" >> "$OUT/crash.tsv"
            done
        done
    done
fi

# ---- 7. compile time of the output ----------------------------------------
# CPU seconds (user + system) of the compiler process: less disturbed by other
# load on the machine than wall time.
cat > "$OUT/cpu.py" <<'EOP'
import resource, subprocess, sys
r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
u = resource.getrusage(resource.RUSAGE_CHILDREN)
if r.returncode:
    sys.stderr.write(r.stderr.decode()[-2000:]); sys.exit(1)
print(f"{u.ru_utime + u.ru_stime:.3f}")
EOP
: > "$OUT/compile.tsv"
if want compile; then
    C=$OUT/compile
    python3 "$BENCH/gen.py" compileinput "$COMPILE_LINES" "$C/in.c" "$C/hand.c"
    "$YIELDC" "$C/in.c" -o "$C/out.c"
    say "compile time: gcc and clang -O2 -c of the output of $(wc -l < "$C/in.c") lines and of the hand-written twin, median of $COMPILE_REPS, $JOBS at a time"
    : > "$C/jobs"
    for cc in gcc clang; do
        for f in out hand; do
            for r in $(seq "$COMPILE_REPS"); do echo "$cc $f $r" >> "$C/jobs"; done
        done
    done
    cat > "$C/one.sh" <<EOS
#!/bin/sh
set -e
python3 "$OUT/cpu.py" "\$1" -O2 -std=c11 -w $("$YIELDC" --cflags) -c "$C/\$2.c" -o "$C/\$2-\$1-\$3.o" > "$C/\$1.\$2.\$3"
EOS
    chmod +x "$C/one.sh"
    xargs -P "$JOBS" -L 1 "$C/one.sh" < "$C/jobs"
    for cc in gcc clang; do
        for f in out hand; do
            t=$(cat "$C/$cc.$f".* | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
            text=$(size -A "$C/$f-$cc-1.o" | awk '$1 == ".text" { print $2 }')
            printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$cc" "$f" "$t" "$(wc -l < "$C/$f.c")" "$(wc -c < "$C/$f.c")" "$text" >> "$OUT/compile.tsv"
        done
    done
    printf 'input\tin\t0\t%s\t%s\t0\n' "$(wc -l < "$C/in.c")" "$(wc -c < "$C/in.c")" >> "$OUT/compile.tsv"
    rm -f "$C"/*.o
fi

# ---- 8. tool speed --------------------------------------------------------
: > "$OUT/tool.tsv"
if want tool; then
    say "tool speed: $TOOL_SIZES lines"
    INC="-I$ROOT/runtime/include"
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
        # to a regular file, never to /dev/null: run as root, the tool
        # could replace the device node by renaming its output over it
        ty=$(for i in 1 2 3; do tm "$YIELDC" "$in" -o "$OUT/tool/timed.c"; done | median3)
        tc=$(for i in 1 2 3; do tm clang -fsyntax-only $INC -include "$BENCH/src/plain_shim.h" "$in"; done | median3)
        to=$(for i in 1 2 3; do tm clang -fsyntax-only $INC "$OUT/tool/out$L.c"; done | median3)
        rm -f "$OUT/tool/out$L.c" "$OUT/tool/timed.c"   # can be tens of MB
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$lines" "$gens" "$outlines" "$ty" "$tc" "$to" "$outbytes" "$localbytes" >> "$OUT/tool.tsv"
    done
fi

# ---- 9. report ----------------------------------------------------------
say "writing $DEST/RESULTS.md"
python3 "$BENCH/report.py" "$OUT" "$DEST" "$N"
if [ "$DEST" = "$BENCH" ]; then
    gnuplot "$OUT/chart.gp"
fi
say "done: $DEST/RESULTS.md"
