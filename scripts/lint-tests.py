#!/usr/bin/env python3
"""lint-tests.py TESTDIR: tests that check yieldc's C output of their own
file with FileCheck must drop the output's FileCheck directives first
(%nochecks): the output copies INPUT's comments, so a directive would
match its own copy and check nothing.  (Three tests did: their OUT lines
matched themselves, and an expansion's change went unseen.)

A RUN line is read as a shell pipeline: the C output of `%yieldc %s` (no
--explain, --graph, --ide-*: reports do not copy comments) reaching
`FileCheck %s`, through a pipe or through the file it was written to
(`-o X`, then `FileCheck %s ... < X`), with no `%nochecks` on the way.
Prints each such line and exits 1; exits 0 when there are none."""
import os
import re
import sys

REPORTS = ("--explain", "--graph", "--ide-view", "--ide-cflags", "--cflags", "--libs", "--version", "--help")


def run_lines(path):
    """The RUN lines of a test, continuations (a trailing backslash) joined."""
    lines, cur = [], ""
    with open(path, errors="replace") as f:
        for line in f:
            m = re.search(r"RUN:(.*)$", line)
            if not m:
                continue
            part = m.group(1).rstrip()
            if part.endswith("\\"):
                cur += part[:-1] + " "
                continue
            lines.append((cur + part).strip())
            cur = ""
    return lines


def c_output_of_self(cmd):
    """`%yieldc %s ...` writing C: where to ('-' for standard output), or None."""
    m = re.match(r"%yieldc\s+(.*)", cmd)     # (`not %yieldc`: no output; `env YIELDC=%yieldc`: another tool's)
    if not m:
        return None
    args = m.group(1).split()
    if "%s" not in args[: args.index("--") if "--" in args else len(args)]:
        return None
    if any(a.startswith(REPORTS) or a == "--strip-comments" for a in args):
        return None     # (no comments copied)
    if "-o" in args and args.index("-o") + 1 < len(args):
        return args[args.index("-o") + 1]
    m = re.search(r"(?<![0-9&])>\s*([^&\s]\S*)", cmd)     # `%yieldc %s > %t.c` (not `2>&1`)
    if m:
        return m.group(1)
    return "-"


def check(path):
    bad = []
    written = set()     # files holding the C output of %s
    for line in run_lines(path):
        for cmd in re.split(r"&&|;", line):
            stages = [s.strip() for s in cmd.split("|")]
            source = None   # what flows through the pipe: 'self' C output, or None
            for st in stages:
                out = c_output_of_self(st)
                if out == "-":
                    source = "self"
                elif out:
                    written.add(out)
                    source = None
                elif "%nochecks" in st:
                    source = None
                elif re.search(r"\bFileCheck\s+%s\b", st):
                    m = re.search(r"<\s*(\S+)", st)
                    if source == "self" or (m and m.group(1) in written):
                        bad.append(line)
                    source = None
                elif not st.startswith(("not ", "FileCheck")):
                    # another command's output (grep -c, a program's run): not the C text
                    if not re.match(r"^(cat|tee)\b", st):
                        source = None
    return bad


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "test"
    found = 0
    for d, _, files in sorted(os.walk(root)):
        if "/Output" in d or "/fuzz/" in d + "/":
            continue
        for name in sorted(files):
            if not name.endswith((".c", ".test")):
                continue
            path = os.path.join(d, name)
            for line in check(path):
                print(f"{path}: FileCheck reads the C output of its own file without %nochecks: {line}")
                found += 1
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
