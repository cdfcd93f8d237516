// GNU builtins whose operands are never evaluated, or of which the
// compiler evaluates one it chooses after yieldc rewrote the body: a yield
// there is refused at the yield, as in sizeof.  (Before, the yield was
// hoisted and ran: `__builtin_choose_expr(1, 5, (yield 2, 7))` yielded 2,
// and `__builtin_constant_p((yield 1, 2))` yielded 1, where C evaluates
// neither.)  The same calls without a yield are kept as written.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s --implicit-check-not=error:
// RUN: not test -e %t.c
#include <stddef.h>
#include <yieldc.h>

struct s { int a, b; };

generator(int, int) int g(int x)
{
    char buf[8];
    int r = __builtin_choose_expr(1, 5, ((yield 2), 7));
    // CHECK: yield-in-unevaluated-builtin.c:[[@LINE-1]]:43: error: 'yield' in an operand of '__builtin_choose_expr' is not supported: the compiler chooses the one that runs, after yieldc; keep the yield's value in a variable first, and use that
    r += __builtin_choose_expr(0, 5, (yield 3));
    // CHECK: yield-in-unevaluated-builtin.c:[[@LINE-1]]:39: error: 'yield' in an operand of '__builtin_choose_expr'
    r += __builtin_constant_p(((yield 1), 2));
    // CHECK: yield-in-unevaluated-builtin.c:[[@LINE-1]]:33: error: 'yield' in the operand of '__builtin_constant_p', which is never evaluated
    r += __builtin_classify_type((yield 4));
    // CHECK: yield-in-unevaluated-builtin.c:[[@LINE-1]]:35: error: 'yield' in the operand of '__builtin_classify_type', which is never evaluated
    r += (int)__builtin_object_size(((yield 5), buf), 0);
    // CHECK: yield-in-unevaluated-builtin.c:[[@LINE-1]]:39: error: 'yield' in the operand of '__builtin_object_size', which is never evaluated
    r += (int)__builtin_dynamic_object_size(((yield 6), buf), 0);
    // CHECK: yield-in-unevaluated-builtin.c:[[@LINE-1]]:47: error: 'yield' in the operand of '__builtin_dynamic_object_size', which is never evaluated
    r += __builtin_choose_expr(1, x, 0) + __builtin_constant_p(x) + (int)__builtin_object_size(buf, 0) +
         (int)offsetof(struct s, b);
    return r;
}
