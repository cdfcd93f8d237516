#!/usr/bin/env python3
"""check_corpus.py -- the promises of yieldc's command line, checked out of
process on each input of a corpus (the fuzzer's, or test/fuzz/corpus):

  crash       no signal, no exit status other than 0 and 1
  hang        done within --timeout seconds (slow: more than --slow)
  sanitizer   no ASan/UBSan/LSan report (with a sanitized yieldc)
  diagnostic  every error FILE:LINE:COL: error: (LINE, COL from 1), then the
              source line and a caret; status 1 prints at least one
  output      no OUTPUT on error; OUTPUT on success
  compiles    when yieldc accepts the input, clang accepts its output

    test/fuzz/frontend/check_corpus.py [--yieldc build/tool/yieldc] [--jobs 2]
        [--minimize DIR] FILE_OR_DIR...

With --minimize, each failing input is cut down (lines, then bytes) to
one that still breaks the same promise the same way, and saved in DIR.
Exit status 1 if any input breaks a promise.
"""
import argparse
import hashlib
import multiprocessing
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
DIAG = re.compile(rb'^(.*?):(\d+):(\d+): (error|fatal error|warning|note): ')
SANITIZER = re.compile(rb'(ERROR: AddressSanitizer|ERROR: LeakSanitizer|runtime error:|'
                       rb'ERROR: UndefinedBehaviorSanitizer)')
OPTS = {}


def run(cmd, timeout, cwd=None):
    t0 = time.time()
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout, cwd=cwd)
        return p.returncode, p.stdout, p.stderr, time.time() - t0
    except subprocess.TimeoutExpired as x:
        return None, x.stdout or b'', x.stderr or b'', time.time() - t0


def check_diagnostics(err):
    """(reason, offending line) or None."""
    lines = err.split(b'\n')
    i, nerr = 0, 0
    while i < len(lines):
        line = lines[i]
        m = DIAG.match(line)
        if m:
            error = m.group(4) in (b'error', b'fatal error')
            nerr += error
            if int(m.group(2)) < 1 or int(m.group(3)) < 1:
                return 'diagnostic: LINE or COL not from 1', line
            caret = lines[i + 2] if i + 2 < len(lines) else b''
            if b'^' in caret and b':' not in caret:
                i += 3
                continue
            if error:
                return 'diagnostic: an error without its source line and caret', line
        elif b'error:' in line or b'error' in line and line.startswith(b'yieldc:'):
            return 'diagnostic: an error not in the shape FILE:LINE:COL: error:', line
        i += 1
    return None if nerr else ('diagnostic: exit status 1 without a FILE:LINE:COL: error:', b'')


def check(path):
    """The first promise `path` breaks: (kind, detail), or None."""
    yieldc, timeout, slow, cflags = OPTS['yieldc'], OPTS['timeout'], OPTS['slow'], OPTS['cflags']
    d = tempfile.mkdtemp(prefix='yccorpus-')
    try:
        inp = os.path.join(d, 'input.c')
        out = os.path.join(d, 'output.c')
        shutil.copyfile(path, inp)
        rc, _, err, secs = run([yieldc, 'input.c', '-o', 'output.c'], timeout, cwd=d)
        if rc is None:
            return 'hang', 'more than %d s' % timeout
        m = SANITIZER.search(err)
        if m:
            line = next((l for l in err.split(b'\n') if SANITIZER.search(l)), b'')
            return 'sanitizer', norm(line)
        if rc < 0:
            return 'crash', 'signal %d' % -rc
        if rc not in (0, 1):
            return 'crash', 'exit status %d: %s' % (rc, norm(err.split(b'\n')[0]))
        if secs > slow:
            return 'slow', 'more than %d s' % slow
        exists = os.path.exists(out)
        if rc == 1:
            if exists:
                return 'output', 'exit status 1, but OUTPUT was written'
            bad = check_diagnostics(err)
            if bad:
                return bad[0], norm(bad[1])
            return None
        if not exists:
            return 'output', 'exit status 0, but no OUTPUT'
        bad = check_diagnostics(err) if err.strip() else None
        if bad and not bad[0].endswith('without a FILE:LINE:COL: error:'):
            return bad[0], norm(bad[1])
        rc, _, cerr, _ = run(['clang', '-fsyntax-only', '-w'] + cflags + ['output.c'], timeout, cwd=d)
        first = next((l for l in cerr.split(b'\n') if b'error:' in l), b'')
        if rc != 0 and not first:
            # clang itself crashed (its own parse of a 40000-term expression
            # overflows its stack): gcc judges the output instead
            rc, _, cerr, _ = run(['gcc', '-fsyntax-only', '-w'] + cflags + ['output.c'], timeout, cwd=d)
            first = next((l for l in cerr.split(b'\n') if b'error:' in l), b'')
            if rc != 0:
                return 'compiles', 'clang crashed on the output, gcc rejects it: ' + norm(first)
        elif rc != 0:
            return 'compiles', 'clang rejects the output: ' + norm(first)
        return None
    finally:
        shutil.rmtree(d, ignore_errors=True)


def norm(line):
    s = line.decode(errors='replace') if isinstance(line, bytes) else line
    s = re.sub(r'^\S*?:\d+:\d+: ', '', s.strip())
    s = re.sub(r"'[^']*'", "'X'", s)
    s = re.sub(r'0x[0-9a-f]+|\d+', 'N', s)
    return s[:140]


def check_one(path):
    try:
        return path, check(path)
    except Exception as x:      # a harness bug must not hide the rest
        return path, ('harness', repr(x))


def minimize(path, what, outdir):
    """Delta debugging over lines, then bytes, keeping `what`."""
    data = open(path, 'rb').read()
    d = tempfile.mkdtemp(prefix='ycmin-')
    cand = os.path.join(d, 'cand.c')
    tests = [0]

    def same(blob):
        if tests[0] >= 600:         # enough: keep what we have
            return False
        tests[0] += 1
        with open(cand, 'wb') as f:
            f.write(blob)
        return check(cand) == what

    def ddmin(units, join):
        n = 2
        while len(units) >= 2:
            chunk = max(1, len(units) // n)
            done = False
            for i in range(0, len(units), chunk):
                trial = units[:i] + units[i + chunk:]
                if trial and same(join(trial)):
                    units, n, done = trial, max(n - 1, 2), True
                    break
            if not done:
                if chunk == 1:
                    break
                n = min(len(units), 2 * n)
        return units
    try:
        lines = ddmin(data.split(b'\n'), lambda u: b'\n'.join(u))
        data = b'\n'.join(lines)
        if len(data) < 2000:
            data = b''.join(ddmin([bytes([b]) for b in data], lambda u: b''.join(u)))
        os.makedirs(outdir, exist_ok=True)
        name = '%s-%s.c' % (what[0].split(':')[0], hashlib.sha1(data).hexdigest()[:10])
        with open(os.path.join(outdir, name), 'wb') as f:
            f.write(data)
        return os.path.join(outdir, name), tests[0]
    finally:
        shutil.rmtree(d, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    ap.add_argument('inputs', nargs='+')
    ap.add_argument('--yieldc', default=os.path.join(ROOT, 'build', 'tool', 'yieldc'))
    ap.add_argument('--jobs', type=int, default=2)
    ap.add_argument('--timeout', type=int, default=60)
    ap.add_argument('--slow', type=int, default=10, help='seconds after which a run counts as too slow')
    ap.add_argument('--minimize', metavar='DIR', help='minimize each new kind of failure into DIR')
    ap.add_argument('-q', '--quiet', action='store_true')
    a = ap.parse_args()
    files = []
    for x in a.inputs:
        if os.path.isdir(x):
            files += sorted(os.path.join(x, f) for f in os.listdir(x)
                            if os.path.isfile(os.path.join(x, f)) and not f.startswith('.')
                            and not f.endswith(('.why', '.md', '.txt')))
        else:
            files.append(x)
    yieldc = os.path.abspath(a.yieldc)
    cflags = subprocess.run([yieldc, '--cflags'], stdout=subprocess.PIPE).stdout.decode().split()
    OPTS.update(yieldc=yieldc, timeout=a.timeout, slow=a.slow, cflags=cflags)
    kinds = {}
    t0 = time.time()
    with multiprocessing.Pool(a.jobs) as pool:
        for path, bad in pool.imap_unordered(check_one, files):
            if bad:
                kinds.setdefault(bad, []).append(path)
                if not a.quiet:
                    print('%s: %s: %s' % (path, bad[0], bad[1]), flush=True)
    nbad = sum(len(v) for v in kinds.values())
    print('%d inputs in %.0f s: %d keep every promise, %d do not (%d kinds)' % (
        len(files), time.time() - t0, len(files) - nbad, nbad, len(kinds)))
    for (k, detail), paths in sorted(kinds.items(), key=lambda kv: -len(kv[1])):
        print('  %4d  %s: %s  (%s)' % (len(paths), k, detail, os.path.basename(sorted(paths)[0])))
    if a.minimize:
        for what, paths in kinds.items():
            if what[0] == 'harness':
                continue
            small = min(paths, key=os.path.getsize)
            out, tests = minimize(small, what, a.minimize)
            print('minimized %s (%s) -> %s (%d bytes, %d tests)' % (os.path.basename(small), what[0], out,
                                                                   os.path.getsize(out), tests))
    return 1 if kinds else 0


if __name__ == '__main__':
    sys.exit(main())
