// Locals that live in the frame (arrays, locals whose address is taken,
// big structs) share storage with each other when their scopes do not
// overlap, and with copied locals kept only over yields outside their
// scope (docs/design.md, "Frame layout").  Each generator here fills a
// local, yields while it is in scope, and checks it afterwards: a field
// shared with another local alive at the same time would show as a wrong
// value.  The frames that share are measured against the room their
// locals would take apart.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <string.h>
#include <yieldc.h>

/* two 256-byte arrays in sibling blocks, each kept over a yield: one
   array's room */
generator(int) int siblings(int seed)
{
    int sum = 0;
    {
        unsigned char a[256];
        for (int i = 0; i < 256; i++)
            a[i] = (unsigned char)(seed + i);
        yield a[5];
        for (int i = 0; i < 256; i++)
            sum += a[i];
    }
    {
        unsigned char b[256];
        for (int i = 0; i < 256; i++)
            b[i] = (unsigned char)(seed * 3 + i);
        yield b[7];
        for (int i = 0; i < 256; i++)
            sum += b[i];
    }
    return sum;
}
_Static_assert(sizeof(struct siblings) < 256 + 64, "sibling arrays share storage");

/* nested scopes never share: the outer array is intact after the inner one
   was filled and kept over a yield */
generator(int) int nested(void)
{
    int outer[16];
    for (int i = 0; i < 16; i++)
        outer[i] = 100 + i;
    yield outer[0];
    {
        int inner[16];
        for (int i = 0; i < 16; i++)
            inner[i] = -1 - i;
        yield inner[15];
        int s = 0;
        for (int i = 0; i < 16; i++)
            s += outer[i] + inner[i];
        yield s;
    }
    {
        int x = 42, *px = &x;   /* address taken: in the frame */
        yield *px;
        yield outer[15] + x;
    }
    return outer[3];
}

/* a copied local kept over yields outside the array's scope shares with
   it; one kept over a yield inside it does not */
generator(int) int mixed(void)
{
    int before = 11;
    yield before;
    before += 1;
    yield before;           /* `before` is dead after this */
    int across = 5;
    {
        char buf[64];
        memset(buf, 'x', sizeof buf);
        buf[63] = '\0';
        yield (int)strlen(buf);
        across += buf[0];
        yield across;       /* `across` is kept over this, inside buf's scope */
    }
    int after = across * 2;
    yield after;
    return after + before;
}

/* a big struct kept over yields lives in the frame instead of being
   copied at each one; in sibling blocks, two share */
struct big { int v[64]; };

generator(int) int bigs(int n)
{
    int total = 0;
    {
        struct big s;
        for (int i = 0; i < 64; i++)
            s.v[i] = i;
        for (int k = 0; k < n; k++) {
            yield s.v[k % 64];
            s.v[k % 64] += 1;
        }
        for (int i = 0; i < 64; i++)
            total += s.v[i];
    }
    {
        struct big t = { { 7 } };
        yield t.v[0];
        total += t.v[0] + t.v[1];
    }
    return total;
}
_Static_assert(sizeof(struct bigs) < 2 * sizeof(struct big), "sibling structs share storage");

/* a big struct a macro names in its arguments stays copied: the macro's
   text, which it may quote, is kept as written */
#define SHOW(e) printf(" %s = %d\n", #e, (e))

generator(int) int quoted(void)
{
    struct big q = { { 3 } };
    yield 1;
    SHOW(q.v[0] + q.v[1]);
    return 0;
}

/* a loop re-enters the block: each iteration's array is its own */
generator(int) int loop(int n)
{
    int acc = 0;
    for (int r = 0; r < n; r++) {
        int row[8];
        for (int i = 0; i < 8; i++)
            row[i] = r * 10 + i;
        yield row[r % 8];
        acc += row[7];
    }
    for (int r = 0; r < n; r++) {
        long col[8];
        for (int i = 0; i < 8; i++)
            col[i] = -r - i;
        yield (int)col[1];
        acc += (int)col[0];
    }
    return acc;
}

/* sub-generators held in locals of sibling blocks (their address goes to
   yc_next): each is its own */
generator(int) int count(int n)
{
    for (int i = 0; i < n; i++)
        yield i;
    return n;
}

generator(int) int holders(void)
{
    int got = 0;
    {
        struct count c = count(3);
        while (yc_next(&c)) {
            yield yc_value(&c);
            got += yc_value(&c);
        }
    }
    {
        struct count d = count(2);
        while (yc_next(&d)) {
            yield 10 + yc_value(&d);
            got += yc_value(&d);
        }
    }
    return got;
}

#define DRAIN(G, INIT)                                                         \
    do {                                                                       \
        struct G g = INIT;                                                     \
        printf("%s:", #G);                                                     \
        while (yc_next(&g))                                                    \
            printf(" %d", yc_value(&g));                                       \
        printf(" -> %d\n", yc_result(&g));                                     \
    } while (0)

int main(void)
{
    DRAIN(siblings, siblings(1));
    DRAIN(nested, nested());
    DRAIN(mixed, mixed());
    DRAIN(bigs, bigs(3));
    DRAIN(quoted, quoted());
    DRAIN(loop, loop(3));
    DRAIN(holders, holders());
    /* closed half-way, in each block */
    struct siblings s = siblings(2);
    yc_next(&s);
    yc_close(&s);
    struct nested t = nested();
    yc_next(&t), yc_next(&t);
    yc_close(&t);
    printf("closed\n");
    return 0;
}

// CHECK: siblings: 6 10 -> 65280
// CHECK-NEXT: nested: 100 -16 1584 42 157 -> 103
// CHECK-NEXT: mixed: 11 12 63 125 250 -> 262
// CHECK-NEXT: bigs: 0 1 2 7 -> 2026
// CHECK-NEXT: quoted: 1 q.v[0] + q.v[1] = 3
// CHECK-NEXT:  -> 0
// CHECK-NEXT: loop: 0 11 22 -1 -2 -3 -> 48
// CHECK-NEXT: holders: 0 1 2 10 11 -> 4
// CHECK-NEXT: closed
