#!/usr/bin/env python3
"""refcheck.py -- checks the reference implementation (ycref.h and gen.py's
second rendering) against SPEC's semantics, on hand-written programs whose
output is written down here from SPEC (and Python's generators), not taken
from any implementation.

    test/fuzz/refcheck.py [--yieldc build/tool/yieldc]

Each case is built with gen.py's own AST, so what is checked is exactly what
the random programs use: the reference rendering must print the expected
output.  With --yieldc, yieldc's output is built and run as well (for
information: a difference there is a bug in yieldc, not in the reference).
Exit status 1 if the reference prints anything else.
"""
import argparse
import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # noqa: E402
import run as harness  # noqa: E402
from gen import INT, LONG, SHORT, UCHAR, PT, VOID, Gen, Line, Block, If, Loop, Raw, Yield, YieldFrom, Ctor, grp  # noqa

CASES = []


def case(f):
    CASES.append(f)
    return f


def L(*parts):
    return Line(list(parts))


def S(*parts):
    """A statement whose value is unused (the reference casts it to void)."""
    return Line(list(parts), ref_void=True)


def Y(g, e=None, paren=False):
    y = Yield(g, Raw(e) if e is not None else None, unparen=not paren, opnd_unparen=True)
    return y


def program(gens, main, order=None):
    gen.Node.next_id[0] = 0
    p = gen.Program(0, set(gen.ALL) - {'alloc'})
    p.gens = gens
    p.order = order or list(reversed(gens))
    p.protos = set(g.idx for g in gens)     # every generator declared first
    p.main = [grp(*m) if isinstance(m, tuple) else grp(m) for m in main]
    p.instances = []
    return p


def mk(idx, Y_, S_, R, params=(('dp', INT),), static=True):
    return Gen(idx, Y_, S_, R, list(params), static)


def show(t, g='g0', op='next'):
    return ('more = %s;' % ('yc_next(&%s)' % t if op == 'next' else op),
            'show_%s("%s", &%s, more);' % (g, t, t))


@case
def count():
    """SPEC 1: yields 0..n-1, the result after; zero value before the first
    yield; next after the end returns false and runs nothing."""
    g = mk(0, INT, None, INT, [('dp', INT), ('n', INT)])
    g.body = Block([L('int total = 0;'),
                    Loop('for', 'int i = 0', Raw('i < n'), Raw('i++'),
                         Block([S(Y(g, 'i'), ';'), L('total += i;')])),
                    L('pr(1, dp);'),
                    L('return total;')])
    main = ['struct g0 t = g0(7, 3);', 'show_g0("fresh", &t, 0);']
    main += [show('t')] * 5 + ['fin_g0("t", &t, 0);']
    exp = """fresh more=0 done=0 v=0
t more=1 done=0 v=0
t more=1 done=0 v=1
t more=1 done=0 v=2
p1 7
t more=0 done=1 v=2
t more=0 done=1 v=2
t fin done=1 r=3
"""
    return program([g], main), exp


@case
def send():
    """yc_send: the first send's value is discarded; yc_next makes the
    pending yield evaluate to a zero S; the send converts to S (short)."""
    g = mk(0, INT, SHORT, INT)
    g.body = Block([L('int x = ', Y(g, 'dp'), ';'),
                    L('pr(1, x);'),
                    L('x = ', Y(g, 'x + 1'), ';'),
                    L('pr(2, x);'),
                    L('pr(3, ', Y(g, '7'), ');'),
                    L('return x;')])
    main = ['struct g0 t = g0(5);',
            'int big = 65537;',
            show('t', op='yc_send(&t, 99)'),
            show('t', op='yc_send(&t, big)'),
            show('t', op='yc_next(&t)'),
            show('t', op='yc_send(&t, -4)'),
            'fin_g0("t", &t, 0);']
    exp = """t more=1 done=0 v=5
p1 1
t more=1 done=0 v=2
p2 0
t more=1 done=0 v=7
p3 -4
t more=0 done=1 v=7
t fin done=1 r=0
"""
    return program([g], main), exp


@case
def close_cleanups():
    """yc_close runs the cleanups of the variables in scope at the
    suspension, innermost first; a fresh generator closes without running;
    closing a finished one does nothing; next after close returns false."""
    g = mk(0, INT, None, VOID)
    g.body = Block([L('(void)dp;'), L('__attribute__((cleanup(say))) int a = 1;'),
                    Block([L('_cleanup_(say) int b = 2;'),
                           S(Y(g, '10'), ';'),
                           L('b = 3;'),
                           Block([L('AUTO_say int c = 4;'),
                                  S(Y(g, '20'), ';'),
                                  L('pr(1, c);')]),
                           L('pr(2, b);')]),
                    S(Y(g, '30'), ';'),
                    L('pr(3, a);')])
    main = ['struct g0 t = g0(0);', 'struct g0 u = g0(0);', 'struct g0 w = g0(0);',
            show('t'), show('t'), 'printf("close t\\n");', 'yc_close(&t);',
            'printf("t done=%d\\n", (int)yc_done(&t));', show('t'),
            'printf("close u\\n");', 'yc_close(&u);', 'printf("u done=%d\\n", (int)yc_done(&u));',
            show('u'),
            show('w'), show('w'), show('w'), show('w'), 'yc_close(&w);', show('w')]
    exp = """t more=1 done=0 v=10
t more=1 done=0 v=20
close t
cleanup 4
cleanup 3
cleanup 1
t done=1
t more=0 done=1 v=20
close u
u done=1
u more=0 done=1 v=0
w more=1 done=0 v=10
w more=1 done=0 v=20
p1 4
cleanup 4
p2 3
cleanup 3
w more=1 done=0 v=30
p3 1
cleanup 1
w more=0 done=1 v=30
w more=0 done=1 v=30
"""
    return program([g], main), exp


@case
def cleanup_paths():
    """A cleanup runs when its scope is left by any path: break, continue,
    goto, return (GNU C), across yields."""
    g = mk(0, INT, None, INT)
    g.body = Block([L('(void)dp;'), Loop('for', 'int i = 0', Raw('i < 3'), Raw('i++'),
                         Block([L('AUTO_say int c = 10 + i;'),
                                S(Y(g, 'i'), ';'),
                                If(Raw('i == 0'), Block([L('continue;')])),
                                If(Raw('i == 1'), Block([L('goto out;')])),
                                L('pr(1, i);')])),
                    L('out: pr(2, 0);'),
                    Block([L('AUTO_say int d = 20;'),
                           S(Y(g, '5'), ';'),
                           L('return d;')])])
    main = ['struct g0 t = g0(0);'] + [show('t')] * 5 + ['fin_g0("t", &t, 0);']
    exp = """t more=1 done=0 v=0
cleanup 10
t more=1 done=0 v=1
cleanup 11
p2 0
t more=1 done=0 v=5
cleanup 20
t more=0 done=1 v=5
t more=0 done=1 v=5
t fin done=1 r=20
"""
    return program([g], main), exp


@case
def yield_from_in_place():
    """yield from CALL: the sub's values go to the caller, sent values to
    the sub (converted: int -> unsigned char); the expression is the sub's
    result.  A sub without S is simply resumed; a sub with S under an outer
    without S gets a zero S."""
    sub = mk(1, INT, UCHAR, LONG, [('dp', INT)])
    sub.body = Block([L('int got = ', Y(sub, 'dp'), ';'),
                      L('pr(10, got);'),
                      L('got = ', Y(sub, 'dp + 1'), ';'),
                      L('pr(11, got);'),
                      L('return 100 + got;')])
    plain = mk(2, SHORT, None, INT, [('dp', INT)])
    plain.body = Block([S(Y(plain, '40'), ';'), L('pr(20, dp);'), L('return 7;')])
    g = mk(0, INT, INT, INT)
    g.body = Block([L('long r = ', YieldFrom(g, sub, ctor=Ctor(sub, [Raw('dp')])), ';'),
                    L('pr(1, r);'),
                    L('pr(2, ', YieldFrom(g, plain, ctor=Ctor(plain, [Raw('3')])), ');'),
                    L('return 1;')])
    h = mk(3, INT, None, INT)
    h.body = Block([L('(void)dp;'), L('pr(30, ', YieldFrom(h, sub, ctor=Ctor(sub, [Raw('8')])), ');'),
                    L('return 0;')])
    main = ['struct g0 t = g0(5);',
            show('t', op='yc_send(&t, 1)'),
            show('t', op='yc_send(&t, 258)'),
            show('t', op='yc_send(&t, 2)'),
            show('t', op='yc_send(&t, 9)'),
            show('t'),
            'fin_g0("t", &t, 0);',
            'struct g3 u = g3(0);',
            show('u', 'g3'), show('u', 'g3'), show('u', 'g3')]
    exp = """t more=1 done=0 v=5
p10 2
t more=1 done=0 v=6
p11 2
p1 102
t more=1 done=0 v=40
p20 3
p2 7
t more=0 done=1 v=40
t more=0 done=1 v=40
t fin done=1 r=1
u more=1 done=0 v=8
p10 0
u more=1 done=0 v=9
p11 0
p30 100
u more=0 done=1 v=9
"""
    return program([g, sub, plain, h], main), exp


@case
def yield_from_pointer():
    """yield from PTR: a partly consumed sub goes on where it was (its first
    step from the delegation is a next); a finished sub gives its result at
    once, with no suspension; closing the outer closes the sub first."""
    sub = mk(1, INT, None, INT, [('dp', INT)])
    sub.body = Block([L('AUTO_say int c = 50;'),
                      Loop('for', 'int i = 0', Raw('i < 3'), Raw('i++'), Block([S(Y(sub, 'dp + i'), ';')])),
                      L('return 60;')])
    g = mk(0, INT, None, INT, [('dp', INT)])
    g.ptr_param = ('src', sub)
    g.body = Block([L('(void)dp;'), L('AUTO_say int d = 70;'),
                    L('pr(1, ', YieldFrom(g, sub, ptr=Raw('src')), ');'),
                    L('pr(2, ', YieldFrom(g, sub, ptr=Raw('src')), ');'),
                    S(Y(g, '9'), ';'),
                    L('return d;')])
    main = ['struct g1 s = g1(10);', show('s', 'g1'),
            'struct g0 t = g0(0, &s);', show('t'), show('t'), show('t'), show('t'), show('t'),
            'fin_g0("t", &t, 0);',
            'struct g1 s2 = g1(20);', 'struct g0 t2 = g0(0, &s2);', show('t2'),
            'yc_close(&t2);', 'printf("s2 done=%d\\n", (int)yc_done(&s2));']
    exp = """s more=1 done=0 v=10
t more=1 done=0 v=11
t more=1 done=0 v=12
cleanup 50
p1 60
p2 60
t more=1 done=0 v=9
cleanup 70
t more=0 done=1 v=9
t more=0 done=1 v=9
t fin done=1 r=70
t2 more=1 done=0 v=20
cleanup 50
cleanup 70
s2 done=1
"""
    return program([g, sub], main), exp


@case
def close_in_yield_from():
    """Closing the outer while it is suspended in yield from CALL closes the
    sub first: the sub's cleanups, then the outer's, innermost first."""
    sub = mk(1, INT, None, INT, [('dp', INT)])
    sub.body = Block([L('AUTO_say int c = dp;'), S(Y(sub, '1'), ';'), S(Y(sub, '2'), ';'), L('return 0;')])
    g = mk(0, INT, None, INT)
    g.body = Block([L('(void)dp;'), L('AUTO_say int a = 100;'),
                    Block([L('AUTO_say int b = 200;'),
                           L('pr(1, ', YieldFrom(g, sub, ctor=Ctor(sub, [Raw('300')])), ');')]),
                    L('return 0;')])
    main = ['struct g0 t = g0(0);', show('t'), 'yc_close(&t);', 'printf("done=%d\\n", (int)yc_done(&t));']
    exp = """t more=1 done=0 v=1
cleanup 300
cleanup 200
cleanup 100
done=1
"""
    return program([g, sub], main), exp


@case
def recursion():
    """Recursive delegation (YC_ALLOC frames): a depth-first walk."""
    g = mk(0, INT, None, INT, [('dp', INT)])
    g.body = Block([L('int n = 1;'),
                    If(Raw('dp > 0'), Block([L('n += ', YieldFrom(g, g, ctor=Ctor(g, [Raw('dp - 1')])), ';')])),
                    S(Y(g, 'dp'), ';'),
                    If(Raw('dp > 0'), Block([L('n += ', YieldFrom(g, g, ctor=Ctor(g, [Raw('dp - 1')])), ';')])),
                    L('return n;')])
    main = ['struct g0 t = g0(2);'] + [show('t')] * 8 + ['fin_g0("t", &t, 0);']
    exp = """t more=1 done=0 v=0
t more=1 done=0 v=1
t more=1 done=0 v=0
t more=1 done=0 v=2
t more=1 done=0 v=0
t more=1 done=0 v=1
t more=1 done=0 v=0
t more=0 done=1 v=0
t fin done=1 r=7
"""
    return program([g], main), exp


@case
def handles_statics_interleaved():
    """Handles drive generators of two types; two instances interleave; a
    static local is one per function, shared by the instances."""
    a = mk(0, INT, INT, INT, [('dp', INT)])
    a.body = Block([L('static int calls = 0;'),
                    Loop('for', 'int i = 0', Raw('i < 2'), Raw('i++'),
                         Block([L('calls++;'), L('pr(dp, calls);'), S(Y(a, 'i'), ';')])),
                    L('return dp;')])
    b = mk(1, VOID, None, VOID, [('dp', INT)])
    b.body = Block([L('pr(9, dp);'), S(Y(b), ';'), L('pr(9, dp + 1);')])
    main = ['struct g0 x = g0(1);', 'struct g0 y = g0(2);', 'struct g1 z = g1(5);',
            ('struct yc_gen hs[3] = { yc_handle(&x), yc_handle(&y), yc_handle(&z) };',
             'for (int r = 0; r < 3; r++)',
             '    for (int k = 0; k < 3; k++)',
             '        if (!yc_gen_done(hs[k]))',
             '            printf("h%d %d\\n", k, (int)yc_gen_next(hs[k]));',
             'yc_gen_close(hs[1]);',
             'printf("%d %d %d\\n", (int)yc_gen_done(hs[0]), (int)yc_gen_done(hs[1]), (int)yc_gen_done(hs[2]));'),
            'fin_g0("x", &x, 0);']
    exp = """p1 1
h0 1
p2 2
h1 1
p9 5
h2 1
p1 3
h0 1
p2 4
h1 1
p9 6
h2 0
h0 0
h1 0
1 1 1
x fin done=1 r=1
"""
    return program([a, b], main), exp


@case
def expressions():
    """Yields in && || ?: keep C's laziness; a yield in a condition, a call
    argument, a for increment; __func__ names the generator."""
    g = mk(0, INT, INT, INT, [('dp', INT)])
    g.body = Block([L('prs(0, __func__);'),
                    L('int a = (dp > 0) && ', Y(g, '1', True), ';'),
                    L('int b = (dp > 0) || ', Y(g, '2', True), ';'),
                    L('int c = dp ? ', Y(g, '3', True), ' : ', Y(g, '4', True), ';'),
                    L('pr(1, a * 100 + b * 10 + c);'),
                    If(Y(g, '5'), Block([L('pr(2, 1);')])),
                    L('pr(3, f3(', Y(g, '6'), '));'),
                    Loop('for', 'int i = 0', Raw('i < 2'), gen.Comma(Raw('i++'), Y(g, '7', True)),
                         Block([L('pr(4, i);')])),
                    L('return 0;')])
    main = ['struct g0 t = g0(1);'] + [('more = yc_send(&t, %d);' % v, 'show_g0("t", &t, more);')
                                        for v in (0, 11, 2, 12, 13, 14, 15, 16)]
    exp = """s0 g0
t more=1 done=0 v=1
t more=1 done=0 v=3
p1 112
t more=1 done=0 v=5
p2 1
t more=1 done=0 v=6
p3 24
p4 0
t more=1 done=0 v=7
p4 1
t more=1 done=0 v=7
t more=0 done=1 v=7
t more=0 done=1 v=7
"""
    return program([g], main), exp


@case
def fall_off_end():
    """Falling off the end finishes with a zero result (a struct too)."""
    g = mk(0, INT, None, PT, [('dp', INT)])
    g.body = Block([S(Y(g, 'dp'), ';'), L('pr(1, dp);')])
    main = ['struct g0 t = g0(4);', show('t'), show('t'),
            'printf("r=%d,%d done=%d\\n", yc_result(&t).a, yc_result(&t).b, (int)yc_done(&t));']
    exp = """t more=1 done=0 v=4
p1 4
t more=0 done=1 v=4
r=0,0 done=1
"""
    return program([g], main), exp


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--yieldc', help='also build and run yieldc\'s output (for information)')
    ap.add_argument('-v', '--verbose', action='store_true')
    a = ap.parse_args()
    env = harness.Env(a.yieldc, 'gcc-O0') if a.yieldc else None
    ref_env = harness.Env.__new__(harness.Env)      # the reference needs no yieldc
    ref_env.ref_ubsan = True
    bad = 0
    for f in CASES:
        prog, exp = f()
        d = tempfile.mkdtemp(prefix='ycrefcheck-')
        try:
            got, fail = harness.reference(ref_env, d, gen.render(prog, 'ref'))
            if fail:
                print('%s: the reference does not build or run: %s\n%s' % (f.__name__, fail.key, fail.detail))
                bad += 1
                continue
            got = got.decode()
            got = got[:got.rindex('cnt ')]      # main's last line, the same in every program
            if got != exp:
                bad += 1
                print('%s: FAIL: the reference prints' % f.__name__)
                print(''.join('    ' + l + '\n' for l in got.splitlines()))
                print('  where SPEC says')
                print(''.join('    ' + l + '\n' for l in exp.splitlines()))
            else:
                print('%s: ok' % f.__name__)
            if env:
                yc = gen.render(prog, 'yc')
                _, fails = harness.check_texts(env, d, yc, gen.render(prog, 'ref'), list(harness.BUILDS))
                for x in fails:
                    print('  (yieldc: %s [%s])' % (x.sig(), x.build))
                if a.verbose:
                    print(yc)
        finally:
            shutil.rmtree(d, ignore_errors=True)
    print('%d cases, %d where the reference disagrees with SPEC' % (len(CASES), bad))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
