#!/usr/bin/env python3
"""reduce.py INPUT.c OUTPUT.c TEST [ARGS...]: delta-debug INPUT.c by lines.

TEST is run as `TEST ARGS... CANDIDATE.c` and says, by exit status 0, that
the candidate still shows the failure (the same output difference, compiler
error or refusal: the test decides).  The smallest interesting program
found is written to OUTPUT.c (also after each improvement, so the run can be
stopped).  ddmin over lines: chunks of lines are removed, halving the chunk
size down to single lines, until no single line can go; then the same over
the lines' tokens separated by spaces, for long lines.

Interestingness tests live beside it (scripts/interesting-*.sh) or are
written for the case at hand, e.g.:
  scripts/reduce.py big.c small.c sh -c 'yieldc "$0" -o t.c && ! gcc -c t.c 2>&1 | grep -q "jump into"'
"""
import os
import subprocess
import sys
import tempfile


def make_test(cmd, workdir):
    cache = {}
    counter = [0]

    def interesting(parts, join):
        text = join(parts)
        if text in cache:
            return cache[text]
        counter[0] += 1
        path = os.path.join(workdir, "cand.c")
        with open(path, "w") as f:
            f.write(text)
        try:
            ok = subprocess.run(cmd + [path], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                timeout=60).returncode == 0
        except subprocess.TimeoutExpired:
            ok = False
        cache[text] = ok
        return ok

    return interesting, counter


def ddmin(parts, interesting, join, save):
    n = 2
    while len(parts) >= 1:
        chunk = max(1, len(parts) // n)
        removed = False
        i = 0
        while i < len(parts):
            cand = parts[:i] + parts[i + chunk:]
            if cand and interesting(cand, join):
                parts = cand
                save(join(parts))
                removed = True
            else:
                i += chunk
        if not removed:
            if chunk == 1:
                break
            n = min(len(parts), n * 2)
    return parts


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    src, dst, cmd = sys.argv[1], sys.argv[2], sys.argv[3:]
    text = open(src).read()

    def save(t):
        with open(dst, "w") as f:
            f.write(t)

    with tempfile.TemporaryDirectory() as tmp:
        interesting, counter = make_test(cmd, tmp)
        lines = text.splitlines(True)
        if not interesting(lines, "".join):
            sys.exit("reduce.py: the input itself is not interesting")
        save(text)
        lines = ddmin(lines, interesting, "".join, save)
        # then within lines: the words of each line, for every line at once
        words = []
        for i, l in enumerate(lines):
            for w in l.rstrip("\n").split(" "):
                words.append((i, w))

        def join_words(ws):
            out, cur = [], None
            for i, w in ws:
                if i != cur:
                    if cur is not None:
                        out.append("\n")
                    cur = i
                    out.append(w)
                else:
                    out.append(" " + w)
            return "".join(out) + "\n"

        if interesting(words, join_words):
            words = ddmin(words, interesting, join_words, save)
            save(join_words(words))
        print("reduce.py: %d tests, %s: %d lines" % (counter[0], dst, open(dst).read().count("\n")))


if __name__ == "__main__":
    main()
