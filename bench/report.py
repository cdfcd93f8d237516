#!/usr/bin/env python3
"""report.py OUT BENCHDIR N -- turn bench/out/*.tsv into RESULTS.md and the
gnuplot script of the chart (OUT/chart.gp, writing BENCHDIR/chart.png)."""
import math, os, platform, statistics, subprocess, sys
from collections import defaultdict

out, benchdir, N = sys.argv[1], sys.argv[2], int(sys.argv[3])

def tsv(name):
    path = os.path.join(out, name)
    if not os.path.exists(path):
        return []
    with open(path) as f:
        return [l.rstrip("\n").split("\t") for l in f if l.strip()]

with open(os.path.join(out, "groups")) as f:
    GROUPS = f.read().split()

APPROACHES = ["yieldc", "yieldc_ndebug", "yieldc_extern", "hand", "protothreads", "cxx20coro", "cxx20sym", "ucontext", "boostctx"]
LABEL = {
    "yieldc": "yieldc",
    "yieldc_ndebug": "yieldc, -DNDEBUG",
    "yieldc_extern": "yieldc, public generators",
    "hand": "hand-written",
    "protothreads": "Protothreads switch",
    "cxx20coro": "C++20 coroutine",
    "cxx20sym": "C++20 coroutine, symmetric transfer",
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
for t, a, b, n1, n2, i1, i2, s1, s2 in tsv("instr.tsv"):
    instr[(t, a, b)] = (int(i2) - int(i1)) / (int(n2) - int(n1))
    sums[(t, b)].add((s1, s2))
times = {(t, a, b): float(ns) for t, a, b, ns in tsv("time.tsv")}
crash = {(t, a, p): (int(d), st) for t, a, p, d, st in tsv("crash.tsv")}
compile_ = {(cc, k): (float(cpu), int(lines), int(size), int(text)) for cc, k, cpu, lines, size, text in tsv("compile.tsv")}
tool8 = [tuple(map(float, r)) for r in tsv("tool.tsv")]
tool = [r[:7] for r in tool8]

def fmt(x, d=2):
    if x is None:
        return "-"
    return f"{x:,.{d}f}" if abs(x) >= 10000 else f"{x:.{d}f}"

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

def I(t, a, b):
    return instr.get((t, a, b))

def ratio(x, y):
    return x / y if x is not None and y else None

def both(a, b, d=0, f=I):
    """'gcc / clang' of f(tag, a, b)."""
    return " / ".join(fmt(f(t, a, b), d) for t in TAGS)

def yes(ok):
    if ok is None:
        return "-"
    return "yes" if ok else "**no**"

def frame_note(t, b, a):
    fb, note = frames[(t, a, b)]
    if note.startswith("operator_new_size"):
        per = " per level" if note.endswith("per_level") else ""
        return f"{fb}{per} (heap{', elided in the loop' if t == 'clang' and not per else ''})"
    if note.startswith("sizeof+"):
        return f"{fb} ({fb - 16384} + 16 KiB stack)"
    if note == "per_level":
        return f"{fb} per level (YC_ALLOC)"
    if note == "plus_stack":
        return f"{fb} + heap stack"
    if note == "4_stages":
        return f"{fb} (4 stages)"
    return str(fb)

def bench_table(b, unit="resume", ref="hand"):
    w(f"| approach | compiler | instructions/{unit} | ratio | ns/{unit} | ratio | frame bytes |")
    w("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
    for a in APPROACHES:
        for t in TAGS:
            k = (t, a, b)
            if k not in instr:
                continue
            hi, ht = instr.get((t, ref, b)), times.get((t, ref, b))
            ir, ns = instr[k], times.get(k)
            name = f"**{LABEL[a]}**" if a == "yieldc" else LABEL[a]
            w(f"| {name} | {t} | {fmt(ir)} | {fmt(ratio(ir, hi))}x | {fmt(ns)} | "
              f"{fmt(ratio(ns, ht))}x | {frame_note(t, b, a)} |")
    w("")

def has(b):
    return any(k[2] == b for k in instr)

w("# yieldc benchmark results\n")
w("Written by `bench/run.sh` (do not edit: rerun it). How the numbers are made, "
  "and what each benchmark and approach is: [README.md](README.md).\n")
w(f"- groups measured in this run: {', '.join(GROUPS)}")
w(f"- machine: {cpu}, {os.cpu_count()} CPUs, {platform.system()} {platform.release()} "
  "(shared: only instruction counts and sizes are trustworthy; wall times are secondary)")
w(f"- compilers: {ver(['gcc', '--version'])}; {ver(['clang', '--version'])}; all `-O2` "
  "(C: `-std=c11`; C++: `-std=c++20`, clang++ with `-stdlib=libstdc++`)")
w(f"- {ver(['valgrind', '--version'])}; instructions per unit = (Ir(N2) - Ir(N1)) / (N2 - N1), "
  f"the same setup in both runs (so process start, setup and teardown cancel); N1 = N = {N} "
  "and N2 = 2N resumes unless the section says otherwise")
w("- ns per unit: the same subtraction of wall times, each the median of 5 runs; N1, N2 and the setup "
  "grown together until the difference takes >= 20 ms (tree: the whole walk against none)")
w("- ratio: to hand-written, same compiler, same run of `run.sh`")
bad = [f"{t}/{b}" for (t, b), s in sums.items() if len(s) != 1]
w("- checksums: " + ("every approach computed the same values for every benchmark" if not bad
                      else "**MISMATCH** in " + ", ".join(sorted(bad))) + "\n")

# ---- the round-2 table --------------------------------------------------
rows = []
def row(what, now, anchor, target, met):
    rows.append(f"| {what} | {now} | {anchor} | {target} | {yes(met)} |")

if has("tree"):
    y = [I(t, "yieldc", "tree") for t in TAGS]
    row("recursive tree walk (`yield from` per level), 1M-node balanced tree, instructions per node (gcc / clang)",
        both("yieldc", "tree", 0),
        f"C++20 symmetric transfer {both('cxx20sym', 'tree', 0)}; naive C++20 {both('cxx20coro', 'tree', 0)}; "
        f"hand explicit stack {both('hand', 'tree', 0)}",
        "<= 250, with both compilers", None if None in y else max(y) <= 250)
if has("list10k"):
    pl = lambda t, a, b: ratio(I(t, a, b), 10001 / 2)
    d10 = [I(t, "yieldc", "deep10") for t in TAGS]
    d1e4 = [I(t, "yieldc", "deep10000") for t in TAGS]
    flat = [ratio(x, y) for x, y in zip(d1e4, d10)]
    row("list-shaped tree of 10k nodes, instructions per node",
        f"{both('yieldc', 'list10k', 0)} ({both('yieldc', 'list10k', 1, pl)} per level per resume: quadratic); "
        f"per resume at depth 10 / 10,000: gcc {fmt(d10[0], 0)} / {fmt(d1e4[0], 0)} ({fmt(flat[0], 0)}x), "
        f"clang {fmt(d10[1], 0)} / {fmt(d1e4[1], 0)} ({fmt(flat[1], 0)}x)",
        f"C++ symmetric {both('cxx20sym', 'list10k', 0)} per node, depth 10 / 10,000: "
        + ", ".join(f"{t} {fmt(I(t, 'cxx20sym', 'deep10'), 0)} / {fmt(I(t, 'cxx20sym', 'deep10000'), 0)}" for t in TAGS),
        "flat in depth: per-resume cost at depth 10,000 <= 2x depth 10",
        None if None in flat else max(flat) <= 2)
PROBES = ("crashfin", "crashclose", "crashwalk")
if crash:
    def deepest(t, a):
        v = [crash.get((t, a, p)) for p in PROBES]
        if None in v:
            return None, ""
        d = min(x[0] for x in v)
        capped = all(x[1] == "capped" for x in v)
        return d, f"{'>= ' if capped else ''}{d:,}"
    y = [deepest(t, "yieldc") for t in TAGS]
    row("deepest recursion before a crash (8 MB stack; the least of the three probes below)",
        " / ".join(x[1] for x in y),
        "hand explicit stack " + " / ".join(deepest(t, "hand")[1] for t in TAGS)
        + "; C++ symmetric " + " / ".join(deepest(t, "cxx20sym")[1] for t in TAGS)
        + "; naive C++20 " + " / ".join(deepest(t, "cxx20coro")[1] for t in TAGS),
        "1M levels, bounded C stack", None if None in [x[0] for x in y] else min(x[0] for x in y) >= 1000000)
if has("chain64x2"):
    r = lambda t, a, b: ratio(I(t, a, "chain64x2"), I(t, a, "chain1x2"))
    rs = [r(t, a, None) for a in ("yieldc", "yieldc_extern") for t in TAGS]
    row("non-recursive chain of 64 `yield from`, a second call site added, per resume",
        f"static {both('yieldc', 'chain64x2', 0)} ({both('yieldc', None, 1, r)}x depth 1); "
        f"public {both('yieldc_extern', 'chain64x2', 0)} ({both('yieldc_extern', None, 1, r)}x depth 1); "
        f"depth-1 chain {both('yieldc', 'chain1x2', 0)}",
        f"C++ symmetric {both('cxx20sym', 'chain64x2', 0)}; hand {both('hand', 'chain64x2', 0)}",
        "<= 2x the depth-1 chain, however many call sites, public generators too",
        None if None in rs else max(rs) <= 2)
if has("rangew"):
    rs = [ratio(I(t, "yieldc", b), I(t, "hand", b)) for b in ("range", "rangew") for t in TAGS]
    row("`range` per resume: harness loop (`for (k < n && yc_next)`) / `while (yc_next(&g))`",
        f"harness {both('yieldc', 'range', 1)}; while {both('yieldc', 'rangew', 1)}",
        f"hand: harness {both('hand', 'range', 1)}; while {both('hand', 'rangew', 1)}",
        "<= 1.05x hand with both compilers, both loops",
        None if None in rs else max(rs) <= 1.05)
if has("pipe"):
    rs = [ratio(I(t, "yieldc", "pipe"), I(t, "hand", "pipe")) for t in TAGS]
    row("4-stage pipeline (source, filter, map, window sum), per element out",
        f"{both('yieldc', 'pipe', 1)} ({' / '.join(fmt(x, 2) + 'x' for x in rs)})",
        f"hand {both('hand', 'pipe', 1)}; C++20 {both('cxx20coro', 'pipe', 1)}",
        "<= 1.2x hand", None if None in rs else max(rs) <= 1.2)
if has("sib"):
    fy = frames.get(("gcc", "yieldc", "sib"), (None,))[0]
    row("two 256-byte arrays in sibling blocks, each live across a yield: frame bytes",
        f"{fy}",
        f"clang++ coroutine {frames.get(('clang', 'cxx20coro', 'sib'), ('-',))[0]}, "
        f"g++ {frames.get(('gcc', 'cxx20coro', 'sib'), ('-',))[0]}; hand {frames.get(('gcc', 'hand', 'sib'), ('-',))[0]}",
        "<= 272", None if fy is None else fy <= 272)
if has("bigs"):
    rs = [ratio(I(t, "yieldc", "bigs"), I(t, "hand", "bigs")) for t in TAGS]
    row("a 256-byte struct local live across a yield, instructions per resume",
        f"{both('yieldc', 'bigs', 1)} ({' / '.join(fmt(x, 2) + 'x' for x in rs)})",
        f"hand {both('hand', 'bigs', 1)}; C++20 {both('cxx20coro', 'bigs', 1)}",
        "<= 1.1x hand", None if None in rs else max(rs) <= 1.1)
if ("gcc", "out") in compile_:
    cr = {cc: ratio(compile_[(cc, "out")][0], compile_[(cc, "hand")][0]) for cc in TAGS}
    lines = compile_[("input", "in")][1]
    row(f"`gcc -O2 -c` of the output of a {lines:,}-line input, CPU seconds",
        f"{compile_[('gcc', 'out')][0]:.1f} s ({cr['gcc']:.2f}x); clang {compile_[('clang', 'out')][0]:.1f} s ({cr['clang']:.2f}x)",
        f"hand-written {compile_[('gcc', 'hand')][0]:.1f} s; clang {compile_[('clang', 'hand')][0]:.1f} s",
        "<= 1.5x hand", cr["gcc"] <= 1.5)
if tool8:
    lines, gens, outl, ty, tc, to, ob, lb = tool8[-1]
    k = None
    if len(tool8) >= 2:
        (l1, _, _, t1, *_), (l2, _, _, t2, *_) = tool8[-2], tool8[-1]
        k = math.log(t2 / t1) / math.log(l2 / l1)
    row(f"tool time vs `clang -fsyntax-only`, {int(lines):,} lines",
        f"{ty / tc:.2f}x" + (f" (k = {k:.2f})" if k else ""), f"clang itself {tc:.2f} s",
        "<= 1.5x, linear", ty / tc <= 1.5 and (k is None or k <= 1.15))
if rows:
    w("## The round-2 table\n")
    w("Every row measured in this run; \"gcc / clang\" where both are given. "
      "The sections below have every approach and the wall times.\n")
    w("| what | yieldc now | anchor | target | met? |")
    w("| --- | --- | --- | --- | --- |")
    L.extend(rows)
    w("")

# ---- the round-1 benchmarks ----------------------------------------------------
for b, title in BENCHES:
    if has(b):
        w(f"## {b}: {title}\n")
        bench_table(b)

# ---- round 2 sections -------------------------------------------------------
if has("rangew"):
    w("## rangew: range(n) consumed by `while (yc_next(&g))`\n")
    w("The same generator as `range`, the loop without the harness's counter (the generator "
      "is created with n values and runs to its end).\n")
    bench_table("rangew")

if has("tree"):
    w("## tree: recursive in-order walk of a balanced tree, 1M nodes\n")
    w(f"`yield from walk(t->left); yield t->key; yield from walk(t->right);` over a tree of 2^20 - 1 "
      f"nodes (depth 20); N = {N} and 2N values of the walk: instructions per node (per resume). "
      "Every node's two children are walked, so a walk also makes a generator for each of the "
      "~1M empty subtrees.\n")
    bench_table("tree", "node")
lists = [b for b in ("list1k", "list2k", "list5k", "list10k") if has(b)]
if lists:
    w("## list: the same walk over a list-shaped tree (each node only a right child)\n")
    w("The k-th node is k levels down, so a walk that goes through every level on every resume "
      "is quadratic. The whole walk (N1 = 0, N2 = L nodes), per node; \"per level\" divides by "
      "the mean depth, (L + 1) / 2.\n")
    w("| approach | compiler | " + " | ".join(f"{b[4:]} per node" for b in lists) + " | per level per resume at 10k |")
    w("| --- | --- | " + " | ".join("---:" for _ in lists) + " | ---: |")
    for a in APPROACHES:
        for t in TAGS:
            vals = [I(t, a, b) for b in lists]
            if all(v is None for v in vals):
                continue
            v10 = I(t, a, "list10k")
            name = f"**{LABEL[a]}**" if a == "yieldc" else LABEL[a]
            w(f"| {name} | {t} | " + " | ".join(fmt(v, 0) for v in vals) + f" | {fmt(ratio(v10, 10001 / 2), 2)} |")
    w("")
deeps = [b for b in ("deep10", "deep100", "deep1000", "deep10000") if has(b)]
if deeps:
    w("## depth curve: per-resume cost d levels down\n")
    w("`deep(d, n)`: d generators each `yield from deep(d - 1, n)`, the innermost counts. "
      "Instructions per resume at each depth (N1 = 10N/d resumes, N2 = 2 N1), and the ratio "
      "of the deepest to depth 10 (target: <= 2).\n")
    w("| approach | compiler | " + " | ".join(f"depth {b[4:]}" for b in deeps) + " | per level | 10000 / 10 |")
    w("| --- | --- | " + " | ".join("---:" for _ in deeps) + " | ---: | ---: |")
    for a in APPROACHES:
        for t in TAGS:
            vals = [I(t, a, b) for b in deeps]
            if all(v is None for v in vals):
                continue
            d10, dl = I(t, a, "deep10"), I(t, a, "deep10000")
            per = (dl - d10) / (10000 - 10) if d10 is not None and dl is not None else None
            name = f"**{LABEL[a]}**" if a == "yieldc" else LABEL[a]
            w(f"| {name} | {t} | " + " | ".join(fmt(v, 1) for v in vals) + f" | {fmt(per, 2)} | {fmt(ratio(dl, d10), 1)}x |")
    w("")
    w("Wall time, ns per resume:\n")
    w("| approach | compiler | " + " | ".join(f"depth {b[4:]}" for b in deeps) + " |")
    w("| --- | --- | " + " | ".join("---:" for _ in deeps) + " |")
    for a in APPROACHES:
        for t in TAGS:
            vals = [times.get((t, a, b)) for b in deeps]
            if all(v is None for v in vals):
                continue
            w(f"| {LABEL[a]} | {t} | " + " | ".join(fmt(v, 1) for v in vals) + " |")
    w("")

if crash:
    w("## crash: deepest recursion before a crash (8 MB stack)\n")
    w("Three probes, each in a child process under `ulimit -s 8192`: `deep(D, 1)` run to its end "
      "(every level finishes in the last resume), `deep(D, 2)` closed while suspended at the bottom, "
      "and the tree walk over a left-spine tree of D nodes (one resume goes down all D levels), "
      "then closed. Bisection to 1% between a depth that ran and one that crashed. "
      "\">=\": ran at the cap.\n")
    w("| approach | compiler | deep: run to the end | deep: close at the bottom | walk: down and close |")
    w("| --- | --- | ---: | ---: | ---: |")
    for a in ("yieldc", "hand", "cxx20sym", "cxx20coro"):
        for t in TAGS:
            cells = []
            for p in PROBES:
                d, st = crash.get((t, a, p), (None, ""))
                cells.append("-" if d is None else (f">= {d:,}" if st == "capped" else f"{d:,}"))
            w(f"| {LABEL[a]} | {t} | " + " | ".join(cells) + " |")
    w("")

for b, title in (("chain1x2", "yield-from chain, depth 1, a second call site"),
                 ("chain64x2", "yield-from chain, depth 64, a second call site")):
    if has(b):
        w(f"## {b}: {title}\n")
        if b == "chain64x2":
            w("Another (never run) function also drives the outermost generator, so gcc cannot "
              "inline its step into the benchmark's loop just because it has one caller. "
              "\"public\": the same sources without `static`.\n")
        bench_table(b)
if has("chain64x2"):
    w("Depth 64 / depth 1 (target <= 2x):\n")
    w("| approach | gcc | clang |")
    w("| --- | ---: | ---: |")
    for a in APPROACHES:
        rs = [ratio(I(t, a, "chain64x2"), I(t, a, "chain1x2")) for t in TAGS]
        if all(x is None for x in rs):
            continue
        w(f"| {LABEL[a]} | " + " | ".join(fmt(x) + "x" for x in rs) + " |")
    w("")

if has("pipe"):
    w("## pipe: 4-stage pipeline\n")
    w("source (0, 1, 2, ...) -> filter (x % 3 != 0) -> map (x * x + 1) -> window (sum of the "
      "last 4), each stage a generator pulling from the one before through a pointer; "
      "instructions per value out of the last stage (1.5 source values each). Frame bytes: "
      "the four stages together.\n")
    bench_table("pipe", "element")
if has("sib"):
    w("## sib: two 256-byte arrays in sibling blocks, each live across a yield\n")
    w("Frame bytes is what this benchmark is about (the arrays are never live at the same time). "
      "For the C++ coroutine, the size its promise's `operator new` is asked for.\n")
    bench_table("sib")
if has("bigs"):
    w("## bigs: a 256-byte struct local live across a yield\n")
    bench_table("bigs")

if compile_:
    w("## compile: the output's compile time\n")
    lines = compile_[("input", "in")][1]
    w(f"`gen.py compileinput`, {lines:,} lines: the tool-speed input (public generators of four shapes "
      "and plain functions) and its hand-written twin (one struct, constructor and next function "
      "per generator). `CC -O2 -std=c11 -c`, CPU seconds (user + system) of the compiler, median "
      "of the runs.\n")
    w("| compiler | file | lines | bytes | CPU s | ratio | .text bytes |")
    w("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
    for cc in TAGS:
        for k, name in (("out", "yieldc's output"), ("hand", "hand-written")):
            c, l, sz, tx = compile_[(cc, k)]
            w(f"| {cc} | {name} | {l:,} | {sz:,} | {c:.2f} | {c / compile_[(cc, 'hand')][0]:.2f}x | {tx:,} |")
    w("")

if tool8:
    w("## Tool speed\n")
    w("Inputs from `bench/gen.py toolinput LINES`: generators of four shapes (loop, nested loops "
      "with `continue`, scanning `while`, `yield` in the user's `switch`) and one plain function "
      "in five. yieldc: `build/tool/yieldc in.c -o FILE` (a regular file); clang: `clang -fsyntax-only in.c` "
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

if "resume" in GROUPS:
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
    if tool8 and len(tool) >= 2:
        ky = exps[-1][2]
        w(f"| tool time linear in input size | - | {exps[-1][0]}->{exps[-1][1]} lines | k = {ky:.2f} | "
          f"{'yes' if ky <= 1.15 else '**no**'} |")
    w("")
w("Notes on what costs instructions in the generated code: see \"Reading the generated code\" and "
  "\"Where the time goes (round 2)\" in [README.md](README.md); the assembly of this run is in `bench/out/asm/`.")

with open(os.path.join(benchdir, "RESULTS.md"), "w") as f:
    f.write("\n".join(L) + "\n")

# ---- chart -----------------------------------------------------------------
CHART_APPROACHES = ["yieldc", "hand", "protothreads", "cxx20coro", "ucontext", "boostctx"]
for t in TAGS:
    with open(os.path.join(out, f"chart_{t}.dat"), "w") as f:
        f.write("bench " + " ".join(f'"{LABEL[a]}"' for a in CHART_APPROACHES) + "\n")
        for b, _ in BENCHES:
            if not has(b):
                continue
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
