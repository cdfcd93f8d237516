/* Generators for header.test: one public, one static, one with a send type, one with a cleanup to run when closed; includes its own header. */
#include <stdio.h>
#include <yieldc.h>
#include "gen.h"

generator(int) int upto(int n) { for (int i = 0; i < n; i++) yield i; return n; }
static generator(int) int hidden(void) { yield 1; return 0; }
generator(double, double) int avg(void) { double t = 0; int c = 0; for (;;) { double x = yield c ? t / c : 0; t += x; c++; } }
int use_hidden(void) { struct hidden h = hidden(); yc_next(&h); return yc_value(&h); }
static int cleanups_run;
static void count_cleanup(int *p) { cleanups_run += *p; }
int cleanups(void) { return cleanups_run; }
generator(int) void guarded(void) { __attribute__((cleanup(count_cleanup))) int one = 1; yield one; yield 2; }
