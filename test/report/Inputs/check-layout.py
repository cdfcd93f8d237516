#!/usr/bin/env python3
"""Checks `yieldc --explain=json` against a C compiler's own layout.

For each INPUT (a file, or a directory: its *.c files): runs
`yieldc --explain=json INPUT` and `yieldc INPUT -o OUT.c`, appends to
OUT.c a function that prints offsetof and sizeof of every field the report
lists, and sizeof and _Alignof of every frame, run before main (a
constructor, which then exits), builds it with CC and CFLAGS, runs it, and
compares.  Prints one
line per input; exits 1 on any difference.

--corrupt changes one offset in the report first: the check must then fail
(the test of the test).
"""
import argparse
import glob
import json
import os
import shlex
import subprocess
import sys


def run(cmd, **kw):
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)
    if p.returncode != 0:
        sys.exit("check-layout: %s failed (%d):\n%s%s" % (" ".join(cmd), p.returncode, p.stdout, p.stderr))
    return p.stdout


def probe(report):
    lines = ["", "#include <stddef.h>", "#include <stdio.h>", "#include <stdlib.h>",
             "__attribute__((constructor)) static void yc__probe(void)", "{"]
    for g in report["generators"]:
        n = g["name"]
        lines.append('    printf("%%s sizeof %%zu %%zu\\n", "%s", sizeof(struct %s), _Alignof(struct %s));' % (n, n, n))
        for f in g["fields"]:
            lines.append('    printf("%%s %%s %%zu %%zu\\n", "%s", "%s", offsetof(struct %s, %s), '
                         'sizeof(((struct %s *)0)->%s));' % (n, f["name"], n, f["name"], n, f["name"]))
    lines += ["    fflush(stdout);", "    exit(0);", "}", ""]
    return "\n".join(lines)


def expected(report):
    out = []
    for g in report["generators"]:
        out.append("%s sizeof %d %d" % (g["name"], g["size"], g["align"]))
        for f in g["fields"]:
            out.append("%s %s %d %d" % (g["name"], f["name"], f["offset"], f["size"]))
    return out


def accounted(g):
    """Do the top-level fields and unions, the holes and the padding
    cover the frame, each byte once?"""
    items = [(f["offset"], f["size"]) for f in g["fields"] if f["group"] is None]
    items += [(u["offset"], u["size"]) for u in g["groups"]]
    items += [(h["offset"], h["size"]) for h in g["holes"]]
    items.append((g["size"] - g["padding"], g["padding"]))
    at = 0
    for off, size in sorted(items):
        if size and off != at:
            return False
        at += size
    return at == g["size"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--yieldc", required=True)
    ap.add_argument("--cc", required=True)
    ap.add_argument("--cflags", default="")
    ap.add_argument("--tmp", required=True)
    ap.add_argument("--corrupt", action="store_true")
    ap.add_argument("inputs", nargs="+")
    a = ap.parse_args()
    os.makedirs(a.tmp, exist_ok=True)
    files = []
    for i in a.inputs:
        files += sorted(glob.glob(os.path.join(i, "*.c"))) if os.path.isdir(i) else [i]
    bad = 0
    for k, src in enumerate(files):
        report = json.loads(run([a.yieldc, "--explain=json", src]))
        if a.corrupt and report["generators"]:
            report["generators"][0]["fields"][-1]["offset"] += 1
        base = os.path.join(a.tmp, "%d-%s" % (k, os.path.basename(src)[:-2]))
        run([a.yieldc, src, "-o", base + ".c"])
        with open(base + ".c") as f:
            text = f.read()
        with open(base + "-probe.c", "w") as f:
            f.write(text + probe(report))
        weak_main = os.path.join(a.tmp, "weak-main.c")   # for an input without a main of its own
        with open(weak_main, "w") as f:
            f.write("__attribute__((weak)) int main(void);\n__attribute__((weak)) int main(void) { return 0; }\n")
        run([a.cc] + shlex.split(a.cflags) + [base + "-probe.c", weak_main, "-o", base + "-probe"])
        got = run([base + "-probe"]).splitlines()
        want = expected(report)
        diff = [(w, g) for w, g in zip(want, got) if w != g] + [(w, None) for w in want[len(got):]]
        for g in report["generators"]:
            if not accounted(g):
                diff.append(("%s: fields, unions, holes and padding make sizeof" % g["name"], "otherwise"))
        nfields = sum(len(g["fields"]) for g in report["generators"])
        if diff:
            bad += 1
            for w, g in diff:
                print("%s: MISMATCH: --explain=json says '%s', %s says '%s'" % (src, w, os.path.basename(a.cc), g))
        else:
            print("%s: %d generators, %d fields: as %s lays them out" % (
                os.path.basename(src), len(report["generators"]), nfields, os.path.basename(a.cc)))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
