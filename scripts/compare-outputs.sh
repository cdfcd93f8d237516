#!/bin/sh
# compare-outputs.sh BASE_YIELDC NEW_YIELDC [FILE_OR_DIR...]
#
# Runs two builds of yieldc over a corpus and reports every input on which
# they differ: the output, the header from --header, stderr, or the exit
# status.  For a refactoring that must not change behaviour: build the
# baseline from the commit before it, then compare.
#
# Each input runs twice per build: to standard output, and with --no-line,
# --header and -o (in the same scratch directory for both builds, so the
# paths they print agree).  The corpus is every .c under test/ and
# examples/, the benchmark inputs (bench/gen.py), and the files and
# directories given (.c files, recursively).
#
# Both binaries must find the same runtime directory (its path shows in
# clang's diagnostics about yieldc.h): copy the baseline to X/bin/yieldc
# and link X/include/yieldc to this tree's runtime/include.
#
# Environment: JOBS (parallel runs, default: number of CPUs), BENCH_LINES
# (sizes of bench/gen.py toolinput, default "1000 10000").
set -eu
[ $# -ge 2 ] || { sed -n '2,18s/^# \{0,1\}//p' "$0"; exit 2; }
base=$(realpath "$1") new=$(realpath "$2")
shift 2
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
JOBS=${JOBS:-$(nproc)}

mkdir -p "$work/bench"
python3 "$root/bench/gen.py" chains "$work/bench"
for n in ${BENCH_LINES:-1000 10000}; do
    python3 "$root/bench/gen.py" toolinput "$n" "$work/bench/toolinput-$n.c"
done
cp "$root/bench/src/yc.c" "$work/bench/yc.c"
{
    find "$root/test" "$root/examples" "$work/bench" -name '*.c' -type f
    for a in "$@"; do
        if [ -d "$a" ]; then find "$(realpath "$a")" -name '*.c' -type f; else realpath "$a"; fi
    done
} | sort -u > "$work/list"

# one input: prints DIFF <file> <what> for each difference
cat > "$work/one.sh" <<'EOF'
#!/bin/sh
base=$1 new=$2 in=$3 work=$4
dir=$(mktemp -d "$work/run.XXXXXX")
inc="-I$(dirname "$in") -I$(dirname "$in")/Inputs/include -I$5/bench/src"
for y in base new; do
    bin=$base; [ $y = new ] && bin=$new
    mkdir -p "$dir/$y"
    ( cd "$dir" && timeout 120 "$bin" "$in" -- $inc > "$y/out" 2> "$y/err"; echo $? > "$y/rc" )
    ( cd "$dir" && timeout 120 "$bin" --no-line --header h.h "$in" -o o.c -- $inc > "$y/out2" 2> "$y/err2"
      echo $? > "$y/rc2"; for f in h.h o.c; do [ -f $f ] && mv $f "$y/$f"; done; true )
done
for f in out err rc out2 err2 rc2 h.h o.c; do
    if [ -f "$dir/base/$f" ] || [ -f "$dir/new/$f" ]; then
        cmp -s "$dir/base/$f" "$dir/new/$f" || echo "DIFF $in $f"
    fi
done
rm -rf "$dir"
EOF
chmod +x "$work/one.sh"
n=$(wc -l < "$work/list")
tr '\n' '\0' < "$work/list" |
    xargs -0 -P "$JOBS" -I{} "$work/one.sh" "$base" "$new" {} "$work" "$root" > "$work/diffs" || true
ndiff=$(cut -d' ' -f2 "$work/diffs" | sort -u | wc -l)
cat "$work/diffs"
echo "compare-outputs: $n inputs, $ndiff differ"
[ "$ndiff" -eq 0 ]
