#!/usr/bin/env python3
"""reduce.py -- minimizes a failing random program, keeping its failure.

The failure is kept by its signature (class and normalized message, on the
build that showed it).  The program is cut down on its own AST, so that the
reference stays the same program and still says what it must print:
  1. construct flags turned off one by one (the same seed, regenerated);
  2. statements deleted (whole generators, blocks, loops, statements of
     main), in halves, then quarters, ... (delta debugging), and if/loop
     statements replaced by their bodies;
  3. expressions replaced by 0, 1 or one of their operands.
A candidate counts only if the reference still builds warning-free (with
UBSan) and runs: so a reduction never trades the bug for undefined
behaviour or an invalid program.  The result is saved in found/ in the
form of a lit test (a RUN line; CHECK lines: the reference's output) that
lit collects only with --param yc_found=1 until its bug is fixed (then it
moves to test/run/), and the reference program in found/ref/.

    test/fuzz/reduce.py SEED [--features F] [--build B] [--yieldc PATH] [--found DIR]
"""
import argparse
import hashlib
import os
import re
import shutil
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # noqa: E402
import run as harness  # noqa: E402


class Reducer:
    def __init__(self, env, seed, feats, target, deadline, log=None):
        self.env, self.seed, self.feats = env, seed, set(feats)
        self.target = target          # dict: class, build, key
        self.deadline = deadline
        self.d = tempfile.mkdtemp(prefix='ycreduce-%d-' % seed)
        self.cache = {}
        self.tests = 0
        self.log = log or (lambda s: None)
        self.prog = None
        self.removed = set()
        self.srepl = {}
        self.repl = {}
        self.last = None              # (expected, failure) of the last interesting candidate

    def builds(self):
        b = self.target['build']
        return [b] if b in harness.BUILDS or b in harness.EXTRA_BUILDS else []

    def sig(self):
        t = self.target
        return '%s: %s' % (t['class'], t['key']) if t['key'] else t['class']

    def texts(self, prog, removed, srepl, repl):
        yc = gen.render(prog, 'yc', removed, repl, srepl=srepl)
        ref = gen.render(prog, 'ref', removed, repl, srepl=srepl)
        return yc, ref

    def interesting(self, prog, removed, srepl, repl):
        yc, ref = self.texts(prog, removed, srepl, repl)
        h = hashlib.sha1((yc + '\0' + ref).encode()).hexdigest()
        if h in self.cache:
            return self.cache[h]
        self.tests += 1
        expected, fails = harness.check_texts(self.env, self.d, yc, ref, self.builds(), stop_at_first=True)
        ok = False
        for f in fails:
            if f.cls == self.target['class'] and f.key == self.target['key'] and \
                    (f.build == self.target['build'] or f.build in ('tool',)):
                ok = True
                self.last = (expected, f, yc, ref)
        self.cache[h] = ok
        return ok

    def out_of_time(self):
        return time.time() > self.deadline

    # ---------------------------------------------------------- 1. flags

    def reduce_features(self):
        for f in sorted(self.feats):
            if self.out_of_time():
                return
            feats = self.feats - {f}
            prog = gen.generate(self.seed, feats)
            if self.interesting(prog, set(), {}, {}):
                self.feats = feats
                self.prog = prog
                self.log('  without %s' % f)

    # ---------------------------------------------------------- 2. statements

    def live_stmts(self):
        """Statements still in the program, outer ones first."""
        out = []

        def walk(s, optional=True):
            if s.id in self.removed:
                return
            s = self.srepl.get(s.id, s)
            if s.deletable and optional:
                out.append(s)
            if isinstance(s, gen.Group):
                for k in s.stmts:
                    walk(k, k.id in s.optional)
            else:
                for k in s.kids():
                    walk(k)
        for g in self.prog.order:
            if g.name in self.removed:
                continue
            for s in g.body.stmts:
                walk(s)
        for s in self.prog.main:
            walk(s)
        return out

    def uses_in_main(self, gname):
        """The statements of main that use the objects of generator gname
        (and of the objects made to delegate to them)."""
        names = set(m['name'] for m in self.prog.instances if m['gen'].name == gname)
        r = gen.Renderer('yc', self.prog)
        texts = [(s.id, '\n'.join(s.render(r, ''))) for s in self.prog.main if s.id not in self.removed]
        ids = []
        while True:
            more = False
            for sid, text in texts:
                if sid not in ids and any(re.search(r'\b%s\b' % n, text) for n in names):
                    ids.append(sid)
                    m = re.search(r'struct g\d+ \*?(t\d+) =', text)
                    if m and m.group(1) not in names:
                        names.add(m.group(1))
                    more = True
            if not more:
                return ids

    def try_remove(self, ids):
        trial = self.removed | set(ids)
        if self.interesting(self.prog, trial, self.srepl, self.repl):
            self.removed = trial
            return True
        return False

    def ddmin(self, cands):
        """Removes what it can of cands (ids), in chunks halving down to 1."""
        cands = list(cands)
        chunk = max(1, len(cands) // 2)
        changed = False
        while chunk >= 1 and cands:
            i = 0
            while i < len(cands):
                if self.out_of_time():
                    return changed
                part = cands[i:i + chunk]
                if self.try_remove(part):
                    changed = True
                    cands = cands[:i] + cands[i + chunk:]
                else:
                    i += chunk
            if chunk == 1:
                break
            chunk //= 2
        return changed

    def windows(self, cands, w):
        changed = False
        i = 0
        while i + w <= len(cands):
            if self.out_of_time():
                break
            if self.try_remove(cands[i:i + w]):
                cands = cands[:i] + cands[i + w:]
                changed = True
            else:
                i += 1
        return changed

    def reduce_statements(self):
        for _ in range(4):
            changed = False
            gens = [g.name for g in self.prog.order if g.name not in self.removed]
            for name in gens:
                if self.try_remove([name] + self.uses_in_main(name)):
                    changed = True
            changed |= self.ddmin([s.id for s in self.live_stmts()])
            for w in (2, 3):        # a declaration and its only use go together
                changed |= self.windows([s.id for s in self.live_stmts()], w)
            changed |= self.flatten()
            if not changed or self.out_of_time():
                break

    def flatten(self):
        """if (c) A else B -> A; a loop -> its body; a block -> its statements."""
        changed = False
        for s in self.live_stmts():
            if self.out_of_time():
                break
            repls = []
            if isinstance(s, gen.If):
                repls.append(s.then if isinstance(s.then, gen.Block) else gen.Block([s.then]))
                if s.els is not None:
                    repls.append(s.els if isinstance(s.els, gen.Block) else gen.Block([s.els]))
            elif isinstance(s, gen.Loop):
                b = s.body if isinstance(s.body, gen.Block) else gen.Block([s.body])
                repls.append(gen.Block(list(s.pre) + [b], braces=False) if s.pre else b)
            for r in repls:
                trial = dict(self.srepl)
                trial[s.id] = r
                if self.interesting(self.prog, self.removed, trial, self.repl):
                    self.srepl = trial
                    changed = True
                    break
        return changed

    # ---------------------------------------------------------- 3. expressions

    def live_exprs(self):
        out = []

        def walk_e(e):
            e = self.repl.get(e.id, e)
            out.append(e)
            for k in e.kids():
                walk_e(k)
        for s in self.live_stmts_all():
            for e in s.exprs():
                walk_e(e)
        return out

    def live_stmts_all(self):
        out = []

        def walk(s):
            if s.id in self.removed:
                return
            s = self.srepl.get(s.id, s)
            out.append(s)
            for k in s.kids():
                walk(k)
        for g in self.prog.order:
            if g.name not in self.removed:
                for s in g.body.stmts:
                    walk(s)
        return out

    def reduce_exprs(self):
        for _ in range(2):
            changed = False
            for e in self.live_exprs():
                if self.out_of_time():
                    return
                if isinstance(e, gen.Lit) or e.ty.kind != 'int':
                    continue
                cands = [k for k in e.kids() if k.ty.kind == 'int'] + [gen.lit(0), gen.lit(1)]
                for k in cands:
                    trial = dict(self.repl)
                    trial[e.id] = k
                    if self.interesting(self.prog, self.removed, self.srepl, trial):
                        self.repl = trial
                        changed = True
                        break
            if not changed:
                break

    # ---------------------------------------------------------- all

    def run(self):
        self.prog = gen.generate(self.seed, self.feats)
        if not self.interesting(self.prog, set(), {}, {}):
            return None
        self.reduce_features()
        self.reduce_statements()
        self.reduce_exprs()
        self.reduce_statements()
        self.interesting(self.prog, self.removed, self.srepl, self.repl)   # self.last: the result
        self.cache.clear()
        if not self.interesting(self.prog, self.removed, self.srepl, self.repl):
            return None
        return self.last

    def cleanup(self):
        shutil.rmtree(self.d, ignore_errors=True)


def slug(text):
    s = re.sub(r"'X'", '', text.lower())
    s = re.sub(r'[^a-z0-9]+', '-', s).strip('-')
    return s[:48].strip('-') or 'x'


def lit_test(seed, feats, target, expected, failure, yc, tests, secs):
    """The reduced program in the form of a lit test: RUN line, CHECK lines."""
    feats_s = ','.join(sorted(feats)) if set(feats) != set(gen.ALL) else 'all'
    detail = [l for l in failure.detail.splitlines() if l.strip()][:6]
    head = ['/* Reduced random program (test/fuzz, seed %d): %s in the %s build.' % (seed, failure.cls,
                                                                                   failure.build),
            ' * signature: %s' % ('%s: %s' % (failure.cls, failure.key) if failure.key else failure.cls),
            ' * features: %s' % feats_s,
            ' * reduced in %d tests, %d s; what went wrong:' % (tests, secs)]
    for l in detail:
        head.append(' *   ' + l.replace('*/', '* /')[:150])
    head.append(' * Expected output (the reference, test/fuzz/ycref.h): the CHECK lines. */')
    head.append('// RUN: %check-run %s %t | FileCheck %s --match-full-lines')
    lines = expected.decode(errors='replace').splitlines()
    for i, l in enumerate(lines):
        head.append('// CHECK%s:%s' % ('' if i == 0 else '-NEXT', (' ' + l) if l else '{{^$}}'))
    head.append('// CHECK-NOT: {{.}}')
    # drop gen.py's own two comment lines: the header says it all
    body = [l for l in yc.splitlines() if not l.startswith('/* yieldc differential test program')
            and not l.startswith('/* features:')]
    return '\n'.join(head + body) + '\n'


def reduce_job(job):
    """For run.py's pool: (seed, feats, primary failure dict, found dir, seconds, env)."""
    seed, feats, target, found, secs, env = job
    t0 = time.time()
    env.ref_ubsan = True        # a candidate with undefined behaviour does not count
    r = Reducer(env, seed, feats, target, t0 + secs)
    try:
        res = r.run()
        if res is None:
            return 'seed %d: %s: did not reproduce alone' % (seed, target['class'])
        expected, failure, yc, ref = res
        if expected is None:
            return 'seed %d: no reference output' % seed
        os.makedirs(os.path.join(found, 'ref'), exist_ok=True)
        name = '%s-%s-s%d' % (failure.cls, slug(failure.key or failure.build), seed)
        path = os.path.join(found, name + '.c')
        with open(path, 'w') as f:
            f.write(lit_test(seed, r.feats, target, expected, failure, yc, r.tests, int(time.time() - t0)))
        with open(os.path.join(found, 'ref', name + '.ref.c'), 'w') as f:
            f.write(ref)
        return 'seed %d -> %s (%d lines, %d tests, %d s)' % (seed, os.path.relpath(path), yc.count('\n'),
                                                            r.tests, time.time() - t0)
    finally:
        r.cleanup()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('seed', type=int)
    ap.add_argument('--features', default='swarm', help="as run.py's")
    ap.add_argument('--build', help='the build that fails (default: the first failing one)')
    ap.add_argument('--builds', default='all', help='where to look for the failure (see run.py)')
    ap.add_argument('--yieldc', default=os.path.join(harness.ROOT, 'build', 'tool', 'yieldc'))
    ap.add_argument('--found', default=os.path.join(HERE, 'found'))
    ap.add_argument('--time', type=int, default=900, help='seconds at most')
    a = ap.parse_args()
    feats = gen.features_for(a.seed, a.features)
    env = harness.Env(a.yieldc, a.builds)
    prog = gen.generate(a.seed, feats)
    d = tempfile.mkdtemp(prefix='ycreduce-')
    try:
        builds = [a.build] if a.build else harness.builds_for(a.seed, a.builds)
        expected, fails = harness.check_texts(env, d, gen.render(prog, 'yc'), gen.render(prog, 'ref'), builds)
    finally:
        shutil.rmtree(d, ignore_errors=True)
    p = harness.primary(fails)
    if not p:
        print('seed %d: no failure' % a.seed)
        return 1
    print('seed %d: %s [%s]; minimizing ...' % (a.seed, p.sig(), p.build), flush=True)
    print(reduce_job((a.seed, sorted(feats), p.as_dict(), a.found, a.time, env)))
    return 0


if __name__ == '__main__':
    sys.exit(main())
