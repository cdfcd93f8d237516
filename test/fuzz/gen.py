#!/usr/bin/env python3
"""gen.py -- random, terminating, UB-free generator programs for yieldc.

One seed gives one program, built as an AST and printed twice: in yieldc's
language (generator(Y, S) R name(...) { ... yield e ... }) and as plain GNU C
on ycref.h (stackful coroutines on ucontext), whose output is what the first
must print.  Every construct of SPEC section 1 has a feature flag (FEATURES),
so that a failure can be pinned on the constructs it needs.

    gen.py SEED [--features all|a,b,...|-a,-b] [--yc OUT.c] [--ref OUT.c]

Rules that keep a program deterministic and free of undefined behaviour:
  * every integer stays small: a variable is assigned (e) % 1000, each
    expression's bound is computed and arithmetic that could overflow is not
    generated; % only by a positive constant; no division, no shifts;
  * in an unsequenced context (operands of + - * % and comparisons,
    function arguments, initializer lists) at most one operand has side
    effects (a yield, a `yield from`, a call of se());
  * static locals and globals are never read in an expression with a
    yield (another instance may change them while this one is suspended);
  * loops count with a variable the body never writes; backward gotos
    count too; `yield from` recursion passes dp - 1 under `if (dp > 0)`;
  * every local is initialized before it is read, and read at least once;
  * a pointer to a local lives no longer than the local;
  * every generator in main is closed at the end (no leaks for LSan).
"""
import argparse
import random
import re
import sys

FEATURES = {
    'loops': 'for/while/do loops',
    'breakcont': 'break and continue',
    'switch': "the user's own switch, fallthrough, yields in cases",
    'goto': 'goto across yields, forward and backward',
    'shadow': 'inner blocks that shadow names live across yields',
    'arrays': 'arrays, pointers to their elements',
    'structs': 'struct locals, pointers to them',
    'unions': 'union locals',
    'ptrlocal': 'pointers to locals used after a resume',
    'statics': 'static locals',
    'cv': 'const and volatile locals',
    'complit': 'compound literals (and pointers into them)',
    'decls': 'declarations anywhere: several per line, uninitialized, in for-init',
    'localtype': 'types declared inside the generator body',
    'yexpr': 'yields inside expressions (master switch for the y* flags)',
    'yargs': 'yields in call arguments',
    'ylogic': 'yields in && || ?: operands',
    'ycond': 'yields in if/while/for/switch conditions',
    'yinc': 'yields in for increments and for-init',
    'ycomma': 'yields in comma operands',
    'yinit': 'yields in initializers',
    'yassign': 'x = yield e',
    'ynested': 'yield (yield e), yield inside a yield from argument',
    'yreturn': 'return yield e / return with a yield inside',
    'send': 'send types (generator(Y, S)) and yc_send',
    'yfrom': 'yield from a call (a sub-generator made in place)',
    'yfromptr': 'yield from a pointer to an existing generator',
    'recursion': 'recursive yield from (YC_ALLOC)',
    'localgen': 'generator objects local to a generator, partly consumed',
    'close': 'yc_close at random points',
    'cleanup': '__attribute__((cleanup(f))) locals',
    'cleanupmacro': 'cleanups spelled through macros, __cleanup__, attribute lists',
    'ymacro': 'yields coming from macros (AWAIT, do/while(0), expression macros)',
    'handles': 'yc_handle, yc_gen_next/done/close, a round-robin scheduler',
    'interleave': 'several instances of one generator interleaved',
    'returns': 'early return from nested blocks, falling off the end',
    'func': '__func__',
    'proto': 'prototypes of generators before their definitions',
    'types': 'yield/send/result types other than int (struct, union, pointer, double, ...)',
    'voidY': 'generator(void): bare yield',
    'alloc': 'user-defined YC_ALLOC / YC_FREE',
    'heap': 'generator objects malloc()ed by main',
    'unbraced': 'unbraced if/loop bodies that yield',
    'layout': 'lines joined: `{` after if/for/else, `}` after a statement (sometimes with no space: `}}`), statements side by side',
    'duff': "a case label of the user's switch at the top of a loop's body in another case (Duff's device)",
    'counted': 'counted loops: a for whose body ends with a yield statement, counting up or down, first in a body',
}
ALL = list(FEATURES)
# drawn apart in swarm: the features of a seed stay those they were before it
LATE = ['layout', 'duff', 'counted']


def swarm(seed, base=None):
    """Swarm testing: each feature of base on with probability 1/2, chosen
    by the seed (a program with fewer kinds of constructs reaches deeper
    before a frequent bug stops it)."""
    r = random.Random(seed * 7919 + 17)
    base = set(base or ALL)
    feats = set(f for f in sorted(base - set(LATE)) if r.random() < 0.5)
    late = random.Random(seed * 104729 + 5)
    return feats | set(f for f in LATE if f in base and late.random() < 0.5)


def features_for(seed, spec):
    """The features of one seed: spec as parse_features, or 'swarm' /
    'swarm,-a,-b' (a random half of all but those)."""
    if spec.startswith('swarm'):
        rest = spec[len('swarm'):].lstrip(',')
        return swarm(seed, parse_features(rest) if rest else None)
    return parse_features(spec)


def parse_features(spec):
    """'all', 'a,b,c', or 'all,-a,-b' / '-a,-b' (all but those)."""
    if spec in (None, '', 'all'):
        return set(ALL)
    items = [s.strip() for s in spec.split(',') if s.strip()]
    if all(s.startswith('-') or s == 'all' for s in items):
        feats = set(ALL)
    else:
        feats = set()
    for s in items:
        if s == 'all':
            feats |= set(ALL)
        elif s.startswith('-'):
            if s[1:] not in FEATURES:
                raise SystemExit('gen.py: unknown feature ' + s[1:])
            feats.discard(s[1:])
        else:
            if s not in FEATURES:
                raise SystemExit('gen.py: unknown feature ' + s)
            feats.add(s)
    return feats


# ---------------------------------------------------------------- types

class T:
    """A C type as the programs use it.  kind: int (every integer type and
    _Bool), dbl, struct, union, ptr (int *), str (const char *), fn
    (fn_t), void, gen (a generator's frame)."""

    def __init__(self, name, kind, bound=1000, printf=None):
        self.name = name
        self.kind = kind
        self.bound = bound          # the largest |value| (integers)

    def decl(self, var):
        if self.name.endswith('*'):
            return self.name + var
        return self.name + ' ' + var

    def __repr__(self):
        return self.name


INT = T('int', 'int')
LONG = T('long', 'int')
SHORT = T('short', 'int')
UCHAR = T('unsigned char', 'int', 255)
BOOL = T('_Bool', 'int', 1)
DBL = T('double', 'dbl')
PT = T('struct pt', 'struct')
UU = T('union uu', 'union')
PINT = T('int *', 'ptr')
STR = T('const char *', 'str')
FN = T('fn_t', 'fn')
VOID = T('void', 'void')
ARITH_Y = [INT, INT, INT, LONG, SHORT, UCHAR]


def arith(t):
    return t.kind in ('int', 'dbl')


def converts(src, dst):
    """A value of type src converts to dst as by assignment, without
    undefined behaviour: a negative double made unsigned char is
    (seeds 102563, 102670: yield from a generator(double) in a
    generator(unsigned char))."""
    if src.kind == 'dbl' and dst is UCHAR:
        return False
    if arith(src) and arith(dst):
        return True
    return src is dst


# ---------------------------------------------------------------- expressions

class Node:
    next_id = [0]

    def __init__(self):
        Node.next_id[0] += 1
        self.id = Node.next_id[0]


class Expr(Node):
    """ty: its type; bound: the largest |value| of an integer; impure: has
    side effects (a yield, yield from, a call of se()); const: built of
    literals only."""
    ty = INT
    bound = 1000
    impure = False
    const = False
    lvalue = False

    def kids(self):
        return []

    def render(self, r, lvl=None):
        raise NotImplementedError


class Lit(Expr):
    def __init__(self, text, ty=INT, bound=None):
        super().__init__()
        self.text, self.ty = text, ty
        self.const = True
        if bound is None:
            try:
                bound = abs(int(text.strip('()')))
            except ValueError:
                bound = 1000
        self.bound = bound

    def render(self, r, lvl=None):
        return self.text


def lit(v):
    return Lit('(%d)' % v if v < 0 else str(v), INT, abs(v))


class Raw(Expr):
    """Pure text (a variable, a member, an element); ty and bound given."""

    def __init__(self, text, ty=INT, bound=1000, lvalue=False, ref_text=None):
        super().__init__()
        self.text, self.ty, self.bound, self.lvalue = text, ty, bound, lvalue
        self.ref_text = ref_text

    def render(self, r, lvl=None):
        if r.lang == 'ref' and self.ref_text is not None:
            return self.ref_text
        return self.text


class Un(Expr):
    def __init__(self, op, a):
        super().__init__()
        self.op, self.a = op, a
        self.ty = INT
        self.bound = 1 if op == '!' else a.bound
        self.impure, self.const = a.impure, a.const

    def kids(self):
        return [self.a]

    def render(self, r, lvl=None):
        return '(%s%s)' % (self.op, r.ex(self.a))


class Bin(Expr):
    def __init__(self, op, a, b):
        super().__init__()
        self.op, self.a, self.b = op, a, b
        self.ty = INT
        if op == '+' or op == '-':
            self.bound = a.bound + b.bound
        elif op == '*':
            self.bound = a.bound * b.bound
        elif op == '%':
            self.bound = min(a.bound, b.bound - 1)
        else:
            self.bound = 1
        self.impure = a.impure or b.impure
        self.const = a.const and b.const

    def kids(self):
        return [self.a, self.b]

    def render(self, r, lvl=None):
        s = '%s %s %s' % (r.ex(self.a), self.op, r.ex(self.b))
        return s if lvl else '(' + s + ')'


def const_cmp(e):
    """The other operand's text when e compares something with a constant."""
    if isinstance(e, Bin) and e.op in ('<', '<=', '>', '>=', '==', '!='):
        r = Renderer('yc', None)
        if e.a.const and not e.b.const:
            return e.b.render(r)
        if e.b.const and not e.a.const:
            return e.a.render(r)
    return None


def tested(e):
    """The texts e compares with a constant, through `&&`, `||` and `!`,
    a bare variable or member testing itself against 0: gcc folds `x != 14
    || x` to 1 and warns at -O2 (seed 115721), clang `x < 3 && x > 15`."""
    if isinstance(e, Bin) and e.op in ('&&', '||'):
        return tested(e.a) | tested(e.b)
    if isinstance(e, Un) and e.op == '!':
        return tested(e.a)
    k = const_cmp(e)
    if k:
        return {k}
    if isinstance(e, Raw) and not e.const:
        return {e.render(Renderer('yc', None))}
    return set()


class Cond(Expr):
    def __init__(self, c, a, b):
        super().__init__()
        self.c, self.a, self.b = c, a, b
        self.ty = a.ty
        self.bound = max(a.bound, b.bound)
        self.impure = c.impure or a.impure or b.impure
        self.const = c.const and a.const and b.const

    def kids(self):
        return [self.c, self.a, self.b]

    def render(self, r, lvl=None):
        s = '%s ? %s : %s' % (r.ex(self.c), r.ex(self.a, 'expr' if r.rng_unparen() else None), r.ex(self.b))
        return s if lvl else '(' + s + ')'


class Comma(Expr):
    def __init__(self, a, b):
        super().__init__()
        self.a, self.b = a, b
        self.ty, self.bound = b.ty, b.bound
        self.impure = a.impure or b.impure

    def kids(self):
        return [self.a, self.b]

    def render(self, r, lvl=None):
        s = '%s, %s' % (r.ex(self.a), r.ex(self.b, 'assign' if r.rng_unparen() else None))
        return s if lvl in ('expr', 'stmt') else '(' + s + ')'


class Call(Expr):
    def __init__(self, fn, args, ty=INT, bound=1000, impure=False):
        super().__init__()
        self.fn, self.args, self.ty, self.bound = fn, args, ty, bound
        self.impure = impure or any(a.impure for a in args)
        self.const = fn == 'ID' and args[0].const          # a macro

    def kids(self):
        return list(self.args)

    def render(self, r, lvl=None):
        return '%s(%s)' % (self.fn, ', '.join(r.ex(a, 'assign') for a in self.args))


class Ctor(Expr):
    """gN(args): a fresh generator object (NAME__new in the reference)."""

    def __init__(self, gen, args):
        super().__init__()
        self.gen, self.args = gen, args
        self.ty = gen.frame_type
        self.impure = any(a.impure for a in args)

    def kids(self):
        return list(self.args)

    def render(self, r, lvl=None):
        name = self.gen.name if r.lang == 'yc' else self.gen.name + '__new'
        return '%s(%s)' % (name, ', '.join(r.ex(a, 'assign') for a in self.args))


class CompLit(Expr):
    """(struct pt){ a, b } / { .b = b, .a = a } / (union uu){ .i = a }."""

    def __init__(self, ty, fields, items, designated):
        super().__init__()
        self.ty, self.fields, self.items, self.designated = ty, fields, items, designated
        self.impure = any(a.impure for a in items)
        self.order = list(range(len(items)))

    def kids(self):
        return list(self.items)

    def render(self, r, lvl=None):
        if self.designated:
            parts = ['.%s = %s' % (self.fields[i], r.ex(self.items[i], 'assign')) for i in self.order]
        else:
            parts = [r.ex(a, 'assign') for a in self.items]
        return '(%s){ %s }' % (self.ty.name, ', '.join(parts))


class Member(Expr):
    def __init__(self, a, field, ty=INT, bound=1000):
        super().__init__()
        self.a, self.field, self.ty, self.bound = a, field, ty, bound
        self.impure = a.impure

    def kids(self):
        return [self.a]

    def render(self, r, lvl=None):
        return '%s.%s' % (r.ex(self.a), self.field)


class Cast(Expr):
    def __init__(self, ty, a):
        super().__init__()
        self.ty, self.a, self.bound, self.impure = ty, a, a.bound, a.impure

    def kids(self):
        return [self.a]

    def render(self, r, lvl=None):
        return '((%s)(%s))' % (self.ty.name, r.ex(self.a))


class Yield(Expr):
    """yield VALUE / bare yield in generator g.  Its type is g's S (or
    void).  macro: written through YV(e) in yieldc's language."""

    def __init__(self, g, value, unparen=False, macro=False, opnd_unparen=False):
        super().__init__()
        self.g, self.value = g, value
        self.ty = g.S if g.S else VOID
        self.bound = g.S.bound if g.S else 0
        self.impure = True
        self.unparen, self.macro, self.opnd_unparen = unparen, macro, opnd_unparen

    def kids(self):
        return [self.value] if self.value else []

    def render(self, r, lvl=None):
        if r.lang == 'ref':
            s = 'S' if self.g.S else 'V'
            if self.value is None:
                return 'REF_YIELD0_%s()' % s
            return 'REF_YIELD_%s(%s)' % (s, r.ex(self.value, 'assign'))
        if self.macro and self.value is not None:
            return 'YV(%s)' % r.ex(self.value, 'assign')
        if self.value is None:
            s = 'yield'
        else:
            s = 'yield ' + r.ex(self.value, 'assign' if self.opnd_unparen else None)
        return s if (lvl and self.unparen) else '(' + s + ')'


class YieldFrom(Expr):
    """yield from gN(args) (in place) or yield from PTR (an existing
    generator object of gN) in generator outer.  Its value: gN's R."""

    def __init__(self, outer, sub, ctor=None, ptr=None, macro=False):
        super().__init__()
        self.outer, self.sub, self.ctor, self.ptr, self.macro = outer, sub, ctor, ptr, macro
        self.ty = sub.R
        self.bound = sub.R.bound if sub.R.kind == 'int' else 1000
        self.impure = True

    def kids(self):
        return [self.ctor] if self.ctor else [self.ptr]

    def render(self, r, lvl=None):
        if r.lang == 'yc':
            what = r.ex(self.ctor or self.ptr)
            if self.macro:
                return 'DELEGATE(%s)' % what
            s = 'yield from ' + what
            return s if lvl == 'stmt' else '(' + s + ')'
        n = r.fresh()
        o, sub = self.outer, self.sub
        if self.ctor:
            head = 'struct %s yc_s%d = %s; struct %s *yc_p%d = &yc_s%d;' % (
                sub.name, n, r.ex(self.ctor, 'assign'), sub.name, n, n)
        else:
            head = 'struct %s *yc_p%d = %s;' % (sub.name, n, r.ex(self.ptr, 'assign'))
        setv = '' if o.Y is VOID else 'yc_self->yc_value = yc_p%d->yc_value; ' % n
        if o.S and sub.S:
            step = 'yc_send(yc_p%d, yc_self->yc_sent)' % n
        else:
            step = 'yc_next(yc_p%d)' % n
        val = '(void)0' if sub.R is VOID else 'yc_p%d->yc_result' % n
        return ('({ %s bool yc_m%d = yc_next(yc_p%d); while (yc_m%d) { %s'
                'if (ref_suspend(&yc_self->co)) { yc_close(yc_p%d); YC_RETURN; } '
                'yc_m%d = %s; } %s; })' % (head, n, n, n, setv, n, n, step, val))


class Parts(Expr):
    """A sequence of text and expressions, e.g. `x = ` E; lang-specific
    text given as a pair (yc, ref)."""

    def __init__(self, parts, ty=INT, bound=1000):
        super().__init__()
        self.parts, self.ty, self.bound = parts, ty, bound
        self.impure = any(isinstance(p, Expr) and p.impure for p in parts)

    def kids(self):
        return [p for p in self.parts if isinstance(p, Expr)]

    def render(self, r, lvl=None):
        out = []
        for p in self.parts:
            if isinstance(p, tuple):
                out.append(p[0] if r.lang == 'yc' else p[1])
            elif isinstance(p, Expr):
                out.append(r.ex(p, 'assign'))
            else:
                out.append(p)
        return ''.join(out)


# ---------------------------------------------------------------- statements

class Stmt(Node):
    deletable = True

    def kids(self):            # statements inside
        return []

    def exprs(self):           # expressions directly in it
        return []


class Line(Stmt):
    """One statement of text and expressions (see Parts); lvl: how the first
    expression may be written (a yield at statement level unparenthesized).
    ref_void: the reference casts an expression statement to void."""

    def __init__(self, parts, deletable=True, ref_void=False):
        super().__init__()
        self.parts, self.deletable, self.ref_void = parts, deletable, ref_void

    def exprs(self):
        return [p for p in self.parts if isinstance(p, Expr)]

    def render(self, r, ind):
        out = []
        for p in self.parts:
            if isinstance(p, tuple):
                out.append(p[0] if r.lang == 'yc' else p[1])
            elif isinstance(p, Expr):
                lvl = 'stmt' if len(self.parts) <= 2 and p is self.parts[0] else 'assign'
                if lvl == 'stmt' and r.lang == 'ref' and self.ref_void:
                    out.append('(void)' + r.ex(p, None))
                else:
                    out.append(r.ex(p, lvl))
            else:
                out.append(p)
        return [ind + ''.join(out)]


class Block(Stmt):
    def __init__(self, stmts=None, braces=True):
        super().__init__()
        self.stmts = stmts if stmts is not None else []
        self.braces = braces
        self.top = False        # a generator's body (the reference drops its braces)

    def kids(self):
        return list(self.stmts)

    def render(self, r, ind):
        if not self.braces:
            return r.stmts(self.stmts, ind)
        inner = r.stmts(self.stmts, ind + '    ')
        if inner and not self.top and joined(r, self, 2):
            # and sometimes tight: `}}` or `;}` (an inner loop's end right
            # before the block's, where yieldc inserts the block's cleanups)
            tight = joined(r, self, 11) and inner[-1].rstrip().endswith(('}', ';'))
            return [ind + '{'] + inner[:-1] + [inner[-1] + ('}' if tight else ' }')]
        return [ind + '{'] + inner + [ind + '}']


class Group(Stmt):
    """Statements that stand or fall together (an uninitialized local and
    its assignment), rendered in the enclosing block; the ones in
    `optional` may go alone."""

    def __init__(self, stmts, optional=()):
        super().__init__()
        self.stmts, self.optional = stmts, set(x.id for x in optional)

    def kids(self):
        return list(self.stmts)

    def render(self, r, ind):
        return r.stmts(self.stmts, ind)


def joined(r, node, salt=0):
    """layout: is this place written joined to the line before?  Decided by
    the node's number, not the program's rng (the program stays the one
    the seed made without the feature, and reduce.py keeps the layout)."""
    return (r.prog is not None and 'layout' in r.prog.feats
            and (node.id * 2654435761 + salt * 40503) % 7 < 3)


def attach(r, out, body, lines):
    """The lines of a body after its if (...), for (...), else or do:
    `{` on the line before when joined."""
    if lines and lines[0].strip() == '{' and isinstance(body, Block) and joined(r, body, 1):
        out[-1] += ' {'
        lines = lines[1:]
    out += lines


def body_lines(r, body, ind):
    """A compound statement's or a single statement's lines after if (...)."""
    if body.id in r.removed:
        return [ind + '{', ind + '}']
    body = r.srepl.get(body.id, body)
    if isinstance(body, Block):
        return body.render(r, ind)
    return body.render(r, ind + '    ')


def grp(*lines):
    """Lines of main that stand or fall together."""
    return Group([Line(x if isinstance(x, list) else [x], deletable=False) for x in lines])


class If(Stmt):
    def __init__(self, cond, then, elifs=(), els=None):
        super().__init__()
        self.cond, self.then, self.elifs, self.els = cond, then, list(elifs), els

    def kids(self):
        k = [self.then] + [b for _, b in self.elifs]
        return k + ([self.els] if self.els else [])

    def exprs(self):
        return [self.cond] + [c for c, _ in self.elifs]

    def render(self, r, ind):
        out = [ind + 'if (%s)' % r.ex(self.cond, 'expr')]
        attach(r, out, self.then, body_lines(r, self.then, ind))
        prev = self.then
        for c, b in self.elifs:
            if b.id in r.removed:
                continue
            self.add_else(r, out, prev, b, ind, 'else if (%s)' % r.ex(c, 'expr'))
            attach(r, out, b, body_lines(r, b, ind))
            prev = b
        if self.els and self.els.id not in r.removed:
            self.add_else(r, out, prev, self.els, ind, 'else')
            attach(r, out, self.els, body_lines(r, self.els, ind))
        return out

    def add_else(self, r, out, prev, body, ind, text):
        """`} else` when joined, after the brace of a braced branch only
        (`x(); else` is no one's style, and after the `}` of a braceless
        branch's inner loop clang reports misleading indentation: seed 116326)"""
        prev = r.srepl.get(prev.id, prev)
        braced = prev.id in r.removed or (isinstance(prev, Block) and prev.braces)
        if braced and out[-1].endswith('}') and joined(r, body, 3):
            out[-1] += ' ' + text
        else:
            out.append(ind + text)


class Loop(Stmt):
    """for (INIT; COND; INC) BODY, while (COND) BODY, do BODY while (COND);
    pre: statements before the loop that belong to it (its counter)."""

    def __init__(self, kind, init, cond, inc, body, pre=()):
        super().__init__()
        self.kind, self.init, self.cond, self.inc, self.body = kind, init, cond, inc, body
        self.pre = list(pre)

    def kids(self):
        return [self.body]

    def exprs(self):
        return [e for e in (self.init, self.cond, self.inc) if isinstance(e, Expr)]

    def render(self, r, ind):
        out = []
        for p in self.pre:
            out += p.render(r, ind)
        if self.kind == 'for':
            out.append(ind + 'for (%s; %s; %s)' % (r.ex(self.init, 'expr'), r.ex(self.cond, 'expr'),
                                                    r.ex(self.inc, 'expr')))
            attach(r, out, self.body, body_lines(r, self.body, ind))
        elif self.kind == 'while':
            out.append(ind + 'while (%s)' % r.ex(self.cond, 'expr'))
            attach(r, out, self.body, body_lines(r, self.body, ind))
        else:
            out.append(ind + 'do')
            attach(r, out, self.body, body_lines(r, self.body, ind))
            if out[-1].endswith('}') and joined(r, self, 4):
                out[-1] += ' while (%s);' % r.ex(self.cond, 'expr')
            else:
                out.append(ind + 'while (%s);' % r.ex(self.cond, 'expr'))
        return out


class Case(Node):
    def __init__(self, labels, stmts, end):
        super().__init__()
        self.labels, self.stmts, self.end = labels, stmts, end   # end: break, comment, attr, none


class Switch(Stmt):
    def __init__(self, sel, cases):
        super().__init__()
        self.sel, self.cases = sel, cases

    def kids(self):
        return [s for c in self.cases for s in c.stmts]

    def exprs(self):
        return [self.sel]

    def render(self, r, ind):
        out = [ind + 'switch (%s) {' % r.ex(self.sel, 'expr')]
        for c in self.cases:
            for lab in c.labels:
                out.append(ind + (lab + ':'))
            out += r.stmts(c.stmts, ind + '    ')
            if c.end == 'break':
                out.append(ind + '    break;')
            elif c.end == 'comment':
                out.append(ind + '    /* fallthrough */')
            elif c.end == 'attr':
                out.append(ind + '    __attribute__((fallthrough));')
        out.append(ind + '}')
        return out


# ---------------------------------------------------------------- the program

class Var:
    def __init__(self, name, ty, kind='local', bound=None, writable=True, readable=True):
        self.name, self.ty, self.kind = name, ty, kind
        self.bound = ty.bound if bound is None else bound
        self.writable, self.readable = writable, readable
        self.used = False
        self.addressable = False
        self.shared = kind in ('static', 'global')    # others may change it while suspended
        self.folds = False      # a const int with a constant initializer: clang folds it


class Gen:
    """A generator: its signature, decided before any body."""

    def __init__(self, idx, Y, S, R, params, static):
        self.idx = idx
        self.name = 'g%d' % idx
        self.Y, self.S, self.R = Y, S, R
        self.params = params            # [(name, T)]; params[0] is int dp
        self.static = static
        self.ptr_param = None           # (name, Gen) of a `struct gK *` parameter
        self.body = None
        self.subs = set()               # generators it yields from in place or makes
        self.back = False               # yields from a generator defined no later
        self.may_alloc = False
        self.frame_type = T('struct ' + self.name, 'gen')

    def gen_decl(self, lang):
        ys = self.Y.name if not self.S else '%s, %s' % (self.Y.name, self.S.name)
        ps = ', '.join(self.param_decls()) or 'void'
        st = 'static ' if self.static else ''
        return '%sgenerator(%s) %s %s(%s)' % (st, ys, self.R.name, self.name, ps)

    def param_decls(self):
        out = [t.decl(n) for n, t in self.params]
        if self.ptr_param:
            out.append('struct %s *%s' % (self.ptr_param[1].name, self.ptr_param[0]))
        return out

    def all_params(self):
        out = list(self.params)
        if self.ptr_param:
            out.append((self.ptr_param[0], T('struct %s *' % self.ptr_param[1].name, 'gptr')))
        return out


def side_by_side(out):
    """Can a statement go on the last line of out?  Not beside a braceless
    body (main writes `if (...)` and its body as lines of text): gcc
    -Wmisleading-indentation, rightly."""
    last = out[-1].strip()
    before = out[-2].strip() if len(out) > 1 else ''
    control = re.compile(r'(if|else|for|while|do|switch)\b')
    return (last.endswith(';') and not control.match(last)
            and not before.endswith(')') and not control.match(before))


class Renderer:
    def __init__(self, lang, prog, removed=(), repl=None, srepl=None):
        self.lang, self.prog = lang, prog
        self.removed = set(removed)
        self.repl = repl or {}          # expression id -> expression (reduce.py)
        self.srepl = srepl or {}        # statement id -> statement
        self.n = 0

    def fresh(self):
        self.n += 1
        return self.n

    def rng_unparen(self):
        return False

    def ex(self, e, lvl=None):
        if isinstance(e, str):
            return e
        e = self.repl.get(e.id, e)
        return e.render(self, lvl)

    def stmts(self, stmts, ind):
        out = []
        last_line = False       # the line before is a whole simple statement
        for s in stmts:
            if s.id in self.removed:
                continue
            s = self.srepl.get(s.id, s)
            lines = s.render(self, ind)
            if last_line and isinstance(s, Line) and len(lines) == 1 and joined(self, s, 5) and side_by_side(out):
                out[-1] += ' ' + lines[0].strip()
            else:
                out += lines
            last_line = isinstance(s, Line) and len(lines) == 1
        return out


class ValueRenderer(Renderer):
    """Text of what an expression compares as: a comma as its right operand."""

    def ex(self, e, lvl=None):
        if isinstance(e, Comma):
            return self.ex(e.b, lvl)
        return super().ex(e, lvl)


class Program:
    def __init__(self, seed, feats):
        self.seed, self.feats = seed, feats
        self.gens = []
        self.main = []            # statements of main
        self.order = []           # definition order of the generators
        self.protos = set()       # generators declared before their definition


# ---------------------------------------------------------------- generation

class Ctx:
    """Where the statement being generated stands."""

    def __init__(self, g, prog, rng):
        self.g, self.prog, self.rng = g, prog, rng
        self.f = prog.feats
        self.scopes = [[]]
        self.depth = 0
        self.breakable = []       # 'loop' or 'switch', innermost last
        self.fwd = []             # labels a forward goto may target
        self.back = []            # (label, counter var, limit)
        self.no_exit = 0          # inside a block that must be left at its end
        self.case_top = False     # directly in a switch: no declarations
        self.budget = 0
        self.nyfrom = 0
        self.in_loop = 0
        self.names = {}
        self.hidden = set()

    def has(self, feat):
        return feat in self.f

    def name(self, base):
        self.names[base] = self.names.get(base, 0) + 1
        return '%s%d' % (base, self.prog.next_name())

    def visible(self):
        seen, out = set(self.hidden), []
        for sc in reversed(self.scopes):
            for v in reversed(sc):
                if v.name not in seen:
                    seen.add(v.name)
                    out.append(v)
        return out

    def declare(self, v):
        self.scopes[-1].append(v)
        return v


class Gen_:
    """The generator of programs (one per seed)."""

    def __init__(self, seed, feats):
        self.seed = seed
        self.rng = random.Random(seed)
        self.prog = Program(seed, feats)
        self.prog.next_name = self.next_name
        self.f = feats
        self.nname = 0
        self.tag = 0
        self.label = 0

    def has(self, f):
        return f in self.f

    def next_name(self):
        self.nname += 1
        return self.nname

    def next_tag(self):
        self.tag += 1
        return self.tag

    def chance(self, p):
        return self.rng.random() < p

    # ---------------------------------------------------------- signatures

    def pick_types(self):
        r = self.rng
        if self.has('voidY') and self.chance(0.12):
            Y = VOID
        elif self.has('types') and self.chance(0.4):
            Y = r.choice([LONG, SHORT, UCHAR, DBL, PT, PT, UU, PINT, STR, FN])
        else:
            Y = INT
        S = None
        if self.has('send') and self.chance(0.45):
            S = r.choice([INT, INT, LONG, SHORT, UCHAR]) if self.has('types') else INT
            if self.has('types') and self.chance(0.06):
                S = PT
        if self.has('types') and self.chance(0.4):
            R = r.choice([VOID, LONG, SHORT, UCHAR, PT, PINT])
        elif self.has('returns') and self.chance(0.1):
            R = VOID
        else:
            R = INT
        return Y, S, R

    def signatures(self):
        r = self.rng
        n = r.randint(1, 4)
        gens = []
        for i in range(n):
            Y, S, R = self.pick_types()
            if i > 0 and self.chance(0.5):      # a family: yield from needs matching Y
                Y = gens[r.randrange(i)].Y
            params = [('dp', INT)]
            for k in range(r.randint(0, 2)):
                t = r.choice([INT, INT, LONG, SHORT, UCHAR] + ([PT] if self.has('structs') else []))
                params.append(('x%d' % k, t))
            g = Gen(i, Y, S, R, params, self.chance(0.5))
            gens.append(g)
        # pointer parameters: gi delegates to an existing gj (j > i)
        if self.has('yfromptr'):
            for g in gens:
                cands = [h for h in gens if h.idx > g.idx and converts(h.Y, g.Y) and self.send_ok(g, h)]
                if cands and self.chance(0.35):
                    g.ptr_param = ('src', r.choice(cands))
        self.prog.gens = gens

    def send_ok(self, outer, sub):
        """Values sent to outer can reach sub."""
        if sub.S and outer.S:
            return converts(outer.S, sub.S)
        return True

    # ---------------------------------------------------------- expressions

    def leaf(self, c, pure_shared_ok=False):
        """A readable integer: a variable, element, member, constant."""
        cands = [v for v in c.visible() if v.readable and v.ty.kind == 'int' and not v.shared
                 and v.kind not in ('array', 'struct', 'union', 'ptr', 'complit')]
        ext = [v for v in c.visible() if v.readable and v.kind in ('array', 'struct', 'union', 'ptr', 'complit')]
        r = self.rng
        if ext and self.chance(0.3):
            v = r.choice(ext)
            v.used = True
            if v.kind == 'array':
                return Raw('%s[%d]' % (v.name, r.randrange(v.len)), INT, 1000, True)
            if v.kind == 'complit':
                return Raw('%s[%d]' % (v.name, r.randrange(v.len)), INT, 1000, True)
            if v.kind == 'struct':
                if v.ty is PT:
                    return Raw('%s.%s' % (v.name, r.choice('ab')), INT, 1000, True)
                return Raw('%s.%s' % (v.name, r.choice(v.fields)), INT, 1000, True)
            if v.kind == 'union':
                return Raw('%s.%s' % (v.name, v.active), INT if v.active == 'i' else LONG, 1000, True)
            if v.kind == 'ptr':
                if v.target == 'pt':
                    return Raw('%s->%s' % (v.name, r.choice('ab')), INT, 1000, True)
                return Raw('(*%s)' % v.name, INT, 1000, True)
        if cands and self.chance(0.75):
            v = r.choice(cands)
            v.used = True
            e = Raw(v.name, v.ty, v.bound, v.writable)
            e.const = v.folds
            return e
        return lit(r.randint(-5, 25))

    def can_yield(self, c):
        return c.budget_y > 0

    def yield_value(self, c, d=1):
        """A value for `yield` in c.g (converts to Y); None for void Y."""
        g, r = c.g, self.rng
        Y = g.Y
        if Y is VOID:
            return None
        if Y.kind in ('int', 'dbl'):
            if self.has('ynested') and g.S and g.S.kind == 'int' and self.chance(0.05) and c.budget_y > 1:
                c.budget_y -= 1
                return Yield(g, self.yield_value(c, 0), unparen=False)
            saved = c.budget_y
            if not self.has('ynested'):
                c.budget_y = 0
            e = self.int_expr(c, d, impure=self.chance(0.3))
            c.budget_y = saved if not self.has('ynested') else c.budget_y
            if Y in (UCHAR, SHORT):
                # in range: a constant out of it in a `?:` branch draws
                # clang's -Wconstant-conversion (seed 135760: `c ? (24 * 12)
                # : f3(x0)` yielded as unsigned char)
                e = self.reduce(e, Y.bound + 1)
            if Y is UCHAR and getattr(e, 'const', False):
                # a negative constant converted draws gcc's -Woverflow
                # (seed 142724: `yield (-(23 * 9))` as unsigned char)
                e = Cast(UCHAR, e)
            return e
        if Y is PT:
            items = [self.int_expr(c, d - 1, impure=(i == 0 and self.chance(0.2))) for i in range(2)]
            vs = [v for v in c.visible() if v.kind == 'struct' and v.ty is PT and v.readable]
            if vs and self.chance(0.25):
                v = r.choice(vs)
                v.used = True
                return Raw(v.name, PT)
            cl = CompLit(PT, ['a', 'b'], items, self.chance(0.4))
            if cl.designated and self.chance(0.5):
                cl.order = [1, 0]
            return cl
        if Y is UU:
            return CompLit(UU, ['i'], [self.int_expr(c, d - 1, impure=False)], True)
        if Y is PINT:
            locs = [v for v in c.visible() if v.kind == 'local' and v.ty is INT and v.readable and v.addressable]
            if locs and self.chance(0.4):
                v = r.choice(locs)
                v.used = True
                v.addr_taken = True
                return Raw('&' + v.name, PINT)
            arrs = [v for v in c.visible() if v.kind == 'array' and v.readable]
            if arrs and self.chance(0.4):
                v = r.choice(arrs)
                v.used = True
                return Raw('&%s[%d]' % (v.name, r.randrange(v.len)), PINT)
            return Raw('&garr[%d]' % r.randrange(8), PINT)
        if Y is STR:
            if self.chance(0.5):
                return Raw('names[%d]' % r.randrange(4), STR)
            return Raw('"%s"' % r.choice(['abc', 'x', 'yield', 'from "q"']).replace('"q"', '\\"q\\"'), STR)
        if Y is FN:
            if self.chance(0.3):
                return Cond(self.cond(c, 1, impure=False), Raw('f1', FN), Raw('f3', FN))
            return Raw(r.choice(['f1', 'f3']), FN)
        raise AssertionError(Y)

    def make_yield(self, c, d=1, stmt=False):
        v = self.yield_value(c, d)
        macro = self.has('ymacro') and v is not None and self.chance(0.08)
        return Yield(c.g, v, unparen=self.chance(0.5), macro=macro,
                     opnd_unparen=self.chance(0.5))

    def int_expr(self, c, d, impure=True, need_nonconst=False):
        """An integer expression (bound <= ~1e6)."""
        r = self.rng
        yx = impure and self.has('yexpr') and c.budget_y > 0
        if d <= 0 or self.chance(0.25):
            e = self.leaf(c)
            if need_nonconst and e.const:
                e = self.leaf(c)
            return e
        k = r.random()
        if yx and k < 0.14:
            return self.yield_in_expr(c, d)
        if yx and k < 0.18 and self.has('yfrom'):
            e = self.yfrom_expr(c, want_int=True)
            if e is not None:
                return e
        if impure and k < 0.24:
            return Call('se', [lit(self.next_tag()), self.int_expr(c, d - 1, impure)], impure=True)
        if k < 0.36:
            which = r.choice(['f1', 'f3', 'f2', 'ID'])
            if which == 'f2':
                a, b = self.two(c, d - 1, impure, yargs=True)
                return Call('f2', [a, b], bound=999)
            if which == 'ID' and not self.has('ymacro'):
                saved, c.budget_y = c.budget_y, 0       # a yield in a macro's argument
                a = self.int_expr(c, d - 1, impure)
                c.budget_y = saved
                return Call('ID', [a], bound=a.bound)
            a = self.int_expr(c, d - 1, impure and (self.has('yargs') or not self.has('yexpr')))
            if which == 'ID':
                return Call('ID', [a], bound=a.bound)
            return Call(which, [a], bound=999)
        if k < 0.58:
            op = r.choice('+-*%')
            if op == '%':
                a = self.int_expr(c, d - 1, impure)
                return Bin('%', a, lit(r.randint(2, 9)))
            a, b = self.two(c, d - 1, impure)
            if op == '*' and a.bound * b.bound > 10 ** 6:
                return Bin('%', Bin('+', a, b), lit(r.randint(3, 9))) if a.bound + b.bound < 10 ** 8 else a
            if a.bound + b.bound > 10 ** 7:
                return a
            return Bin(op, a, b)
        if k < 0.68:
            return self.cmp(c, d - 1, impure)
        if k < 0.76:
            return self.logic(c, d - 1, impure)
        if k < 0.84:
            cc = self.cond(c, d - 1, impure and self.has('ylogic'))
            a = self.int_expr(c, d - 1, impure and self.has('ylogic'))
            b = self.int_expr(c, d - 1, impure and self.has('ylogic'))
            return Cond(cc, a, b)
        if k < 0.90 and impure and self.has('ycomma') and self.has('yexpr') and c.budget_y > 0:
            return Comma(self.side_effect(c), self.int_expr(c, d - 1, impure))
        if k < 0.95:
            return Un('-', self.int_expr(c, d - 1, impure))
        return self.leaf(c)

    def two(self, c, d, impure, yargs=False):
        """Two operands of an unsequenced operator: one may be impure."""
        first = self.chance(0.5)
        imp = impure and (not yargs or self.has('yargs') or not self.has('yexpr'))
        a = self.int_expr(c, d, imp and first)
        b = self.int_expr(c, d, imp and not first)
        if a.const and b.const:
            b = self.leaf(c)
        return a, b

    def side_effect(self, c):
        """An expression worth evaluating for its effects: a yield or se()."""
        if c.budget_y > 0 and self.chance(0.7):
            c.budget_y -= 1
            y = self.make_yield(c, 1)
            y.unparen = False
            return y
        return Call('se', [lit(self.next_tag()), self.leaf(c)], impure=True)

    def yield_in_expr(self, c, d):
        """A yield whose value is an integer: (yield v) with an integer S,
        else (yield v, e) through a comma."""
        g = c.g
        c.budget_y -= 1
        if g.S and g.S.kind == 'int':
            return self.make_yield(c, d - 1)
        y = self.make_yield(c, d - 1)
        y.unparen = False
        return Comma(y, self.int_expr(c, d - 1, False))

    def cmp(self, c, d, impure):
        a, b = self.two(c, d, impure)
        if a.const and b.const:
            a = self.leaf(c)
        # gcc -Wbool-compare: no comparison of a truth value with a constant
        if a.bound <= 1 and not a.const:
            a = Call('f3', [a], bound=999)
        if b.bound <= 1 and not b.const:
            b = Call('f3', [b], bound=999)
        # gcc -Wtype-limits: no unsigned char compared with a negative constant
        # (gcc sees through ID() and a comma's left operand, and narrows
        # `u % 6` to u's type; not through `?:`); a yield's value is one when
        # S is (seeds 101747, 101854, 108403)
        def small_unsigned(e):
            while True:
                if isinstance(e, Call) and e.fn == 'ID':
                    e = e.args[0]
                elif isinstance(e, Bin) and e.op == '%':
                    e = e.a
                elif isinstance(e, Comma):
                    e = e.b
                else:
                    break
            return isinstance(e, (Raw, Yield, YieldFrom, Member, Cast)) and getattr(e, 'ty', None) in (UCHAR, BOOL)
        if small_unsigned(a):
            a = Call('f3', [a], bound=999)
        if small_unsigned(b):
            b = Call('f3', [b], bound=999)
        # gcc -Wsign-compare: it folds -(1 + u) to ~u, "a promoted bitwise
        # complement of an unsigned value", when the other side folds to 0
        # (seed 105928): no negation of a sum with an unsigned char compared
        def negated_unsigned(e):
            while isinstance(e, Call) and e.fn == 'ID':
                e = e.args[0]
            if not (isinstance(e, Un) and e.op == '-'):
                return False
            todo = [e.a]
            while todo:
                x = todo.pop()
                if small_unsigned(x):
                    return True
                if not isinstance(x, Call) or x.fn == 'ID':
                    todo += x.kids()
            return False
        if negated_unsigned(a):
            a = Call('f3', [a], bound=999)
        if negated_unsigned(b):
            b = Call('f3', [b], bound=999)

        def norm(e):
            # gcc -Wtautological-compare sees through ID() and commutes: compare
            # the tokens; and, in yieldc's output, through the `((void)0, x)` a
            # comma whose left operand yields becomes, for a narrow x (seed
            # 112326): compare a comma's right operand only
            s = ValueRenderer('yc', self.prog).ex(e)
            return sorted(t for t in re.findall(r'\w+|[^\w\s()]', s) if t != 'ID')
        if norm(a) == norm(b):
            b = lit(self.rng.randint(-3, 30))
            if a.const:
                a = Raw('dp', INT)
        return Bin(self.rng.choice(['<', '<=', '>', '>=', '==', '!=']), a, b)

    def logic(self, c, d, impure):
        imp = impure and self.has('ylogic')
        a, b = self.cond(c, d, imp), self.cond(c, d, imp)
        return Bin(self.rng.choice(['&&', '||']), a, self.no_overlap(a, b))

    def no_overlap(self, a, b):
        """b, or another right operand for `a && b` / `a || b` when both
        test one thing against constants: clang -Wtautological-overlap-compare
        on x OP k1 && x OP k2 (seed 7 of loops,ycond,...: `w < 3 && w > 15`,
        a loop's test), gcc's "'or' of unmatched not-equal tests is always 1"
        on `(dp || x != 14) || x` (seed 115721: the reference, whose yield is
        a call, hid it)"""
        both = sorted(tested(a) & tested(b))
        if both:
            return Bin(self.rng.choice(['<', '>', '==']), Raw(both[0]), Call('f3', [Raw('dp', INT, 3)], bound=999))
        return b

    def cond(self, c, d, impure):
        """An expression for a boolean context (no constant, no `*`)."""
        r = self.rng
        k = r.random()
        yc = impure and self.has('yexpr') and c.budget_y > 0
        if yc and k < 0.15 and self.has('ycond'):
            c.budget_y -= 1
            if c.g.S and c.g.S.kind == 'int':
                y = self.make_yield(c, d)
                return y
            y = self.make_yield(c, d)
            y.unparen = False
            return Comma(y, self.cmp(c, d, False))
        if k < 0.55 or d <= 0:
            return self.cmp(c, d, impure)
        if k < 0.7:
            return self.logic(c, d - 1, impure)
        if k < 0.8:
            e = self.leaf(c)
            if e.const:
                return self.cmp(c, d, impure)
            return Un('!', e)
        if k < 0.9 and impure:
            return Call('se', [lit(self.next_tag()), self.leaf(c)], impure=True)
        e = self.leaf(c)
        if e.const:
            return self.cmp(c, d, impure)
        return e

    def reduce(self, e, var_bound=1000):
        if e.bound < var_bound:
            return e
        return Bin('%', e, lit(var_bound))

    # ---------------------------------------------------------- yield from

    def sub_cands(self, c, in_place=True):
        g = c.g
        out = []
        for h in self.prog.gens:
            if not (converts(h.Y, g.Y) and self.send_ok(g, h)):
                continue
            if h.idx <= g.idx and not (self.has('recursion') and in_place):
                continue
            if h.ptr_param:
                continue                # needs an object to delegate to
            out.append(h)
        return out

    def ctor_args(self, c, h, back):
        args = []
        for n, t in h.params:
            if n == 'dp':
                args.append(Raw('dp - 1', INT, 3) if back or self.chance(0.5) else Raw('dp', INT, 3))
                c.dp_used = True
            elif t is PT:
                args.append(CompLit(PT, ['a', 'b'], [self.int_expr(c, 1, False), self.int_expr(c, 1, False)],
                                    self.chance(0.3)))
            else:
                # arguments are unsequenced: one with side effects at most
                imp = self.has('ynested') and self.chance(0.1) and not any(a.impure for a in args)
                args.append(self.reduce(self.int_expr(c, 1, imp), 1000 if t is not UCHAR else 256))
        return args

    def yfrom_expr(self, c, want_int=False, want=None, stmt=False):
        """yield from gN(args) for some gN; None if there is none."""
        if c.nyfrom >= 2 or not self.has('yfrom'):
            return None
        cands = self.sub_cands(c)
        if want_int:
            cands = [h for h in cands if h.R.kind == 'int']
        if want is not None:
            cands = [h for h in cands if h.R is want]
        if not cands:
            return None
        h = self.rng.choice(cands)
        back = h.idx <= c.g.idx
        if back and (c.in_loop or (not stmt and h.R.kind != 'int')):
            return None
        c.nyfrom += 1
        c.budget_y -= 1
        c.g.subs.add(h)
        if back:
            c.g.back = True
        e = YieldFrom(c.g, h, ctor=Ctor(h, self.ctor_args(c, h, back)),
                      macro=self.has('ymacro') and self.chance(0.1))
        e.back = back
        if back and not stmt:
            # the recursion ends where dp does: (dp > 0 ? (yield from g(dp - 1)) : 0)
            return Cond(Bin('>', Raw('dp', INT, 3), lit(0)), e, lit(0))
        return e

    # ---------------------------------------------------------- statements

    def pr(self, c, e):
        return Line(['pr(%d, ' % self.next_tag(), e, ');'])

    def use_vars(self, c, scope):
        """pr() of each variable of the scope (so that every one is read)."""
        out = []
        for v in scope:
            if v.kind in ('global', 'loop', 'static'):
                continue
            if v.kind == 'array' or v.kind == 'complit':
                out.append(self.pr(c, Raw('%s[%d]' % (v.name, v.len - 1))))
            elif v.kind == 'struct':
                if v.ty is PT:
                    out.append(self.pr(c, Raw('%s.a * 1000 + %s.b' % (v.name, v.name))))
                else:
                    out.append(self.pr(c, Raw('%s.%s * 10 + %s.%s' % (v.name, v.fields[0], v.name, v.fields[1]))))
            elif v.kind == 'union':
                out.append(self.pr(c, Raw('%s.%s' % (v.name, v.active))))
            elif v.kind == 'ptr':
                out.append(self.pr(c, Raw('%s->a' % v.name if v.target == 'pt' else '*' + v.name)))
            elif v.kind == 'gen':
                out.append(Line(['pr(%d, yc_done(&%s));' % (self.next_tag(), v.name)]))
            elif v.ty.kind == 'int' and v.readable:
                out.append(self.pr(c, Raw(v.name, v.ty)))
            v.used = True
        return out

    def block(self, c, n, new_scope=True, braces=True):
        if new_scope:
            c.scopes.append([])
        c.depth += 1
        saved_case = c.case_top
        c.case_top = False
        stmts = self.stmts(c, n)
        c.case_top = saved_case
        c.depth -= 1
        if new_scope:
            sc = c.scopes.pop()
            stmts += self.use_vars(c, sc)
        return Block(stmts, braces)

    def stmts(self, c, n):
        out = []
        for _ in range(n):
            if c.budget <= 0:
                break
            out += self.stmt(c)
        return out

    def kinds(self, c):
        """(weight, method) of what may come next."""
        k = []
        deep = c.depth >= 4
        decl_ok = not c.case_top
        k.append((3, self.s_pr))
        k.append((6, self.s_yield))
        if decl_ok:
            k.append((3, self.s_decl))
        k.append((2, self.s_assign))
        if not deep:
            k.append((2, self.s_if))
            if self.has('loops'):
                k.append((3, self.s_loop))
            if self.has('switch'):
                k.append((1.5, self.s_switch))
            if self.has('goto') and not c.no_exit and not c.case_top:
                k.append((1.2, self.s_goto))
        if (c.fwd or c.back) and self.has('goto'):
            k.append((1.5, self.s_goto_inside))
            if self.has('shadow') or True:
                k.append((1, self.s_nested))
        if c.breakable and self.has('breakcont') and not c.no_exit:
            k.append((1.5, self.s_breakcont))
        if self.has('returns') and not c.no_exit and c.depth > 0:
            k.append((0.8, self.s_return))
        if self.has('yfrom') and c.nyfrom < 2:
            k.append((2, self.s_yfrom))
        if self.has('statics') and decl_ok:
            k.append((0.7, self.s_static))
        if decl_ok and (self.has('arrays') or self.has('structs') or self.has('unions') or self.has('ptrlocal')
                        or self.has('complit')):
            k.append((2, self.s_aggregate))
        if self.has('cv') and decl_ok:
            k.append((0.7, self.s_cv))
        if self.has('ymacro') and c.g.Y is not VOID and arith(c.g.Y) or self.has('ymacro') and c.g.Y is VOID:
            k.append((0.8, self.s_ymacro))
        if self.has('func'):
            k.append((0.4, self.s_func))
        if self.has('cleanup') and decl_ok:
            k.append((1.5, self.s_cleanup))
        if self.has('localtype') and decl_ok:
            k.append((0.6, self.s_localtype))
        if self.has('localgen') and decl_ok and not deep:
            k.append((0.8, self.s_localgen))
        if self.has('decls') and decl_ok:
            k.append((0.8, self.s_uninit))
        return k

    def stmt(self, c):
        c.budget -= 1
        ks = self.kinds(c)
        tot = sum(w for w, _ in ks)
        x = self.rng.random() * tot
        for w, fn in ks:
            x -= w
            if x < 0:
                return fn(c)
        return ks[0][1](c)

    def s_pr(self, c):
        return [self.pr(c, self.int_expr(c, 2))]

    def s_yield(self, c):
        if c.budget_y <= 0:
            return self.s_pr(c)
        c.budget_y -= 1
        y = self.make_yield(c, 2)
        y.unparen = True
        return [Line([y, ';'], ref_void=True)]

    def int_type(self):
        if self.has('types') and self.chance(0.3):
            return self.rng.choice([LONG, SHORT, UCHAR, BOOL])
        return INT

    def s_decl(self, c):
        t = self.int_type()
        nm = c.name('v')
        init_imp = self.has('yinit') or not self.has('yexpr')
        e = self.int_expr(c, 2, init_imp)
        if self.has('yassign') and c.g.S and c.g.S.kind == 'int' and c.budget_y > 0 and self.chance(0.15):
            c.budget_y -= 1
            e = self.make_yield(c, 1)
            e.unparen = True
        e = self.reduce(e, t.bound + 1 if t.bound < 1000 else 1000)
        if t is BOOL:
            e = Bin('>', e, lit(0)) if not isinstance(e, Yield) else e
        v = Var(nm, t, 'local', bound=min(t.bound, 1000))
        v.addressable = True
        out = []
        if self.has('decls') and self.chance(0.25):
            e2 = self.reduce(self.int_expr(c, 1, False), 1000)
            v2 = Var(c.name('w'), t, bound=min(t.bound, 1000))
            v2.addressable = True
            if t is BOOL:
                e2 = Bin('!=', e2, lit(0))
            out.append(Line([t.decl(nm) + ' = ', e, ', %s = ' % v2.name, Bin('+', Raw(nm, t), e2) if
                             t is INT else e2, ';']))
            c.declare(v)
            c.declare(v2)
            v.used = True
            return out
        c.declare(v)
        return [Line([t.decl(nm) + ' = ', e, ';'])]

    def writable(self, c):
        return [v for v in c.visible() if v.ty.kind == 'int' and v.writable and v.kind in ('local', 'param')
                and v.ty.bound >= 1000]

    def s_assign(self, c):
        ws = self.writable(c)
        if not ws:
            return self.s_decl(c) if not c.case_top else self.s_pr(c)
        v = self.rng.choice(ws)
        v.used = True
        if self.has('yassign') and c.g.S and c.g.S.kind == 'int' and c.budget_y > 0 and self.chance(0.3):
            c.budget_y -= 1
            y = self.make_yield(c, 1)
            y.unparen = True
            return [Line(['%s = ' % v.name, y, ';'])]
        e = self.int_expr(c, 2)
        if self.chance(0.3):
            return [Line(['%s = ' % v.name, self.reduce(Bin('+', Raw(v.name, v.ty), e) if e.bound < 10 ** 7 else e),
                          ';'])]
        return [Line(['%s = ' % v.name, self.reduce(e), ';'])]

    def s_if(self, c):
        cnd = self.cond(c, 2, True)
        then = self.body(c)
        elifs = []
        for _ in range(self.rng.choice([0, 0, 1, 2])):
            elifs.append((self.cond(c, 1, self.chance(0.3)), self.body(c)))
        els = self.body(c) if self.chance(0.4) else None
        if els is not None and not isinstance(then, Block):
            then = Block([then])
        return [If(cnd, then, elifs, els)]

    def body(self, c, n=None):
        """The body of an if or loop: a block, or one statement when
        'unbraced' (not one that declares)."""
        if self.has('unbraced') and self.chance(0.2):
            saved = c.case_top
            c.case_top = True        # no declaration as the whole body
            c.scopes.append([])
            c.depth += 1
            s = self.stmt(c)
            c.depth -= 1
            c.scopes.pop()
            c.case_top = saved
            if len(s) == 1 and not isinstance(s[0], (Group, If)):
                return s[0]
            return Block(s)
        return self.block(c, n or self.rng.randint(1, 4))

    def s_loop(self, c, counted=False):
        r = self.rng
        kind = r.choice(['for', 'for', 'while', 'do'])
        if c.case_top or counted:
            kind = 'for'        # while and do need their counter declared first
        # a counted loop: the body ends with a yield statement (plan_loop.c
        # may run the increment there), counting up or down
        counted = counted or (kind == 'for' and self.has('counted') and self.chance(0.5))
        down = counted and self.chance(0.4)
        K = r.randint(1, 3)
        c.breakable.append('loop')
        c.in_loop += 1
        ycond = self.has('ycond') and self.has('yexpr') and c.budget_y > 0 and self.chance(0.25)
        out = None
        if kind == 'for':
            i = c.name('i')
            init_y = None
            if self.has('yinc') and self.has('yexpr') and c.budget_y > 0 and self.chance(0.15):
                c.budget_y -= 1
                init_y = self.make_yield(c, 0)
                init_y.unparen = False
            c.scopes.append([])
            iv = c.declare(Var(i, INT, 'loop', bound=K, writable=False))
            iv.used = True
            init = 'int %s = 0' % i
            if counted and not down and self.chance(0.3):
                # from a parameter (the constructor may write it, plan_loop.c)
                ps = [v for v in c.scopes[0] if v.kind == 'param' and v.ty is INT and v.name != 'dp']
                if ps:
                    init = 'int %s = %s' % (i, r.choice(ps).name)
                    iv.bound = 1000 + K
            if self.has('decls') and self.chance(0.2):
                j = c.name('j')
                e = self.reduce(self.int_expr(c, 1, False))
                jv = c.declare(Var(j, INT, 'local', bound=1000))
                jv.addressable = False
                init = Parts(['int %s = 0, %s = ' % (i, j), e, ''])
            if init_y is not None and not isinstance(init, Parts):
                init = Parts(['int %s = (' % i, init_y, ', 0)'])
            cond = Bin('<', Raw(i, INT, K), lit(K))
            if down and not isinstance(init, Parts):
                init = 'int %s = %d' % (i, K)
                cond = Bin('>', Raw(i, INT, K), lit(0))
            else:
                down = False
            if counted and init in ('int %s = 0' % i, 'int %s = %d' % (i, K)) and self.chance(0.3):
                # a narrow counter (cannot overflow: rewritten), or a bound in a
                # wider type (the test does not bound an int: kept)
                if self.chance(0.5):
                    iv.ty = r.choice([SHORT, UCHAR])
                    init = iv.ty.decl(i) + init[len('int ' + i):]
                elif not down:
                    cond = Bin('<', Raw(i, INT, K), Raw('%dL' % K, LONG, K))
            if ycond:
                cond = Bin('&&', cond, self.no_overlap(cond, self.cond(c, 1, True)))
            inc = Raw(('%s--' if self.chance(0.5) else '--%s') % i) if down else \
                Raw('++%s' % i) if counted and self.chance(0.3) else Raw('%s++' % i)
            if self.has('yinc') and self.has('yexpr') and c.budget_y > 0 and self.chance(0.25):
                c.budget_y -= 1
                y = self.make_yield(c, 0)
                y.unparen = False
                step = Raw(('%s--' if down else '%s++') % i)
                inc = Comma(step, y) if not c.g.S else Comma(y, step)
            body = self.body(c)
            if counted:
                body = Block((body.stmts if isinstance(body, Block) else [body]) + self.s_yield(c))
            sc = c.scopes.pop()
            for v in sc:
                if v is not iv:
                    body = Block((body.stmts if isinstance(body, Block) else [body]) + self.use_vars(c, [v]))
            out = Loop('for', init, cond, inc, body)
        else:
            w = c.name('w')
            wv = Var(w, INT, 'loop', bound=K + 1, writable=False)
            wv.used = True
            pre = [Line(['int %s = 0;' % w], deletable=False)]
            c.declare(wv)
            if kind == 'while':
                cond = Bin('<', Raw(w, INT, K), lit(K))
                if ycond:
                    cond = Bin('&&', cond, self.no_overlap(cond, self.cond(c, 1, True)))
            else:
                cond = Bin('<', Raw(w, INT, K), lit(K))
                if ycond and self.chance(0.5):
                    cond = Bin('&&', cond, self.no_overlap(cond, self.cond(c, 1, True)))
            inner = self.body(c)
            stmts = [Line(['%s++;' % w], deletable=False)] + (inner.stmts if isinstance(inner, Block) else [inner])
            out = Loop(kind, None, cond, None, Block(stmts), pre=pre)
        c.breakable.pop()
        c.in_loop -= 1
        return [out]

    def s_breakcont(self, c):
        r = self.rng
        inner = c.breakable[-1]
        choices = ['break']
        if 'loop' in c.breakable:
            choices.append('continue')
        what = r.choice(choices)
        cnd = self.cond(c, 1, self.chance(0.3))
        if self.has('unbraced') and self.chance(0.5):
            return [If(cnd, Line([what + ';']))]
        return [If(cnd, Block([Line([what + ';'])]))]

    def s_return(self, c):
        g = c.g
        cnd = self.cond(c, 1, self.chance(0.3))
        return [If(cnd, Block([self.return_stmt(c)]))]

    def return_value(self, c):
        g, r = c.g, self.rng
        R = g.R
        if R is VOID:
            return None
        if R.kind == 'int':
            if self.has('yreturn') and self.has('yexpr') and c.budget_y > 0 and self.chance(0.2):
                return self.reduce(self.int_expr(c, 2, True), R.bound + 1 if R.bound < 1000 else 1000)
            return self.reduce(self.int_expr(c, 2, False), R.bound + 1 if R.bound < 1000 else 1000)
        if R is PT:
            return CompLit(PT, ['a', 'b'], [self.int_expr(c, 1, False), self.int_expr(c, 1, False)],
                           self.chance(0.5))
        if R is PINT:
            return Raw('&garr[%d]' % r.randrange(8), PINT)
        raise AssertionError(R)

    def return_stmt(self, c):
        v = self.return_value(c)
        if v is None:
            return Line(['return;'])
        if isinstance(v, Yield):
            return Line(['return ', v, ';'])
        return Line(['return ', v, ';'])

    def s_nested(self, c):
        """A block; with 'shadow', it redeclares names visible outside."""
        c.scopes.append([])
        pre = []
        if self.has('shadow'):
            outer = [v for v in c.visible() if v.kind in ('local', 'param') and v.ty.kind == 'int'
                     and v.readable and v.name != 'dp']      # dp bounds the recursion
            for v in self.rng.sample(outer, min(len(outer), self.rng.randint(1, 2))):
                t = self.int_type() if self.chance(0.3) else v.ty
                sv = Var(v.name, t, 'local', bound=min(t.bound, 1000))
                sv.addressable = True
                c.hidden.add(v.name)     # in its initializer the name is the new one already
                e = self.reduce(self.int_expr(c, 1, self.has('yinit')), t.bound + 1 if t.bound < 1000 else 1000)
                c.hidden.discard(v.name)
                if t is BOOL:
                    e = Bin('!=', e, lit(0))
                pre.append(Line([t.decl(v.name) + ' = ', e, ';']))
                c.declare(sv)
        inner = self.block(c, self.rng.randint(1, 4), new_scope=False, braces=False)
        sc = c.scopes.pop()
        post = self.use_vars(c, sc)
        return [Block(pre + inner.stmts + post)]

    def s_switch(self, c):
        r = self.rng
        sel = self.int_expr(c, 1, self.has('ycond') and self.chance(0.3))
        # clang: no case matching constant switch condition (it folds a
        # comma whose right operand is constant, a yield on its left too)
        folded = sel
        while isinstance(folded, Comma):
            folded = folded.b
        if sel.const or folded.const:
            sel = Bin('+', sel, Raw('dp', INT, 3))
        n = r.randint(2, 4)
        sel = Bin('%', sel, lit(n + (1 if self.chance(0.5) else 0)))
        labels = list(range(n))
        r.shuffle(labels)
        cases = []
        c.breakable.append('switch')
        has_default = self.chance(0.6)
        total = n + (1 if has_default else 0)
        # Duff's device: case `duff` begins with a loop whose body begins
        # with the label of case duff + 1 (a new rng draw only with the flag)
        duff = None
        if self.has('duff') and not c.case_top and self.chance(0.5):
            duff = r.randrange(0, total - 1)
        pre = []
        for i in range(total):
            if duff is not None and i == duff + 1:
                continue
            labs = ['case %d' % labels[i]] if i < n else ['default']
            if i < n and self.chance(0.15) and i + 1 < n:
                pass
            saved = c.case_top
            c.case_top = True
            c.depth += 1
            c.scopes.append([])
            stmts = []
            if i == duff:
                inner = ['case %d' % labels[i + 1]] if i + 1 < n else ['default']
                counter, loop = self.duff_loop(c, inner[0])
                pre.append(counter)
                stmts.append(loop)
            for _ in range(r.randint(0, 3)):
                if c.budget <= 0:
                    break
                if self.chance(0.3) and not c.no_exit:
                    stmts.append(self.case_block(c))
                else:
                    stmts += self.stmt(c)
            c.scopes.pop()
            c.depth -= 1
            c.case_top = saved
            last = i == n - (0 if has_default else 1) or (i == duff and i + 1 == total - 1)
            end = 'break' if last or self.chance(0.5) else r.choice(['comment', 'attr'])
            if last and self.chance(0.5):
                end = 'none'
            if not stmts and end in ('comment', 'attr'):
                end = 'none'       # consecutive labels need no marker
            if last and not stmts:
                end = 'break'      # a label needs a statement
            cases.append(Case(labs, stmts, end))
        c.breakable.pop()
        return pre + [Switch(sel, cases)]

    def duff_loop(self, c, label):
        """A loop whose body begins with `label:` (a case of the switch
        being made), entered at its top or at the label; its counter is
        declared before the switch (a jump to the label skips the loop's
        init).  The loop's test and increment yield often: the lowered loop
        (`if (!(c)) break;` before the body) meets the label."""
        r = self.rng
        kind = r.choice(['for', 'for', 'while', 'do'])
        K = r.randint(1, 3)
        dk = c.name('dk')
        dv = Var(dk, INT, 'loop', bound=K + 1, writable=False)
        dv.used = True
        counter = Line(['int %s = 0;' % dk], deletable=False)
        c.breakable.append('loop')
        c.in_loop += 1
        c.declare(dv)
        yields = self.has('yexpr') and c.budget_y > 0
        cond = Bin('<', Raw(dk, INT, K), lit(K))
        if yields and self.has('ycond') and self.chance(0.5):
            cond = Bin('&&', cond, self.no_overlap(cond, self.cond(c, 1, True)))
        if kind == 'for':
            inc = Raw('%s++' % dk)
            if yields and self.has('yinc') and c.budget_y > 0 and self.chance(0.5):
                c.budget_y -= 1
                y = self.make_yield(c, 0)
                y.unparen = False
                inc = Comma(Raw('%s++' % dk), y) if not c.g.S else Comma(y, Raw('%s++' % dk))
            if self.has('unbraced') and self.chance(0.3):
                body = Line(['%s: pr(%d, %s);' % (label, self.next_tag(), dk)], deletable=False)
            else:
                body = self.block(c, r.randint(1, 3))
                body.stmts.insert(0, Line(['%s: ;' % label], deletable=False))
            loop = Loop('for', '%s = 0' % dk, cond, inc, body)
        else:
            body = self.block(c, r.randint(1, 3))
            body.stmts.insert(0, Line(['%s: %s++;' % (label, dk)], deletable=False))
            loop = Loop(kind, None, cond, None, body)
        c.breakable.pop()
        c.in_loop -= 1
        return counter, loop

    def case_block(self, c):
        c.case_top = False
        b = self.block(c, self.rng.randint(1, 3))
        c.case_top = True
        return b

    def s_goto(self, c):
        r = self.rng
        self.label += 1
        lab = 'L%d' % self.label
        if self.chance(0.5) or c.case_top:
            # forward: { ... if (c) goto L; ... } L: ;
            c.fwd.append([lab, 0])
            b = self.block(c, r.randint(2, 5))
            ent = c.fwd.pop()
            if ent[1] == 0:
                b.stmts.append(If(self.cond(c, 1, False), Block([Line(['goto %s;' % lab], deletable=False)])))
            # a label on a statement: gcc -Wimplicit-fallthrough takes `L: ;`
            # at the end of a case for a case label
            return [b, Line(['%s: pr(%d, 0);' % (lab, self.next_tag())], deletable=False)]
        # backward: int k = 0; L: ; { ... if (k < K) { k++; goto L; } ... }
        k = c.name('gk')
        kv = Var(k, INT, 'loop', bound=4, writable=False)
        kv.used = True
        K = r.randint(1, 2)
        c.declare(kv)
        c.back.append([lab, k, K, 0])
        c.scopes.append([])
        stmts = self.block(c, r.randint(2, 5), new_scope=False, braces=False).stmts
        sc = c.scopes.pop()
        stmts += self.use_vars(c, sc)
        ent = c.back.pop()
        jump = If(Bin('<', Raw(k, INT, 4), lit(K)), Block([Line(['%s++;' % k], deletable=False),
                                                           Line(['goto %s;' % lab], deletable=False)]))
        jump.deletable = False
        if ent[3] == 0 or self.chance(0.5):
            stmts.insert(r.randint(0, len(stmts)), jump)
        return [Group([Line(['int %s = 0;' % k], deletable=False), Line(['%s: ;' % lab], deletable=False),
                       Block(stmts)])]

    def s_goto_inside(self, c):
        """A goto to an enclosing region's label (forward or backward)."""
        r = self.rng
        if c.fwd and (not c.back or self.chance(0.5)):
            ent = r.choice(c.fwd)
            ent[1] += 1
            return [If(self.cond(c, 1, self.chance(0.3)), Block([Line(['goto %s;' % ent[0]])]))]
        ent = r.choice(c.back)
        ent[3] += 1
        lab, k, K = ent[0], ent[1], ent[2]
        return [If(Bin('<', Raw(k, INT, 4), lit(K)), Block([Line(['%s++;' % k], deletable=False),
                                                           Line(['goto %s;' % lab], deletable=False)]))]

    def s_yfrom(self, c):
        r = self.rng
        g = c.g
        ptr = g.ptr_param and not c.ptr_used and self.chance(0.6)
        if ptr:
            c.ptr_used = True
            c.budget_y -= 1
            h = g.ptr_param[1]
            e = YieldFrom(g, h, ptr=Raw(g.ptr_param[0], h.frame_type), macro=self.has('ymacro') and self.chance(0.1))
            e.back = False
        else:
            e = self.yfrom_expr(c, stmt=True)
            if e is None:
                return self.s_yield(c)
        R = e.sub.R
        if R is VOID or self.chance(0.3):
            s = [Line([e, ';'], ref_void=True)]
        elif R.kind == 'int':
            if self.chance(0.5) and not c.case_top and not e.back:
                nm = c.name('r')
                v = c.declare(Var(nm, LONG, bound=1000))
                v.addressable = True
                s = [Line(['long %s = ' % nm, e, ';'])]
            else:
                s = [self.pr(c, e)]
        elif R is PT:
            s = [Line(['pr(%d, ' % self.next_tag(), Member(e, r.choice('ab')), ');'])]
        elif R is PINT:
            s = [Line(['pr(%d, *' % self.next_tag(), e, ');'])]
        else:
            s = [Line([e, ';'], ref_void=True)]
        if e.back:
            return [If(Bin('>', Raw('dp', INT, 3), lit(0)), Block(s))]
        return s

    def s_static(self, c):
        nm = c.name('st')
        t = INT
        v = Var(nm, t, 'static')
        c.declare(v)
        v.used = True
        k = self.rng.randint(1, 9)
        return [Line(['static int %s = %d;' % (nm, self.rng.randint(0, 9))]),
                Line(['%s = (%s * 3 + %d) %% 1000;' % (nm, nm, k)]),
                Line(['pr(%d, %s);' % (self.next_tag(), nm)])]

    def s_aggregate(self, c):
        r = self.rng
        opts = [f for f in ('arrays', 'structs', 'unions', 'ptrlocal', 'complit') if self.has(f)]
        what = r.choice(opts)
        out = []
        if what == 'arrays':
            nm = c.name('a')
            n = r.randint(2, 5)
            items = [self.reduce(self.int_expr(c, 1, False)) for _ in range(n)]
            parts = ['int %s[%d] = { ' % (nm, n)]
            for i, it in enumerate(items):
                parts += [it, ', ' if i + 1 < n else ' };']
            v = Var(nm, INT, 'array')
            v.len = n
            out.append(Line(parts))
            c.declare(v)
            if self.has('ptrlocal') and self.chance(0.6):
                p = c.name('p')
                pv = Var(p, PINT, 'ptr')
                pv.target = 'int'
                out.append(Line(['int *%s = &%s[%d];' % (p, nm, r.randrange(n))]))
                c.declare(pv)
                out += self.stmts(c, r.randint(0, 2))
                out.append(Line(['*%s = ' % p, self.reduce(Bin('+', Raw('*' + p), self.int_expr(c, 1))), ';']))
            else:
                out.append(Line(['%s[%d] = ' % (nm, r.randrange(n)), self.reduce(self.int_expr(c, 2)), ';']))
            v.used = True
        elif what == 'structs':
            nm = c.name('s')
            items = [self.reduce(self.int_expr(c, 1, False)) for _ in range(2)]
            if self.chance(0.5):
                out.append(Line(['struct pt %s = { ' % nm, items[0], ', ', items[1], ' };']))
            else:
                out.append(Line(['struct pt %s = { .b = ' % nm, items[1], ', .a = ', items[0], ' };']))
            v = Var(nm, PT, 'struct')
            c.declare(v)
            if self.has('ptrlocal') and self.chance(0.5):
                p = c.name('sp')
                pv = Var(p, T('struct pt *', 'ptr'), 'ptr')
                pv.target = 'pt'
                out.append(Line(['struct pt *%s = &%s;' % (p, nm)]))
                c.declare(pv)
                out += self.stmts(c, r.randint(0, 2))
                out.append(Line(['%s->%s = ' % (p, r.choice('ab')), self.reduce(self.int_expr(c, 2)), ';']))
            else:
                out += self.stmts(c, r.randint(0, 1))
                out.append(Line(['%s.%s = ' % (nm, r.choice('ab')), self.reduce(self.int_expr(c, 2)), ';']))
        elif what == 'unions':
            nm = c.name('u')
            v = Var(nm, UU, 'union')
            v.active = r.choice(['i', 'l'])
            out.append(Line(['union uu %s;' % nm]))
            out.append(Line(['%s.%s = ' % (nm, v.active), self.reduce(self.int_expr(c, 2, False)), ';'],
                            deletable=False))
            g = Group(out)
            c.declare(v)
            return [g]
        elif what == 'ptrlocal':
            ws = [v for v in self.writable(c) if v.kind == 'local' and getattr(v, 'addressable', False)
                  and v.ty is INT]
            if not ws:
                return self.s_decl(c)
            v = r.choice(ws)
            v.used = True
            p = c.name('p')
            pv = Var(p, PINT, 'ptr')
            pv.target = 'int'
            out.append(Line(['int *%s = &%s;' % (p, v.name)]))
            c.declare(pv)
            out += self.stmts(c, r.randint(0, 2))
            out.append(Line(['*%s = ' % p, self.reduce(Bin('+', Raw('*' + p), self.int_expr(c, 1))), ';']))
            out.append(self.pr(c, Raw(v.name)))
        else:   # complit
            nm = c.name('cl')
            n = r.randint(2, 4)
            items = [self.reduce(self.int_expr(c, 1, False)) for _ in range(n)]
            parts = ['int *%s = (int[]){ ' % nm]
            for i, it in enumerate(items):
                parts += [it, ', ' if i + 1 < n else ' };']
            v = Var(nm, PINT, 'complit')
            v.len = n
            out.append(Line(parts))
            c.declare(v)
            out += self.stmts(c, r.randint(0, 2))
            out.append(Line(['%s[%d] = ' % (nm, r.randrange(n)), self.reduce(self.int_expr(c, 1)), ';']))
            if self.chance(0.4):
                sn = c.name('cs')
                out.append(Line(['struct pt %s = (struct pt){ .a = ' % sn, self.reduce(self.int_expr(c, 1)),
                                 ', .b = 2 };']))
                sv = Var(sn, PT, 'struct')
                c.declare(sv)
        return out

    def s_cv(self, c):
        nm = c.name('k')
        if self.chance(0.5):
            e = self.reduce(self.int_expr(c, 2, self.has('yinit')))
            v = Var(nm, INT, 'local', writable=False)
            v.addressable = False
            # clang -Wconstant-logical-operand: it folds `k` in `x && k` as
            # it does a literal (seed 110148)
            v.folds = e.const
            c.declare(v)
            # const through a typedef: no text of its type is without it
            # (test/run/local-const-typedef.c)
            spelled = 'cint_t' if self.chance(0.3) else 'const int'
            return [Line(['%s %s = ' % (spelled, nm), e, ';'])]
        e = self.reduce(self.int_expr(c, 2, False))
        v = Var(nm, INT, 'local')
        v.addressable = False
        c.declare(v)
        return [Line(['volatile int %s = ' % nm, e, ';']),
                Line(['%s = (%s + %d) %% 1000;' % (nm, nm, self.rng.randint(1, 5))])]

    def s_ymacro(self, c):
        r = self.rng
        g = c.g
        if c.budget_y <= 1:
            return self.s_pr(c)
        c.budget_y -= 2
        k = r.random()
        if k < 0.45 and not c.case_top:
            # AWAIT(cond) [value];  -- while (!(cond)) yield [value];
            w = c.name('aw')
            K = r.randint(1, 3)
            c.declare(Var(w, INT, 'loop', bound=K + 1, writable=False)).used = True
            v = self.yield_value(c, 1)
            cond = '++%s >= %d' % (w, K)
            s = 'S' if g.S else 'V'
            if v is None:
                line = Line([('AWAIT(%s);' % cond, 'while (!(%s)) (void)REF_YIELD0_%s();' % (cond, s))])
            else:
                line = Line([('AWAIT(%s) ' % cond, 'while (!(%s)) (void)REF_YIELD_%s(' % (cond, s)),
                             v, (';', ');')])
            return [Group([Line(['int %s = 0;' % w], deletable=False), line])]
        if k < 0.8 and g.Y.kind == 'int':
            # YIELD2(v): do { yield (v); yield (v) + 1; } while (0)
            return [self.yield2(c, self.int_expr(c, 1, False))]
        # an expression macro: pr(t, ID(YV(e))) / YV(e);
        y = self.make_yield(c, 1)
        if y.value is None:
            return [Line([y, ';'], ref_void=True)]
        y.macro = True
        if g.S and g.S.kind == 'int':
            return [self.pr(c, Call('ID', [y]))]
        return [Line([y, ';'], ref_void=True)]

    def yield2(self, c, v):
        s = 'S' if c.g.S else 'V'

        class Y2(Expr):
            def __init__(self, v):
                super().__init__()
                self.v = v
                self.impure = True

            def kids(self):
                return [self.v]

            def render(self, r, lvl=None):
                if r.lang == 'yc':
                    return 'YIELD2(%s)' % r.ex(self.v, 'assign')
                t = r.ex(self.v, None)
                return 'do { (void)REF_YIELD_%s((%s)); (void)REF_YIELD_%s((%s) + 1); } while (0)' % (s, t, s, t)
        return Line([Y2(v), ';'])

    def s_func(self, c):
        if self.chance(0.5):
            return [Line(['prs(%d, __func__);' % self.next_tag()])]
        return [Line(['WHERE(%d);' % self.next_tag()])]

    CLEANUP_SPELLINGS = [
        ('__attribute__((cleanup(%s))) {T} {N}', False),
        ('{T} __attribute__((cleanup(%s))) {N}', False),
        ('__attribute__((__cleanup__(%s))) {T} {N}', True),
        ('__attribute__((unused, cleanup(%s))) {T} {N}', True),
        ('__attribute__((cleanup(%s), unused)) {T} {N}', True),
        ('_cleanup_(%s) {T} {N}', True),
        ('AUTO_{F} {T} {N}', True),
        ('_cleanup_{F}_ {T} {N}', True),
    ]

    def s_cleanup(self, c):
        r = self.rng
        spells = [s for s, m in self.CLEANUP_SPELLINGS if self.has('cleanupmacro') or not m]
        sp = r.choice(spells)
        kind = r.choice(['int', 'int', 'long', 'pt'])
        nm = c.name('c')
        fn = {'int': 'say', 'long': 'say_l', 'pt': 'say_pt'}[kind]
        ty = {'int': INT, 'long': LONG, 'pt': PT}[kind]
        head = sp.replace('{T}', ty.name).replace('{N}', nm).replace('{F}', fn)
        if '%s' in head:
            head = head % fn
        out = []
        if kind == 'pt':
            e1 = self.reduce(self.int_expr(c, 1, False))
            e2 = self.reduce(self.int_expr(c, 1, False))
            out.append(Line([head + ' = { ', e1, ', ', e2, ' };']))
            v = Var(nm, PT, 'struct')
        elif self.chance(0.3):
            # two declarators under one attribute (it covers both), yields
            # in their initializers: yieldc splits the declaration, and
            # every copy must lose the attribute (test/run/cleanup-split-declaration.c)
            e = self.reduce(self.int_expr(c, 2, self.has('yinit')))
            v = Var(nm, ty, 'local')
            v.addressable = True
            c.declare(v)
            nm2 = c.name('c')
            e2 = self.reduce(self.int_expr(c, 2, self.has('yinit')))
            out.append(Line([head + ' = ', e, ', %s = ' % nm2, e2, ';']))
            v2 = Var(nm2, ty, 'local')
            v2.addressable = True
            v2.used = True
            c.declare(v2)
        else:
            e = self.reduce(self.int_expr(c, 2, False))
            out.append(Line([head + ' = ', e, ';']))
            v = Var(nm, ty, 'local')
            v.addressable = True
        if v not in c.scopes[-1]:
            c.declare(v)
        out += self.stmts(c, r.randint(0, 2))
        if kind == 'pt':
            out.append(Line(['%s.b = ' % nm, self.reduce(self.int_expr(c, 1)), ';']))
        else:
            out.append(Line(['%s = ' % nm, self.reduce(Bin('+', Raw(nm, ty), self.int_expr(c, 1))), ';']))
        v.used = True
        return out

    def s_localtype(self, c):
        r = self.rng
        nm = c.name('lt')
        if self.chance(0.3):
            out = [Line(['typedef long %s_t;' % nm]),
                   Line(['%s_t %s = ' % (nm, nm), self.reduce(self.int_expr(c, 1, self.has('yinit'))), ';'])]
            v = Var(nm, LONG, 'local')
            v.addressable = True
            c.declare(v)
            return [Group(out)]
        e1 = self.reduce(self.int_expr(c, 1, False))
        line = Line(['struct %s_t { int q; int r; } %s = { ' % (nm, nm), e1, ', %d };' % r.randint(0, 9)])
        v = Var(nm, T('struct %s_t' % nm, 'struct'), 'struct')
        v.fields = ['q', 'r']
        c.declare(v)
        return [line]

    def s_uninit(self, c):
        """int u; ...yields...; u = e; pr(u);  (assigned before read)"""
        nm = c.name('u')
        d = Line(['int %s;' % nm], deletable=False)
        mid = self.stmts(c, self.rng.randint(0, 2))
        a = Line(['%s = ' % nm, self.reduce(self.int_expr(c, 1)), ';'], deletable=False)
        p = self.pr(c, Raw(nm))
        p.deletable = False
        v = Var(nm, INT, 'local')
        v.addressable = True
        v.used = True
        g = Group([d] + mid + [a, p], optional=mid)
        c.declare(v)
        return [g]

    def s_localgen(self, c):
        """A generator object in the body: made, partly consumed, maybe
        delegated to, its state printed."""
        r = self.rng
        g = c.g
        cands = [h for h in self.prog.gens if h.idx > g.idx and not h.may_alloc and not h.ptr_param]
        if not cands:
            return self.s_pr(c)
        h = r.choice(cands)
        g.subs.add(h)
        nm = c.name('lg')
        v = Var(nm, h.frame_type, 'gen')
        out = [Line(['struct %s %s = ' % (h.name, nm), Ctor(h, self.ctor_args(c, h, False)), ';'])]
        for _ in range(r.randint(0, 2)):
            if h.S and self.chance(0.5):
                out.append(Line(['pr(%d, yc_send(&%s, %s));' % (self.next_tag(), nm,
                                                                 self.send_value(h, str(r.randint(-3, 9))))]))
            else:
                out.append(Line(['pr(%d, yc_next(&%s));' % (self.next_tag(), nm)]))
            if h.Y.kind == 'int':
                out.append(Line(['pr(%d, yc_value(&%s));' % (self.next_tag(), nm)]))
        c.declare(v)
        if converts(h.Y, g.Y) and self.send_ok(g, h) and self.has('yfromptr') and self.chance(0.6) \
                and c.budget_y > 0:
            c.budget_y -= 1
            e = YieldFrom(g, h, ptr=Raw('&' + nm, h.frame_type))
            if h.R.kind == 'int':
                out.append(self.pr(c, e))
            else:
                out.append(Line([e, ';'], ref_void=True))
        else:
            out += self.stmts(c, r.randint(0, 2))
        out.append(Line(['pr(%d, yc_done(&%s));' % (self.next_tag(), nm)]))
        v.used = True
        return out

    # ---------------------------------------------------------- generator bodies

    def gen_body(self, g):
        c = Ctx(g, self.prog, self.rng)
        c.budget = self.rng.randint(10, 40)
        c.budget_y = self.rng.randint(3, 14)
        c.dp_guard = True
        c.dp_used = False
        c.ptr_used = False
        for n, t in g.params:
            v = Var(n, t, 'param', bound=3 if n == 'dp' else min(t.bound, 1000), writable=(n != 'dp'))
            v.addressable = True
            if t is PT:
                v.kind = 'struct'
            c.declare(v)
        c.scopes.append([])
        stmts = []
        # a counted loop first in the body: its first step may enter it at
        # the yield's resumption (plan_loop.c)
        first = self.s_loop(c, counted=True) if self.has('counted') and self.has('loops') and self.chance(0.4) else []
        while c.budget > 0:
            stmts += self.stmt(c)
        if g.ptr_param and not c.ptr_used:
            stmts += self.s_yfrom(c) if self.chance(0.9) else []
        sc = c.scopes.pop()
        stmts += self.use_vars(c, sc)
        # parameters must be read (one written and never read: -Wunused-but-set-parameter)
        for v in c.scopes[0]:
            if v.kind != 'struct':
                stmts.insert(0, self.pr(c, Raw(v.name, v.ty)))
            elif not v.used:
                stmts.insert(0, self.pr(c, Raw('%s.a' % v.name)))
        if g.ptr_param and not c.ptr_used:
            stmts.append(Line(['pr(%d, yc_done(%s));' % (self.next_tag(), g.ptr_param[0])]))
        stmts = first + stmts
        if g.R is VOID:
            if self.chance(0.5) or not self.has('returns'):
                stmts.append(Line(['return;']))
        elif not self.has('returns') or self.chance(0.8) or g.R is PINT:
            stmts.append(self.return_stmt(c))     # a null result would be dereferenced
        g.body = Block(stmts)
        g.may_alloc = g.back or any(h.may_alloc for h in g.subs)

    # ---------------------------------------------------------- main

    def show_value(self, g, who, more):
        """printf arguments that show yc_value of an object of g."""
        Y = g.Y

    def make_main(self):
        r = self.rng
        p = self.prog
        gens = p.gens
        main = []
        dp_max = 2 if self.has('recursion') else 1
        # instances: every generator that takes no pointer first
        seq = [g for g in gens if not g.ptr_param] + [g for g in gens if g.ptr_param]
        if self.has('interleave'):
            seq += [r.choice(gens) for _ in range(r.randint(0, 2))]
        made = []
        for g in seq:
            self.new_instance(main, made, g, dp_max, self.has('heap') and self.chance(0.2))
        ops = r.randint(8, 30)
        live = [m for m in made if not m['lent']]
        for i in range(ops):
            m = r.choice(live)
            k = r.random()
            if k < 0.08 * (0.5 + i / ops) and self.has('close'):
                self.op_close(main, m)
            elif k < 0.16 and self.has('handles'):
                self.op_line(main, m, 'hnext')
            elif k < 0.20 and self.has('handles') and len(live) > 1:
                self.op_sched(main, r.sample(live, min(len(live), r.randint(2, 3))))
            elif k < 0.45 and m['gen'].S:
                self.op_line(main, m, 'send')
            else:
                self.op_line(main, m, 'next')
        for m in made:
            if m['lent']:
                continue
            op = 'next' if not m['gen'].S or self.chance(0.5) else 'sendk'
            main.append(grp('for (int k = 0; k < 40; k++) {',
                            '    more = %s;' % self.call_op(m, op),
                            '    show_%s("%s drain", %s, more);' % (m['gen'].name, m['name'], m['ref']),
                            '    if (!more)',
                            '        break;',
                            '}'))
        for m in made:
            main.append(grp('fin_%s("%s", %s, %s);' % (m['gen'].name, m['name'], m['ref'], m['closed'])))
        # close everything (delegators first), free the heap ones
        for m in sorted(made, key=lambda m: m['lent']):
            main.append(grp('yc_close(%s);' % m['ref']))
        for m in made:
            if m['heap']:
                main.append(grp('free(%s);' % m['name']))
        p.main = main
        p.instances = made

    def instance(self, main, made, g, args, heap):
        name = 't%d' % len(made)
        m = {'name': name, 'gen': g, 'heap': heap, 'lent': False, 'closed': 'c%d' % len(made)}
        ctor = [(g.name, g.name + '__new'), '(' + ', '.join(args) + ')']
        if heap:
            main.append(grp('struct %s *%s = malloc(sizeof *%s);' % (g.name, name, name),
                            ['*%s = ' % name] + ctor + [';'],
                            'int %s = 0;' % m['closed'],
                            '(void)%s;' % m['closed']))
            m['ref'] = name
        else:
            main.append(grp(['struct %s %s = ' % (g.name, name)] + ctor + [';'],
                            'int %s = 0;' % m['closed'],
                            '(void)%s;' % m['closed']))
            m['ref'] = '&' + name
        made.append(m)
        return m

    def new_instance(self, main, made, g, dp_max, heap):
        """struct gN tK = gN(args); a generator with a pointer parameter
        gets an object of its own to delegate to, partly consumed first."""
        r = self.rng
        args = []
        for n, t in g.params:
            if n == 'dp':
                args.append(str(r.randint(0, dp_max)))
            elif t is PT:
                args.append('(struct pt){ %d, %d }' % (r.randint(-3, 9), r.randint(-3, 9)))
            else:
                args.append(str(r.randint(-3, 12)))
        src = None
        if g.ptr_param:
            h = g.ptr_param[1]
            cands = [m for m in made if m['gen'] is h and not m['lent']]
            src = r.choice(cands) if cands else self.new_instance(main, made, h, dp_max, False)
            if self.has('yfromptr'):
                for _ in range(r.randint(0, 2)):
                    self.op_line(main, src, 'next')
            src['lent'] = True
            args.append(src['ref'])
        m = self.instance(main, made, g, args, heap)
        if src:
            m['delegate'] = src
        return m

    def call_op(self, m, op):
        if op == 'next':
            return 'yc_next(%s)' % m['ref']
        if op == 'hnext':
            return 'yc_gen_next(yc_handle(%s))' % m['ref']
        if op == 'sendk':
            return 'yc_send(%s, %s)' % (m['ref'], self.send_value(m['gen'], 'k % 5 - 1'))
        return 'yc_send(%s, %s)' % (m['ref'], self.send_value(m['gen'], str(op)))

    def send_value(self, g, v):
        if g.S is PT:
            return '((struct pt){ %s, 2 })' % v
        return v

    def op_line(self, main, m, op):
        label = op
        if op == 'send':
            op = self.rng.randint(-3, 12)
            label = 'send %d' % op
        main.append(grp('more = %s;' % self.call_op(m, op),
                        'show_%s("%s %s", %s, more);' % (m['gen'].name, m['name'], label, m['ref'])))

    def op_close(self, main, m):
        flags = [m['closed']]
        d = m.get('delegate')
        while d:                     # closing a delegator may close its sub
            flags.append(d['closed'])
            d = d.get('delegate')
        close = 'yc_close(%s);' % m['ref']
        if self.has('handles') and self.chance(0.3):
            close = 'yc_gen_close(yc_handle(%s));' % m['ref']
        main.append(grp('if (!yc_done(%s))' % m['ref'],
                        '    %s;' % ' = '.join(flags + ['1']),
                        close,
                        'printf("%s closed done=%%d\\n", (int)yc_done(%s));' % (m['name'], m['ref'])))

    def op_sched(self, main, ms):
        n = len(ms)
        R = self.rng.randint(1, 4)
        main.append(grp('{',
                        '    struct yc_gen hs[%d] = { %s };' % (n, ', '.join('yc_handle(%s)' % m['ref'] for m in ms)),
                        '    for (int r = 0; r < %d; r++)' % R,
                        '        for (int k = 0; k < %d; k++)' % n,
                        '            if (!yc_gen_done(hs[k])) {',
                        '                more = yc_gen_next(hs[k]);',
                        '                printf("h%d r%d more=%d done=%d\\n", k, r, more, (int)yc_gen_done(hs[k]));',
                        '            }',
                        '}'))

    # ---------------------------------------------------------- the whole

    def generate(self):
        self.signatures()
        gens = self.prog.gens
        for g in reversed(gens):
            self.gen_body(g)
        self.make_main()
        self.order_defs()
        return self.prog

    def order_defs(self):
        p = self.prog
        gens = p.gens
        if self.has('proto') and self.chance(0.5):
            p.protos = set(g.idx for g in gens)
            order = list(gens)
            self.rng.shuffle(order)
        else:
            order = list(reversed(gens))
        # a generator used before its definition needs a prototype
        pos = {g.idx: i for i, g in enumerate(order)}
        for g in order:
            deps = set(g.subs)
            if g.ptr_param:
                deps.add(g.ptr_param[1])
            for h in deps:
                if pos[h.idx] >= pos[g.idx]:
                    p.protos.add(h.idx)
        p.order = order


# ---------------------------------------------------------------- printing

COMMON = r'''struct pt { int a; int b; };
union uu { int i; long l; };
typedef int (*fn_t)(int);
typedef const int cint_t;
static int cnt;
static __attribute__((unused)) int garr[8] = { 3, 1, 4, 1, 5, 9, 2, 6 };
static __attribute__((unused)) const char *const names[4] = { "zero", "one", "two", "three" };
static __attribute__((unused)) void say(int *p) { printf("cleanup %d\n", *p); }
static __attribute__((unused)) void say_l(long *p) { printf("cleanup-l %ld\n", *p); }
static __attribute__((unused)) void say_pt(struct pt *p) { printf("cleanup-pt %d %d\n", p->a, p->b); }
static __attribute__((unused)) int se(int tag, int v) { cnt++; printf("se %d %d\n", tag, v); return v; }
static __attribute__((unused)) void pr(int tag, long long v) { printf("p%d %lld\n", tag, v); }
static __attribute__((unused)) void prs(int tag, const char *s) { printf("s%d %s\n", tag, s); }
static __attribute__((unused)) int f1(int x) { return (x * 3 + 1) % 1000; }
static __attribute__((unused)) int f2(int x, int y) { return (x * 2 - y) % 1000; }
static __attribute__((unused)) int f3(int x) { return (x + 11) % 1000; }
#define AUTO_say __attribute__((cleanup(say)))
#define AUTO_say_l __attribute__((cleanup(say_l)))
#define AUTO_say_pt __attribute__((cleanup(say_pt)))
#define _cleanup_(f) __attribute__((cleanup(f)))
#define _cleanup_say_ _cleanup_(say)
#define _cleanup_say_l_ _cleanup_(say_l)
#define _cleanup_say_pt_ _cleanup_(say_pt)
#define ID(x) (x)
#define WHERE(t) prs(t, __func__)
'''

YC_MACROS = r'''#define AWAIT(c) while (!(c)) yield
#define YIELD2(v) do { yield (v); yield (v) + 1; } while (0)
#define YV(...) (yield (__VA_ARGS__))
#define DELEGATE(...) (yield from __VA_ARGS__)
'''

ALLOC = r'''#include <stdlib.h>
static int n_alloc, n_free;
static __attribute__((unused)) void *my_alloc(size_t n) { n_alloc++; return malloc(n); }
static __attribute__((unused)) void my_free(void *p) { if (p) n_free++; free(p); }
#define YC_ALLOC(n) my_alloc(n)
#define YC_FREE(p) my_free(p)
'''


def show_funcs(g):
    """show_gN(who, g, more) and fin_gN(who, g, closed): the trace of main."""
    Y, R = g.Y, g.R
    n = g.name
    val = {
        'int': 'printf(" v=%lld", (long long)yc_value(g));',
        'dbl': 'printf(" v=%.2f", yc_value(g));',
        'struct': 'printf(" v=%d,%d", yc_value(g).a, yc_value(g).b);',
        'union': 'printf(" v=%d", yc_value(g).i);',
        'ptr': 'if (more) printf(" v=%d", *yc_value(g)); else printf(" v=-");',
        'str': 'printf(" v=%s", yc_value(g) ? yc_value(g) : "null");',
        'fn': 'printf(" v=%d", yc_value(g) ? yc_value(g)(5) : -1);',
        'void': '',
    }[Y.kind]
    res = {
        'int': 'printf(" r=%lld", (long long)yc_result(g));',
        'struct': 'printf(" r=%d,%d", yc_result(g).a, yc_result(g).b);',
        'ptr': 'printf(" r=%d", yc_result(g) ? *yc_result(g) : -1);',
        'void': '',
    }[R.kind]
    return [
        'static __attribute__((unused)) void show_%s(const char *who, struct %s *g, int more)' % (n, n),
        '{',
        '    printf("%s more=%d done=%d", who, more, (int)yc_done(g));',
        '    ' + val if val else '    (void)more;',
        '    printf("\\n");',
        '}',
        'static __attribute__((unused)) void fin_%s(const char *who, struct %s *g, int closed)' % (n, n),
        '{',
        '    printf("%s fin done=%d", who, (int)yc_done(g));',
        '    if (yc_done(g) && !closed) {',
        '        ' + res if res else '        (void)g;',
        '    }',
        '    printf("\\n");',
        '}',
        '',
    ]


DEFINED = re.compile(r'^(?:#define (\w+)|struct (\w+) \{|union (\w+) \{|typedef .*\(\*(\w+)\)|'
                     r'static [\w\s\*]*?\b(\w+)(?:\[\d+\])?(?: = |;)|static [\w\s\*]*?\b(\w+)\()')


def prune(prelude, rest):
    """The lines of prelude whose name the program uses (directly or
    through other kept lines)."""
    named = []
    for line in prelude:
        m = DEFINED.match(line.replace('__attribute__((unused)) ', ''))
        named.append((next((x for x in m.groups() if x), None) if m else None, line))
    keep = set(i for i, (n, _) in enumerate(named) if n is None)
    text = rest
    while True:
        added = False
        for i, (n, line) in enumerate(named):
            if i not in keep and re.search(r'\b%s\b' % re.escape(n), text):
                keep.add(i)
                text += '\n' + line.split(' ', 2)[-1] if line.startswith('#define') else '\n' + line
                added = True
        if not added:
            break
    return [line for i, (n, line) in enumerate(named) if i in keep]


def split_funcs(lines):
    """show_funcs' lines, one list per function (each starts with 'static')."""
    out = []
    for l in lines:
        if l.startswith('static'):
            out.append([])
        if out and l:
            out[-1].append(l)
    return out


def render(prog, lang, removed=(), repl=None, header='', srepl=None):
    r = Renderer(lang, prog, removed, repl, srepl)
    for g in prog.gens:
        g.body.top = True
    head = []
    feats = ','.join(sorted(prog.feats)) if set(prog.feats) != set(ALL) else 'all'
    if header:
        head.append(header)
    head.append('/* yieldc differential test program, seed %d (%s) */' % (prog.seed, 'yieldc' if lang == 'yc'
                                                                            else 'reference, GNU C on ycref.h'))
    head.append('/* features: %s */' % feats)
    if lang == 'ref':
        head.append('#include "ycref.h"')
    if 'alloc' in prog.feats:
        head += ALLOC.rstrip('\n').split('\n')
    if lang == 'yc':
        head.append('#include <yieldc.h>')
    head.append('#include <stdio.h>')
    head.append('#include <stdlib.h>')
    head.append('')
    prelude = COMMON.rstrip('\n').split('\n')
    if lang == 'yc':
        prelude += YC_MACROS.rstrip('\n').split('\n')
    out = []
    gens = [g for g in prog.order if 'g%d' % g.idx not in r.removed]
    if lang == 'yc':
        for g in sorted(gens, key=lambda g: -g.idx):    # a struct gK * parameter names a later one
            if g.idx in prog.protos:
                out.append(g.gen_decl(lang) + ';')
        if prog.protos:
            out.append('')
        for g in gens:
            out.append(g.gen_decl(lang))
            out += g.body.render(r, '')
            out.append('')
    else:
        for g in prog.gens:
            if g.name in r.removed:
                continue
            out.append('struct %s {' % g.name)
            out.append('    struct ref_co co;')
            out.append('    %s;' % (g.Y.decl('yc_value') if g.Y is not VOID else 'char yc_value'))
            out.append('    %s;' % (g.S.decl('yc_sent') if g.S else 'char yc_sent'))
            out.append('    %s;' % (g.R.decl('yc_result') if g.R is not VOID else 'char yc_result'))
            for pn, pt in g.all_params():
                out.append('    %s;' % (pt.decl(pn) if pt.kind != 'gptr' else '%s%s' % (pt.name, pn)))
            out.append('};')
        for g in prog.gens:
            if g.name in r.removed:
                continue
            ps = ', '.join(g.param_decls())
            out.append('static struct %s %s__new(%s);' % (g.name, g.name, ps or 'void'))
            out.append('static %s %s(struct %s *yc_self%s);' % (g.R.name, g.name, g.name, ', ' + ps if ps else ''))
        out.append('')
        for g in gens:
            ps = ', '.join(g.param_decls())
            names = [pn for pn, _ in g.all_params()]
            out.append('static void %s__entry(struct ref_co *co)' % g.name)
            out.append('{')
            out.append('    struct %s *s = (struct %s *)co;' % (g.name, g.name))
            call = '%s(s%s)' % (g.name, ''.join(', s->' + x for x in names))
            if g.R is VOID:
                out.append('    %s;' % call)
            else:
                out.append('    %s r = %s;' % (g.R.name, call) if not g.R.name.endswith('*') else
                           '    %sr = %s;' % (g.R.name, call))
                out.append('    if (!co->closing)')
                out.append('        s->yc_result = r;')
            out.append('}')
            out.append('static struct %s %s__new(%s)' % (g.name, g.name, ps or 'void'))
            out.append('{')
            out.append('    struct %s g;' % g.name)
            out.append('    memset(&g, 0, sizeof g);')
            out.append('    g.co.entry = %s__entry;' % g.name)
            out.append('    g.co.name = "%s";' % g.name)
            for x in names:
                out.append('    g.%s = %s;' % (x, x))
            out.append('    return g;')
            out.append('}')
            if g.R is VOID:
                out.append('#define YC_RETURN return')
            else:
                out.append('#define YC_RETURN return yc_zero')
            out.append('static %s %s(struct %s *yc_self%s)' % (g.R.name, g.name, g.name, ', ' + ps if ps else ''))
            out.append('{')
            if g.R is not VOID:
                out.append('    static %s __attribute__((unused));' % g.R.decl('yc_zero'))
            out.append('    (void)yc_self;')
            body = g.body.render(r, '    ')
            out += body[1:-1]
            if g.R is not VOID:
                out.append('    return yc_zero;')
            out.append('}')
            out.append('#undef YC_RETURN')
            out.append('')
    if lang == 'ref':
        # main calls the constructors by the generators' names
        for g in gens:
            out.append('#define %s(...) %s__new(__VA_ARGS__)' % (g.name, g.name))
        out.append('')
    main_lines = r.stmts(prog.main, '    ')
    main_text = '\n'.join(main_lines)
    for g in gens:
        for f in split_funcs(show_funcs(g)):
            if re.search(r'\b%s\b' % re.search(r'(show|fin)_g\d+', f[0]).group(0), main_text):
                out += f
    out.append('int main(void)')
    out.append('{')
    out.append('    int more;')
    out.append('    (void)more;')
    out += main_lines
    out.append('    printf("cnt %d\\n", cnt);')
    if 'alloc' in prog.feats:
        out.append('    printf("alloc balanced %d\\n", n_alloc == n_free);')
    out.append('    return 0;')
    out.append('}')
    rest = '\n'.join(out)
    return '\n'.join(head + prune(prelude, rest) + ['']) + '\n' + rest + '\n'


def generate(seed, feats):
    Node.next_id[0] = 0
    return Gen_(seed, feats).generate()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('seed', type=int)
    ap.add_argument('--features', default='all',
                    help="'all', 'a,b,c', '-a,-b' (all but those), or 'swarm[,-a,...]' (a random half per seed)")
    ap.add_argument('--yc', help='write the yieldc program here (default: stdout)')
    ap.add_argument('--ref', help='write the reference program here')
    ap.add_argument('--list', action='store_true', help='list the features')
    a = ap.parse_args()
    if a.list:
        for k, v in FEATURES.items():
            print('%-13s %s' % (k, v))
        return
    prog = generate(a.seed, features_for(a.seed, a.features))
    yc = render(prog, 'yc')
    if a.yc:
        open(a.yc, 'w').write(yc)
    else:
        sys.stdout.write(yc)
    if a.ref:
        open(a.ref, 'w').write(render(prog, 'ref'))


if __name__ == '__main__':
    main()
