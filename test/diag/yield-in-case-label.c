// A yield in a case label (a constant expression) is an error at the yield keyword.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s
// RUN: not test -e %t.c
#include <yieldc.h>

generator(int, int) int g(int k)
{
    switch (k) {
    // CHECK: yield-in-case-label.c:[[@LINE+1]]:11: error: {{.*}}const
    case (yield 1):
        return 1;
    }
    return 0;
}
