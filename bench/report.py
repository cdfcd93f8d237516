#!/usr/bin/env python3
"""report.py OUT BENCHDIR N -- turn bench/out/*.tsv into RESULTS.md and the
gnuplot script of the chart (OUT/chart.gp, writing BENCHDIR/chart.png)."""
import math, os, platform, statistics, subprocess, sys
from collections import defaultdict

out, benchdir, N = sys.argv[1], sys.argv[2], int(sys.argv[3])

def tsv(name):
    with open(os.path.join(out, name)) as f:
        return [l.rstrip("\n").split("\t") for l in f if l.strip()]

APPROACHES = ["yieldc", "yieldc_ndebug", "yieldc_extern", "hand", "protothreads", "cxx20coro", "ucontext", "boostctx"]
LABEL = {
    "yieldc": "yieldc",
    "yieldc_ndebug": "yieldc, -DNDEBUG",
    "yieldc_extern": "yieldc, public generators",
    "hand": "hand-written",
    "protothreads": "Protothreads switch",
    "cxx20coro": "C++20 coroutine",
    "ucontext": "ucontext",
    "boostctx": "boost.context fiber",
}
BENCHES = [
    ("range", "range(n): counting"),
    ("tri", f"triangle: i*j+r over 3 nested loops (16x16 triangle, repeated)"),
    ("tok", "tokenizer over a string (names, numbers, operators)"),
    ("chain1", "yield-from chain, depth 1"),
    ("chain8", "yield-from chain, depth 8"),
    ("chain64", "yield-from chain, depth 64"),
]
TAGS = ["gcc", "clang"]

frames = {(t, a, b): (int(x), note) for t, a, b, x, note in tsv("frames.tsv")}
instr, sums = {}, defaultdict(set)
for t, a, b, i1, i2, s1, s2 in tsv("instr.tsv"):
    instr[(t, a, b)] = (int(i2) - int(i1)) / N
    sums[(t, b)].add((s1, s2))
times = {(t, a, b): float(ns) for t, a, b, ns, n in tsv("time.tsv")}
tool8 = [tuple(map(float, r)) for r in tsv("tool.tsv")]
tool = [r[:7] for r in tool8]

def fmt(x, d=2):
    if x is None:
        return "-"
    return f"{x:.{d}f}"

def ver(cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True).stdout.splitlines()[0].strip()
    except Exception:
        return "?"

cpu = "?"
try:
    for l in open("/proc/cpuinfo"):
        if l.startswith("model name"):
            cpu = l.split(":", 1)[1].strip(); break
except OSError:
    pass

L = []
w = L.append
w("# yieldc benchmark results\n")
w("Written by `bench/run.sh` (do not edit: rerun it). How the numbers are made, "
  "and what each approach is: [README.md](README.md).\n")
w(f"- machine: {cpu}, {os.cpu_count()} CPUs, {platform.system()} {platform.release()}")
w(f"- compilers: {ver(['gcc', '--version'])}; {ver(['clang', '--version'])}; all `-O2` "
  "(C: `-std=c11`; C++: `-std=c++20`, clang++ with `-stdlib=libstdc++`)")
w(f"- {ver(['valgrind', '--version'])}; instructions/resume = (Ir(2N) - Ir(N)) / N with N = {N}, "
  f"the same setup in both runs (so process start, setup and teardown cancel)")
w("- ns/resume: median of 5 runs of at least 20 ms each, `clock_gettime(CLOCK_MONOTONIC)`")
w("- ratio: yieldc (or any approach) / hand-written, same compiler, same run of `run.sh`")
bad = [f"{t}/{b}" for (t, b), s in sums.items() if len(s) != 1]
w("- checksums: " + ("every approach computed the same values for every benchmark" if not bad
                      else "**MISMATCH** in " + ", ".join(sorted(bad))) + "\n")

for b, title in BENCHES:
    w(f"## {b}: {title}\n")
    w("| approach | compiler | instructions/resume | ratio | ns/resume | ratio | frame bytes |")
    w("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
    for a in APPROACHES:
        for t in TAGS:
            k = (t, a, b)
            if k not in instr:
                continue
            hi, ht = instr.get((t, "hand", b)), times.get((t, "hand", b))
            ir, ns = instr[k], times.get(k)
            fb, note = frames[k]
            if note == "operator_new_size":
                fnote = f"{fb} (heap{', elided in the loop' if t == 'clang' else ''})"
            elif note.startswith("sizeof+"):
                fnote = f"{fb} ({fb - 16384} + 16 KiB stack)"
            else:
                fnote = str(fb)
            name = f"**{LABEL[a]}**" if a == "yieldc" else LABEL[a]
            w(f"| {name} | {t} | {fmt(ir)} | {fmt(ir / hi if hi else None)}x | {fmt(ns)} | "
              f"{fmt(ns / ht if ht else None)}x | {fnote} |")
    w("")

w("## Tool speed\n")
w("Inputs from `bench/gen.py toolinput LINES`: generators of four shapes (loop, nested loops "
  "with `continue`, scanning `while`, `yield` in the user's `switch`) and one plain function "
  "in five. yieldc: `build/tool/yieldc in.c -o /dev/null`; clang: `clang -fsyntax-only in.c` "
  "with `bench/src/plain_shim.h` force-included (generator syntax mapped to plain C, so clang "
  "parses the same statements); for scale also `clang -fsyntax-only` of yieldc's output. "
  "Median of 3, wall seconds.\n")
w("| lines | generators | yieldc s | clang -fsyntax-only s | ratio | yieldc µs/line | output lines | output MB | of which `#define YC__LOCAL` MB | clang -fsyntax-only on output s |")
w("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
for lines, gens, outl, ty, tc, to, ob, lb in tool8:
    w(f"| {int(lines)} | {int(gens)} | {ty:.3f} | {tc:.3f} | {ty / tc:.2f}x | {ty / lines * 1e6:.1f} | {int(outl)} | {ob / 1e6:.1f} | {lb / 1e6:.1f} | {to:.3f} |")
exps = []
if len(tool) >= 2:
    for (l1, _, _, t1, c1, _, _), (l2, _, _, t2, c2, _, _) in zip(tool, tool[1:]):
        exps.append((int(l1), int(l2), math.log(t2 / t1) / math.log(l2 / l1), math.log(c2 / c1) / math.log(l2 / l1)))
    w("")
    w("Growth exponent k in time ~ lines^k between consecutive sizes (1.0 = linear; the smallest "
      "size is dominated by start-up, so its k is low):\n")
    w("| from | to | yieldc k | clang k |")
    w("| ---: | ---: | ---: | ---: |")
    for l1, l2, ky, kc in exps:
        w(f"| {l1} | {l2} | {ky:.2f} | {kc:.2f} |")
w("")

w("## Chart\n")
w("![instructions per resume](chart.png)\n")
w("Instructions per resume (callgrind, log scale), gcc -O2 (left) and clang -O2 (right).\n")

w("## Targets\n")
w("| target | compiler | benchmark | measured | met? |")
w("| --- | --- | --- | ---: | --- |")
for b, _ in BENCHES:
    for t in TAGS:
        y, h = instr.get((t, "yieldc", b)), instr.get((t, "hand", b))
        if y is None or h is None:
            continue
        r = y / h
        gap = "" if r <= 1.05 else f" (gap {y - h:+.2f} instr/resume)"
        w(f"| resume cost <= 1.05x hand-written instructions | {t} | {b} | {r:.2f}x{gap} | {'yes' if r <= 1.05 else '**no**'} |")
rf = frames.get(("gcc", "yieldc", "range"))
if rf:
    w(f"| range frame <= 32 bytes (x86-64) | both | range | {rf[0]} bytes | {'yes' if rf[0] <= 32 else '**no**'} |")
for lines, gens, outl, ty, tc, to, ob, lb in tool8:
    r = ty / tc
    w(f"| tool time <= 1.3x clang -fsyntax-only | - | {int(lines)} lines | {r:.2f}x | {'yes' if r <= 1.3 else '**no**'} |")
if exps:
    ky = exps[-1][2]
    w(f"| tool time linear in input size | - | {exps[-1][0]}->{exps[-1][1]} lines | k = {ky:.2f} | "
      f"{'yes' if ky <= 1.15 else '**no**'} |")
w("")
w("Notes on what costs instructions in the generated code: see \"Reading the generated code\" in "
  "[README.md](README.md); the assembly of this run is in `bench/out/asm/`.")

with open(os.path.join(benchdir, "RESULTS.md"), "w") as f:
    f.write("\n".join(L) + "\n")

# ---- chart -----------------------------------------------------------------
CHART_APPROACHES = ["yieldc", "hand", "protothreads", "cxx20coro", "ucontext", "boostctx"]
for t in TAGS:
    with open(os.path.join(out, f"chart_{t}.dat"), "w") as f:
        f.write("bench " + " ".join(f'"{LABEL[a]}"' for a in CHART_APPROACHES) + "\n")
        for b, _ in BENCHES:
            vals = [instr.get((t, a, b)) for a in CHART_APPROACHES]
            f.write(b + " " + " ".join("NaN" if v is None else f"{max(v, 0.01):.3f}" for v in vals) + "\n")
cols = len(CHART_APPROACHES)
gp = f"""set terminal pngcairo size 1400,560 font ",10"
set output "{os.path.join(benchdir, 'chart.png')}"
set style data histograms
set style histogram clustered gap 1
set style fill solid 0.85 border -1
set logscale y
set yrange [0.1:*]
set grid ytics
set key top left font ",9"
set ylabel "instructions per resume (log)"
set multiplot layout 1,2
"""
for t in TAGS:
    gp += f'set title "{t} -O2"\n'
    gp += "plot " + ", ".join(
        f'"{os.path.join(out, f"chart_{t}.dat")}" using {i + 2}:xtic(1) title columnheader({i + 2})'
        for i in range(cols)) + "\n"
gp += "unset multiplot\n"
with open(os.path.join(out, "chart.gp"), "w") as f:
    f.write(gp)
