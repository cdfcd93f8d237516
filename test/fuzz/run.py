#!/usr/bin/env python3
"""run.py -- the differential tester: random generator programs (gen.py)
through yieldc, built with gcc and clang at -O0 and -O2 and under
ASan+UBSan, run, and compared with the reference (ycref.h); failures
classified, minimized (reduce.py) and saved in found/.

    test/fuzz/run.py [--yieldc build/tool/yieldc] [--seeds 1-1000]
                     [--features all] [--builds all|N|gcc-O0,...] [--jobs 2]
                     [--found test/fuzz/found] [--no-reduce] [--summary F.json]

Exit status: 0 if every program agrees, 1 if any fails, 2 on a usage error
or when the harness itself is broken (a reference that does not build).

Failure classes, most severe first:
  tool-crash    yieldc died (signal, exit status other than 0 and 1, timeout)
  tool-refused  yieldc rejected the valid program (exit status 1)
  cc-error      gcc or clang rejected yieldc's output
  cc-warning    ... with a warning (-Wall -Wextra -Werror)
  sanitizer     ASan/UBSan/LSan reported at run time
  run-crash     the program died or exited non-zero
  timeout       the program ran more than 10 s
  mismatch      it printed something other than the reference
  ref-error     the harness's own fault: the reference did not build or run
"""
import argparse
import hashlib
import json
import multiprocessing
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(HERE))
CLASSES = ['tool-crash', 'tool-refused', 'cc-error', 'cc-warning', 'sanitizer', 'run-crash', 'timeout',
           'mismatch', 'ref-error']
SEVERITY = {c: i for i, c in enumerate(CLASSES)}

STRICT = ['-std=c11', '-Wall', '-Wextra', '-Werror']
SAN = ['-fsanitize=address,undefined', '-fno-sanitize-recover=all', '-fno-omit-frame-pointer']
BUILDS = {
    'gcc-O0': ['gcc', '-O0'],
    'gcc-O2': ['gcc', '-O2', '-DNDEBUG'],
    'clang-O0': ['clang', '-O0'],
    'clang-O2': ['clang', '-O2', '-DNDEBUG'],
    'asan': ['clang', '-O1'] + SAN,
}
EXTRA_BUILDS = {'gcc-asan': ['gcc', '-O0'] + SAN}
ALL_BUILDS = list(BUILDS)
SAN_ENV = {
    'ASAN_OPTIONS': 'detect_stack_use_after_return=1:detect_leaks=1:abort_on_error=0:exitcode=86',
    'UBSAN_OPTIONS': 'print_stacktrace=1:halt_on_error=1:exitcode=86',
    'LSAN_OPTIONS': 'exitcode=86',
}
REF_CFLAGS = ['-std=gnu11', '-O0', '-g0', '-Wall', '-Wextra', '-Werror', '-Wno-unused-label']
REF_UBSAN = ['-fsanitize=undefined', '-fno-sanitize-recover=all']      # when minimizing
REF_CLANG = ['clang', '-fsyntax-only', '-std=gnu11', '-Wall', '-Wextra', '-Werror', '-Wno-unused-value']
TOOL_TIMEOUT = 30
CC_TIMEOUT = 120
RUN_TIMEOUT = 10
MAX_OUTPUT = 4 << 20


def run(cmd, timeout, env=None, cwd=None):
    """(status, stdout, stderr); status None on timeout, -N on signal N."""
    e = dict(os.environ)
    if env:
        e.update(env)
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout, env=e, cwd=cwd,
                           start_new_session=True)
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired as x:
        return None, x.stdout or b'', x.stderr or b''


def normalize(msg):
    """A message made comparable across programs: no file, line, names
    (and gcc's and clang's words for an undeclared function the same)."""
    msg = re.sub(r'^\S*?:\d+:\d+: ', '', msg.strip())
    msg = re.sub(r' \[-W[\w,=-]+\]$', '', msg)
    msg = re.sub(r"(call to undeclared function ('[^']*'); ISO C99 and later do not support implicit function "
                 r"declarations|implicit declaration of function ('[^']*') is invalid in C99)",
                 lambda m: 'implicit declaration of function ' + (m.group(2) or m.group(3)), msg)
    msg = re.sub(r"(['‘’\"]).*?(['‘’\"])", "'X'", msg)
    msg = re.sub(r'\b(yc_|g|t|v|w|i|j|c|k|u|r|a|p|s|cl|st|lt|lg|aw|gk|sp|cs)\d+\b', 'N', msg)
    msg = re.sub(r'\d+', 'N', msg)
    return msg[:160]


def first_error(text, want=('error:', 'warning:')):
    for line in text.splitlines():
        if any(w in line for w in want):
            return line.strip()
    lines = [l for l in text.splitlines() if l.strip()]
    return lines[0].strip() if lines else ''


def sanitizer_line(err):
    for line in err.splitlines():
        if 'runtime error:' in line or 'ERROR: AddressSanitizer' in line or 'ERROR: LeakSanitizer' in line \
                or 'ERROR: UndefinedBehaviorSanitizer' in line:
            m = re.search(r'(runtime error:.*|ERROR: \w+Sanitizer:? [\w-]+( on| in)?)', line)
            return m.group(1) if m else line
    return ''


class Env:
    """What every check needs: the tool, the flags, a scratch directory."""

    def __init__(self, yieldc, builds, keep=False):
        self.yieldc = os.path.abspath(yieldc)
        self.builds = builds
        self.keep = keep
        rc, out, err = run([self.yieldc, '--cflags'], 30)
        if rc != 0:
            raise SystemExit('run.py: %s --cflags failed: %s' % (yieldc, err.decode(errors='replace')))
        self.cflags = out.decode().split()
        self.ref_ubsan = False      # the reference under UBSan (reduce.py: no candidate with UB)


def builds_for(seed, spec):
    """The builds a seed gets: all, the first N in a rotation, or a list."""
    if spec == 'all':
        return list(ALL_BUILDS)
    if spec.isdigit():
        n = int(spec)
        return [ALL_BUILDS[(seed + k) % len(ALL_BUILDS)] for k in range(min(n, len(ALL_BUILDS)))]
    out = []
    for b in spec.split(','):
        if b not in BUILDS and b not in EXTRA_BUILDS:
            raise SystemExit('run.py: unknown build %s (known: %s)' % (b, ', '.join(list(BUILDS) + list(EXTRA_BUILDS))))
        out.append(b)
    return out


class Failure:
    def __init__(self, cls, build, key, detail):
        self.cls, self.build, self.key, self.detail = cls, build, key, detail

    def sig(self):
        return '%s: %s' % (self.cls, self.key) if self.key else self.cls

    def as_dict(self):
        return {'class': self.cls, 'build': self.build, 'key': self.key, 'detail': self.detail[:2000]}


def reference(env, d, ref_text):
    """Builds and runs the reference; (expected stdout, None) or (None, Failure)."""
    src = os.path.join(d, 'ref.c')
    exe = os.path.join(d, 'ref')
    with open(src, 'w') as f:
        f.write(ref_text)
    rc, out, err = run(['gcc'] + REF_CFLAGS + (REF_UBSAN if env.ref_ubsan else []) + ['-I', HERE, src, '-o', exe],
                       CC_TIMEOUT)
    if rc != 0:
        return None, Failure('ref-error', 'ref', 'build: ' + normalize(first_error(err.decode(errors='replace'))),
                             err.decode(errors='replace'))
    rc, out, err = run([exe], RUN_TIMEOUT)
    if rc != 0 or len(out) > MAX_OUTPUT:
        what = 'timeout' if rc is None else 'output too large' if rc == 0 else 'status %s' % rc
        return None, Failure('ref-error', 'ref', 'run: ' + what, err.decode(errors='replace')[:2000])
    return out, None


def transform(env, d, yc_text):
    """Runs yieldc; (output path, None) or (None, Failure)."""
    src = os.path.join(d, 'prog.c')
    out_c = os.path.join(d, 'prog.out.c')
    with open(src, 'w') as f:
        f.write(yc_text)
    if os.path.exists(out_c):
        os.unlink(out_c)
    rc, out, err = run([env.yieldc, src, '-o', out_c], TOOL_TIMEOUT)
    e = err.decode(errors='replace')
    if rc is None:
        return None, Failure('tool-crash', 'tool', 'timeout', e)
    if rc == 1:
        return None, Failure('tool-refused', 'tool', normalize(first_error(e, ('error:',))), e)
    if rc != 0:
        what = 'signal %d' % -rc if rc < 0 else 'exit status %d' % rc
        return None, Failure('tool-crash', 'tool', what, e)
    if not os.path.exists(out_c):
        return None, Failure('tool-crash', 'tool', 'exit status 0 without output', e)
    return out_c, None


def build_and_run(env, d, out_c, build, expected):
    """One build of yieldc's output, run and compared; a Failure or None."""
    spec = BUILDS.get(build) or EXTRA_BUILDS[build]
    exe = os.path.join(d, 'prog.' + build)
    rc, out, err = run([spec[0]] + STRICT + spec[1:] + env.cflags + [out_c, '-o', exe], CC_TIMEOUT)
    if rc != 0:
        e = err.decode(errors='replace')
        line = first_error(e, ('error:',))
        cls = 'cc-warning' if re.search(r'\[-Werror[=,]', line) or 'treated as errors' in line else 'cc-error'
        if re.search(r'-Werror[=,](-W)?(implicit-function-declaration|incompatible-pointer-types|int-conversion|'
                     r'return-mismatch|implicit-int)', line):
            cls = 'cc-error'          # errors in substance, warnings to gcc
        if cls == 'cc-warning':
            m = re.search(r'\[-Werror[=,](?:-W)?([\w=-]+)\]', line)
            key = '%s %s' % (spec[0], m.group(1) if m else normalize(line))
        else:
            key = normalize(line)
        if spec[0] == 'clang':
            # the program's own error or warning, or yieldc's?  (the reference
            # is built with gcc, and clang rejects more, e.g. a jump past a
            # cleanup variable's initialization; -Wno-unused-value: the
            # reference's statement expressions)
            rc, _, err = run(REF_CLANG + ['-I', HERE, os.path.join(d, 'ref.c')], CC_TIMEOUT)
            if rc != 0:
                return Failure('ref-error', build, 'clang: ' + normalize(first_error(err.decode(errors='replace'))),
                               err.decode(errors='replace'))
        return Failure(cls, build, key, e)
    sanitized = '-fsanitize=address,undefined' in spec
    rc, out, err = run([exe], RUN_TIMEOUT * (3 if sanitized else 1), env=SAN_ENV if sanitized else None)
    e = err.decode(errors='replace')
    if rc is None:
        return Failure('timeout', build, '', e)
    san = sanitizer_line(e)
    if san:
        return Failure('sanitizer', build, normalize(san), e)
    if rc != 0:
        what = 'signal %d' % -rc if rc < 0 else 'exit status %d' % rc
        return Failure('run-crash', build, what, e)
    if out != expected:
        return Failure('mismatch', build, '', diff_text(expected, out))
    return None


def diff_text(exp, got):
    a = exp.decode(errors='replace').splitlines()
    b = got.decode(errors='replace').splitlines()
    for i in range(max(len(a), len(b))):
        x = a[i] if i < len(a) else '<end>'
        y = b[i] if i < len(b) else '<end>'
        if x != y:
            return 'first difference at line %d: expected %r, got %r' % (i + 1, x, y)
    return 'same lines, other bytes'


def check_texts(env, d, yc_text, ref_text, builds, stop_at_first=False):
    """Everything about one program: (expected, [Failure])."""
    expected, f = reference(env, d, ref_text)
    if f:
        return None, [f]
    out_c, f = transform(env, d, yc_text)
    if f:
        return expected, [f]
    fails = []
    for b in builds:
        f = build_and_run(env, d, out_c, b, expected)
        if f:
            fails.append(f)
            if stop_at_first:
                break
    return expected, fails


def primary(fails):
    return min(fails, key=lambda f: SEVERITY[f.cls]) if fails else None


# ------------------------------------------------------------- the batch

_ENV = None


def _init(env):
    global _ENV
    _ENV = env
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def check_seed(args):
    seed, spec, build_spec = args
    feats = gen.features_for(seed, spec)
    env = _ENV
    d = tempfile.mkdtemp(prefix='ycfuzz-%d-' % seed)
    t0 = time.time()
    try:
        prog = gen.generate(seed, feats)
        yc = gen.render(prog, 'yc')
        ref = gen.render(prog, 'ref')
        builds = builds_for(seed, build_spec)
        expected, fails = check_texts(env, d, yc, ref, builds)
        res = {'seed': seed, 'fails': [f.as_dict() for f in fails], 'builds': builds,
               'time': time.time() - t0, 'features': sorted(feats)}
        p = primary(fails)
        if p:
            res['primary'] = p.as_dict()
            res['sig'] = p.sig()
        return res
    finally:
        if env.keep:
            print('kept %s' % d, file=sys.stderr)
        else:
            shutil.rmtree(d, ignore_errors=True)


def parse_seeds(spec):
    out = []
    for part in spec.split(','):
        if '-' in part[1:]:
            a, b = part.split('-', 1)
            out += range(int(a), int(b) + 1)
        else:
            out.append(int(part))
    return out


def known_sigs(found):
    """Signatures of the reproducers already saved (their 'signature:' line)."""
    sigs = {}
    if not os.path.isdir(found):
        return sigs
    for name in sorted(os.listdir(found)):
        if not name.endswith('.c'):
            continue
        with open(os.path.join(found, name), errors='replace') as f:
            for line in f.read(4000).splitlines():
                m = re.search(r'signature: (.*?)(\s*\*/)?$', line)
                if m:
                    sigs.setdefault(m.group(1).strip(), name)
                    break
    return sigs


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    ap.add_argument('--yieldc', default=os.path.join(ROOT, 'build', 'tool', 'yieldc'))
    ap.add_argument('--seeds', default='1-100', help='e.g. 1-1000 or 5,9,100-200')
    ap.add_argument('--features', default='swarm',
                    help="gen.py's: all, a,b,c, -a,-b (all but those), swarm[,-a,...] (a random half per seed)")
    ap.add_argument('--builds', default='all', help='all, N (a rotation of N per seed), or a list of: ' +
                    ', '.join(list(BUILDS) + list(EXTRA_BUILDS)))
    ap.add_argument('--jobs', type=int, default=2)
    ap.add_argument('--found', default=os.path.join(HERE, 'found'), help='where reproducers go')
    ap.add_argument('--no-reduce', action='store_true', help='report failures, do not minimize them')
    ap.add_argument('--reduce-per-sig', type=int, default=1,
                    help='minimize this many programs per new failure signature')
    ap.add_argument('--reduce-time', type=int, default=600, help='seconds per minimization at most')
    ap.add_argument('--summary', help='write the figures here (JSON)')
    ap.add_argument('--log', help='append each program\'s result here as it comes (JSON lines)')
    ap.add_argument('--until', type=float, metavar='SECONDS',
                    help='stop after this long (the seeds not reached are not counted)')
    ap.add_argument('--keep', action='store_true', help='keep the scratch directories')
    ap.add_argument('-q', '--quiet', action='store_true')
    a = ap.parse_args()
    if a.jobs > 2:
        print('run.py: note: the machine this was written for has 2 cores', file=sys.stderr)
    gen.features_for(0, a.features)         # a bad spec stops here
    seeds = parse_seeds(a.seeds)
    env = Env(a.yieldc, a.builds)
    env.keep = a.keep
    t0 = time.time()
    log = open(a.log, 'a') if a.log else None
    results = []
    by_class = {}
    by_sig = {}
    nbuilds = 0
    try:
        with multiprocessing.Pool(a.jobs, _init, (env,)) as pool:
            for res in pool.imap_unordered(check_seed, [(s, a.features, a.builds) for s in seeds]):
                results.append(res)
                if log:
                    log.write(json.dumps(res) + '\n')
                    log.flush()
                nbuilds += len(res['builds'])
                sig = res.get('sig')
                if sig:
                    cls = res['primary']['class']
                    by_class[cls] = by_class.get(cls, 0) + 1
                    by_sig.setdefault(sig, []).append(res['seed'])
                    if not a.quiet:
                        print('seed %d: %s [%s] %s' % (res['seed'], sig, res['primary']['build'],
                                                       res['primary']['detail'].splitlines()[0][:200]
                                                       if res['primary']['detail'] else ''), flush=True)
                if a.until and time.time() - t0 > a.until:
                    pool.terminate()
                    print('run.py: time is up after %d programs' % len(results), file=sys.stderr)
                    break
    except KeyboardInterrupt:
        print('run.py: interrupted after %d programs' % len(results), file=sys.stderr)
    elapsed = time.time() - t0
    nfail = sum(by_class.values())
    tool_fail = sum(n for c, n in by_class.items() if c != 'ref-error')
    print('%d programs (%d builds) in %.0f s: %d agree, %d fail' % (len(results), nbuilds, elapsed,
                                                                    len(results) - nfail, nfail))
    for c in CLASSES:
        if c in by_class:
            print('  %-13s %d' % (c, by_class[c]))
    if by_sig:
        print('by signature:')
        for sig, ss in sorted(by_sig.items(), key=lambda kv: -len(kv[1])):
            print('  %4d  %s  (seeds %s%s)' % (len(ss), sig, ', '.join(map(str, sorted(ss)[:5])),
                                              ', ...' if len(ss) > 5 else ''))
    reduced = []
    if not a.no_reduce and by_sig:
        import reduce as red
        known = known_sigs(a.found)
        jobs = []
        for sig, ss in sorted(by_sig.items(), key=lambda kv: -len(kv[1])):
            if sig in known or sig.startswith('ref-error'):
                if sig in known and not a.quiet:
                    print('already saved: %s (%s)' % (sig, known[sig]))
                continue
            for s in sorted(ss)[:a.reduce_per_sig]:
                res = next(r for r in results if r['seed'] == s)
                jobs.append((s, res['features'], res['primary'], a.found, a.reduce_time, env))
        if jobs:
            print('minimizing %d programs ...' % len(jobs), flush=True)
            with multiprocessing.Pool(a.jobs, _init, (env,)) as pool:
                for out in pool.imap_unordered(red.reduce_job, jobs):
                    print('  %s' % out, flush=True)
                    reduced.append(out)
    if a.summary:
        with open(a.summary, 'w') as f:
            json.dump({'programs': len(results), 'builds': nbuilds, 'seconds': round(elapsed),
                       'seeds': a.seeds, 'features': a.features, 'build_spec': a.builds,
                       'yieldc': a.yieldc, 'by_class': by_class,
                       'by_signature': {k: len(v) for k, v in by_sig.items()},
                       'seeds_by_signature': {k: sorted(v) for k, v in by_sig.items()},
                       'reduced': reduced}, f, indent=1, sort_keys=True)
    if by_class.get('ref-error'):
        return 2
    return 1 if tool_fail else 0


if __name__ == '__main__':
    sys.exit(main())
