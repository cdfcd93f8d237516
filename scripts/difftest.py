#!/usr/bin/env python3
"""difftest.py FILE.c...: run a program through yieldc and compare what it
prints with the output its header comment expects.

The header is the differential tester's: a comment whose lines after
"Expected output" are ` *   LINE` (the first 40 of the output at most: the
output must begin with them; every build must print the same).  Each file is transformed, built with gcc
and clang at -O0 and -O2 (-Wall -Wextra -Werror), and with clang and gcc
under -fsanitize=address,undefined, and run; prints one line per file:
"ok", or the first failure (transform, cc-error, sanitizer, mismatch).
Exit status 1 if any file fails.  -v: print the failure's details.
--builds=NAME,...: only those builds (of gcc-O0 gcc-O2 clang-O0 clang-O2
clang-asan gcc-asan).  YIELDC in the environment: the yieldc to test
(default build/tool/yieldc).
"""
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
YIELDC = os.environ.get("YIELDC", os.path.join(ROOT, "build", "tool", "yieldc"))
CFLAGS = ["-std=c11", "-Wall", "-Wextra", "-Werror", "-I", os.path.join(ROOT, "runtime", "include")]
BUILDS = [
    ("gcc-O0", "gcc", ["-O0"]),
    ("gcc-O2", "gcc", ["-O2"]),
    ("clang-O0", "clang", ["-O0"]),
    ("clang-O2", "clang", ["-O2"]),
    # -fno-sanitize=float-cast-overflow: the tester's programs convert negative
    # doubles to unsigned (yield from a generator(double) in a
    # generator(unsigned)), which is their undefined behaviour, not ours
    ("clang-asan", "clang", ["-O1", "-g", "-fsanitize=address,undefined", "-fno-sanitize-recover=all",
                             "-fno-sanitize=float-cast-overflow"]),
    ("gcc-asan", "gcc", ["-O0", "-g", "-fsanitize=address,undefined", "-fno-sanitize-recover=all"]),
]


def expected_output(text):
    """The expected lines; the header shows at most 40 (a prefix)."""
    m = re.search(r"Expected output[^\n]*\n((?: \*   [^\n]*\n)+)", text)
    if not m:
        return None
    return [l[5:] + "\n" for l in m.group(1).splitlines()]


def check(path, verbose=False, builds=BUILDS):
    text = open(path, encoding="utf-8", errors="replace").read()
    want = expected_output(text)
    with tempfile.TemporaryDirectory() as tmp:
        out_c = os.path.join(tmp, "out.c")
        r = subprocess.run([YIELDC, path, "-o", out_c], capture_output=True, text=True)
        if r.returncode != 0:
            return "transform", r.stderr
        first = None
        for name, cc, flags in builds:
            exe = os.path.join(tmp, name)
            r = subprocess.run([cc] + CFLAGS + flags + [out_c, "-o", exe], capture_output=True, text=True)
            if r.returncode != 0:
                return "cc-error " + name, r.stderr
            env = dict(os.environ, ASAN_OPTIONS="detect_leaks=1", UBSAN_OPTIONS="halt_on_error=1")
            try:
                r = subprocess.run([exe], capture_output=True, text=True, env=env, timeout=20)
            except subprocess.TimeoutExpired:
                return "timeout " + name, ""
            if r.returncode != 0 or "runtime error" in r.stderr:
                return "sanitizer " + name if "asan" in name else "exit %d %s" % (r.returncode, name), r.stderr
            got = r.stdout.splitlines(True)
            if want is not None and got[:len(want)] != want:
                import difflib
                d = "".join(difflib.unified_diff(want, got[:len(want)], "expected", name, n=2))
                return "mismatch " + name, d
            if first is None:
                first = got
            elif got != first:
                import difflib
                d = "".join(difflib.unified_diff(first, got, builds[0][0], name, n=2))
                return "mismatch " + name, d
    return "ok", ""


def main():
    verbose = "-v" in sys.argv
    builds = BUILDS
    for a in sys.argv[1:]:
        if a.startswith("--builds="):
            names = a[len("--builds="):].split(",")
            unknown = [n for n in names if n not in [b[0] for b in BUILDS]]
            if unknown:
                sys.exit("difftest.py: unknown build '%s'" % unknown[0])
            builds = [b for b in BUILDS if b[0] in names]
    files = [a for a in sys.argv[1:] if a != "-v" and not a.startswith("--builds=")]
    bad = 0
    for f in files:
        status, detail = check(f, verbose, builds)
        print("%-50s %s" % (os.path.basename(f), status), flush=True)
        if status != "ok":
            bad += 1
            if verbose:
                print(detail[:3000])
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
