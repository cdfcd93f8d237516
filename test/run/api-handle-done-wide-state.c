// A handle's done reads the state by its type: one byte for most
// generators, two past 253 yields, four past 65,533 (yieldc.h
// yc__done_uc/_us/_ui, shared by every kind of a file).  Driven only through
// handles, each generator reports done exactly when its last value is out,
// and closing one through its handle makes it done.
// RUN: %check-run %s %t | FileCheck %s
// RUN: %yieldc %s -o - | %nochecks | FileCheck %s --check-prefix=STATE
#include <stdio.h>
#include <yieldc.h>

#define Y4 yield n++; yield n++; yield n++; yield n++;
#define Y20 Y4 Y4 Y4 Y4 Y4
#define Y100 Y20 Y20 Y20 Y20 Y20

generator(int) void narrow(int n)
{
    Y4
}

generator(int) void wide(int n)
{
    Y100 Y100 Y100
}

static void drive(const char *what, struct yc_gen h)
{
    int values = 0, done_early = 0;
    while (yc_gen_next(h)) {
        values++;
        done_early += yc_gen_done(h);
    }
    printf("%s: %d values, done early %d, done at the end %d\n", what, values, done_early, yc_gen_done(h));
}

int main(void)
{
    struct narrow a = narrow(0);
    struct wide b = wide(0);
    drive("narrow", yc_handle(&a));
    drive("wide", yc_handle(&b));
    struct wide c = wide(0);
    struct yc_gen h = yc_handle(&c);
    yc_gen_next(h);
    printf("before close: %d\n", yc_gen_done(h));
    yc_gen_close(h);
    printf("after close: %d, next %d\n", yc_gen_done(h), yc_gen_next(h));
    return 0;
}

// CHECK: narrow: 4 values, done early 0, done at the end 1
// CHECK-NEXT: wide: 300 values, done early 0, done at the end 1
// CHECK-NEXT: before close: 0
// CHECK-NEXT: after close: 1, next 0

// STATE: struct narrow {
// STATE-NEXT: unsigned char yc_state;
// STATE: struct wide {
// STATE-NEXT: unsigned short yc_state;
