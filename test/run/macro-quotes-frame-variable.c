// A macro that quotes its argument (`#v`, `v##_len`) takes the argument's
// text as written: when the argument names a variable that lives in the
// frame (an array, a local whose address is taken, const, volatile),
// whose uses yieldc renames ('yc_f->data'), the invocation is expanded in
// place instead, so the text the macro quotes is the user's.  Before, a
// kvec-style PUSH(data, x) pasted 'yc_f->data' ## '_len' into the frame's
// stale copy of data_len (silently wrong: yielded 0, result 10), or into a
// field that does not exist (did not compile); SHOW(total) printed
// "yc_f->total = 3".  (A system header's macro, assert, is not expanded:
// its message still reads the field, README's limitations.)  Through a macro
// that passes the argument to one that quotes it too, in the argument of
// a macro inside the quoting one's (SHOW(ID(total))), for a name two
// variables share (each has a field of its own) and for a local declared
// in a switch before its first label; and with __func__ in the quoting
// macro (the generator's name).  A macro of the user's that hands its
// argument to assert is not expanded: glibc's expansion would fix NDEBUG
// (this test's NDEBUG build did not compile: __assert_fail undeclared).  A macro that quotes
// nothing, or one whose argument is not renamed, keeps its invocation as
// written (SHAPE).
// RUN: %check-run %s %t | FileCheck %s
// RUN: %yieldc %s -o - | %nochecks | FileCheck %s --check-prefix=SHAPE
#include <assert.h>
#include <stdio.h>
#include <yieldc.h>

#define PUSH(v, x) ((v)[v##_len++] = (x))
#define SHOW(v) printf("%s = %d\n", #v, (int)(v))
#define CHECK(e) ((e) ? (void)0 : failed(#e, __func__))
#define CHECK_VIA(e) CHECK(e)
#define TWICE(v) ((v) * 2)
#define ID(x) (x)
#define ENSURE(e) assert(e)

static void failed(const char *what, const char *where) { printf("check failed: %s in %s\n", what, where); }

generator(int) int kvec(void)
{
    int data[4];            // an array kept across the yields: in the frame
    int data_len = 0;       // copied in and out around them
    PUSH(data, 10);
    yield data_len;
    PUSH(data, 20);
    yield data_len;
    return data[0] + data[1] + 100 * data_len;
}

generator(int) int scratch(void)
{
    int tmp[2];             // in the frame; tmp_len lives across no yield
    int tmp_len = 0;
    PUSH(tmp, 7);
    PUSH(tmp, 8);
    yield tmp[0] + tmp[1] + tmp_len;
    return 0;
}

generator(int) void quoted(void)
{
    int total = 3;
    int *p = &total;        // its address is taken: it lives in the frame
    const int fixed = 5;
    volatile int vol = 6;
    int plain = 7;          // copied: its name is as written anyway
    yield *p;
    SHOW(total);
    SHOW(fixed);
    SHOW(vol);
    SHOW(plain);
    total = TWICE(total);
    CHECK(total == 4);
    CHECK_VIA(total + fixed == 12);
    SHOW(ID(total));
    ENSURE(total == 6);
    yield total;
}

generator(int) int shared(int n)
{
    int total = 1;
    yield 0;
    {
        int total = 2;
        yield 1;
        SHOW(total);
    }
    SHOW(total);
    switch (n) {
        int t2;
    case 1:
        t2 = 5;
        yield 2;
        SHOW(t2);
    }
    return total;
}

int main(void)
{
    struct kvec k = kvec();
    while (yc_next(&k))
        printf("kvec yielded %d\n", yc_value(&k));
    printf("kvec result %d\n", yc_result(&k));
    struct scratch s = scratch();
    while (yc_next(&s))
        printf("scratch yielded %d\n", yc_value(&s));
    struct quoted q = quoted();
    while (yc_next(&q))
        printf("quoted yielded %d\n", yc_value(&q));
    struct shared sh = shared(1);
    while (yc_next(&sh))
        ;
    return 0;
}
// CHECK: kvec yielded 1
// CHECK-NEXT: kvec yielded 2
// CHECK-NEXT: kvec result 230
// CHECK-NEXT: scratch yielded 17
// CHECK-NEXT: quoted yielded 3
// CHECK-NEXT: total = 3
// CHECK-NEXT: fixed = 5
// CHECK-NEXT: vol = 6
// CHECK-NEXT: plain = 7
// CHECK-NEXT: check failed: total == 4 in quoted
// CHECK-NEXT: check failed: total + fixed == 12 in quoted
// CHECK-NEXT: ID(total) = 6
// CHECK-NEXT: quoted yielded 6
// CHECK-NEXT: total = 2
// CHECK-NEXT: total = 1
// CHECK-NEXT: t2 = 5
// SHAPE-NOT: {{PUSH|SHOW|CHECK|CHECK_VIA}}(yc_f->
// SHAPE: SHOW(plain);
// SHAPE: total = TWICE(yc_f->total);
// SHAPE-NOT: {{PUSH|SHOW|CHECK|CHECK_VIA}}(yc_f->
