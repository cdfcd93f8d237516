/* Written by yieldc from /work/main/test/cli/Output/header.test.tmp/gen.c: its generators, for other files. */
#ifndef YC_HEADER__work_main_test_cli_Output_header_test_tmp_gen_h
#define YC_HEADER__work_main_test_cli_Output_header_test_tmp_gen_h
#include <stdio.h>
#include <yieldc.h>
#include "gen.h"
#include <yieldc.h>

#if defined(__YIELDC__)  /* as yieldc sees it when it parses another file */
#ifndef YC__DEFINING_upto
struct upto { char yc__pl; __typeof__(int) yc_value; __typeof__(int) yc_result; unsigned char yc_state; };
struct upto upto(int n);
#endif
#else
struct upto {
    unsigned char yc_state;  /* 0: not started, 1..1: suspended at yield N, then running, done */
    int yc_value;  /* the last value yielded */
    int yc_result;  /* the value returned */
    int n;  /* parameter 'n', line 1 */
    int i;  /* local 'i', line 1 */
};
struct upto upto(int n);
bool upto__next(struct upto *yc_f);
struct yc_error_yc_send_on_a_generator_without_a_send_type upto__send(struct upto *, ...);
void upto__close(struct upto *yc_f);
const struct yc_kind *upto__kind(void);
#define YC__HGEN_upto(op) struct upto *: upto__##op,
#endif

#if defined(__YIELDC__)  /* as yieldc sees it when it parses another file */
#ifndef YC__DEFINING_avg
struct avg { char yc__pl; __typeof__(double) yc_value; __typeof__(int) yc_result; __typeof__(double) yc__pl_sent; unsigned char yc_state; };
struct avg avg(void);
#endif
#else
struct avg {
    unsigned char yc_state;  /* 0: not started, 1..1: suspended at yield N, then running, done */
    double yc_value;  /* the last value yielded */
    int yc_result;  /* the value returned */
    double yc_sent;  /* the value sent */
    double t;  /* local 't', line 1 */
    int c;  /* local 'c', line 1 */
};
struct avg avg(void);
bool avg__next(struct avg *yc_f);
bool avg__resume(struct avg *yc_f);
bool avg__send(struct avg *yc_f, double yc_v);
void avg__close(struct avg *yc_f);
const struct yc_kind *avg__kind(void);
#define YC__HGEN_avg(op) struct avg *: avg__##op,
#endif

/* list them for yc_next & co. in a free slot of yieldc.h */
#if !defined(YC__H0_USED)
#define YC__H0_USED
#undef YC__H0
#define YC__H0(op) YC__HGEN_upto(op) YC__HGEN_avg(op)
#elif !defined(YC__H1_USED)
#define YC__H1_USED
#undef YC__H1
#define YC__H1(op) YC__HGEN_upto(op) YC__HGEN_avg(op)
#elif !defined(YC__H2_USED)
#define YC__H2_USED
#undef YC__H2
#define YC__H2(op) YC__HGEN_upto(op) YC__HGEN_avg(op)
#elif !defined(YC__H3_USED)
#define YC__H3_USED
#undef YC__H3
#define YC__H3(op) YC__HGEN_upto(op) YC__HGEN_avg(op)
#elif !defined(YC__H4_USED)
#define YC__H4_USED
#undef YC__H4
#define YC__H4(op) YC__HGEN_upto(op) YC__HGEN_avg(op)
#elif !defined(YC__H5_USED)
#define YC__H5_USED
#undef YC__H5
#define YC__H5(op) YC__HGEN_upto(op) YC__HGEN_avg(op)
#elif !defined(YC__H6_USED)
#define YC__H6_USED
#undef YC__H6
#define YC__H6(op) YC__HGEN_upto(op) YC__HGEN_avg(op)
#elif !defined(YC__H7_USED)
#define YC__H7_USED
#undef YC__H7
#define YC__H7(op) YC__HGEN_upto(op) YC__HGEN_avg(op)
#else
#error "yieldc: more than 8 headers of generators in one translation unit"
#endif
#endif /* YC_HEADER__work_main_test_cli_Output_header_test_tmp_gen_h */
