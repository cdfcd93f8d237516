"""yield-counts.py YIELDC CC CFLAGS... : generators with 1 to 70 yields (around 31 and 63) after
a prototype, after a void generator's bare yield, and with `yield from`s:
each file is transformed and must compile (no `yield` left in the output).
Every yield adds two edits to lex's view, a prototype or a bare yield one:
these shapes put a yield's first edit on each side of every growth of the
edit array (see lex.c add_edit).  Prints one line per failure, then a count."""
import os
import subprocess
import sys
import tempfile

yieldc, cc, cflags = sys.argv[1], sys.argv[2], sys.argv[3:]


def program(shape, n):
    lines = ["#include <yieldc.h>"]
    if shape in ("prototype", "from"):
        lines.append("generator(int) int g(int k);")
    if shape == "bare":
        lines.append("generator(void) int tick(void) { yield; return 1; }")
    if shape == "from":
        lines.append("generator(int) int one(int v) { yield v; return v; }")
    lines.append("generator(int) int g(int k)\n{\n    int s = 0;")
    for i in range(n):
        if shape == "from":
            lines.append("    s += yield from one(%d);" % i)
        else:
            lines.append("    yield k + %d;" % i)
    lines.append("    return s;\n}")
    lines.append("int main(void) { struct g t = g(1); int c = 0; while (yc_next(&t)) c++; return c != %d; }" % n)
    return "\n".join(lines) + "\n"


failed = total = 0
counts = [c for c in range(1, 71) if c < 4 or 28 <= c <= 34 or 60 <= c <= 70]
with tempfile.TemporaryDirectory() as tmp:
    for shape in ("prototype", "bare", "from"):
        for n in counts:
            total += 1
            src, out, exe = (os.path.join(tmp, "%s-%d%s" % (shape, n, e)) for e in (".c", ".out.c", ""))
            with open(src, "w") as f:
                f.write(program(shape, n))
            r = subprocess.run([yieldc, src, "-o", out], capture_output=True, text=True)
            if r.returncode == 0:
                r = subprocess.run([cc] + cflags + [out, "-o", exe], capture_output=True, text=True)
            if r.returncode == 0:
                r = subprocess.run([exe], capture_output=True, text=True)
            if r.returncode != 0:
                failed += 1
                print("FAIL %s with %d yields: %s" % (shape, n, (r.stderr or "wrong count").splitlines()[0]))
print("%d of %d failed" % (failed, total))
