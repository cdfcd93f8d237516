// Yields inside cases of the user's own switch, with fallthrough into the next case, default, and break after a resume.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

#ifndef YC__HGEN_sw
struct sw {
    unsigned char yc_state;  /* 0: not started, 1..10: suspended at yield N, then running, done */
    int yc_value;  /* the last value yielded */
    int yc_result;  /* the value returned */
    int k;  /* parameter 'k', line 6 */
    int acc;  /* local 'acc', line 8 */
    int local;  /* local 'local', line 19 */
    int i;  /* local 'i', line 35 */
};
#endif
struct sw sw(int k);
bool sw__next(struct sw *yc_f);
struct yc_error_yc_send_on_a_generator_without_a_send_type sw__send(struct sw *, ...);
void sw__close(struct sw *yc_f);
const struct yc_kind *sw__kind(void);
#ifdef YC__HGEN_sw
#define YC__LGEN_sw(op)
#else
#define YC__LGEN_sw(op) struct sw *: sw__##op,
#endif
#undef YC__LOCAL
#define YC__LOCAL(op) YC__LGEN_sw(op)
struct sw sw(int k)
{
    return (struct sw){ .yc_state = 0, .k = k };
}
bool sw__next(struct sw *yc_f)
{
    int k = yc_f->k;
    switch (YC__ENTER(yc_f, "sw")) {
    case 0: break;
    case 1: goto yc_resume_1;
    case 2: goto yc_resume_2;
    case 3: goto yc_resume_3;
    case 4: goto yc_resume_4;
    case 5: goto yc_resume_5;
    case 6: goto yc_resume_6;
    case 7: goto yc_resume_7;
    case 8: goto yc_resume_8;
    case 9: goto yc_resume_9;
    case 10: goto yc_resume_10;
    default: return false;
    }
#line 7 "/work/main/test/run/yield-in-user-switch.c"
{
    int acc = 0;
    switch (k) {
    case 1:
        { yc_f->yc_value = (10); yc_f->k = k; yc_f->acc = acc; yc_f->yc_state = 1; return true; yc_resume_1:; acc = yc_f->acc;  }
        acc += 1;
        /* fallthrough */
    case 2:
        { yc_f->yc_value = (20); yc_f->k = k; yc_f->acc = acc; yc_f->yc_state = 2; return true; yc_resume_2:; acc = yc_f->acc;  }
        acc += 2;
        break;
    case 3: {
        int local = 30;
        { yc_f->yc_value = (local); yc_f->k = k; yc_f->acc = acc; yc_f->local = local; yc_f->yc_state = 3; return true; yc_resume_3:; acc = yc_f->acc; local = yc_f->local;  }
        local++;
        { yc_f->yc_value = (local); yc_f->k = k; yc_f->acc = acc; yc_f->local = local; yc_f->yc_state = 4; return true; yc_resume_4:; acc = yc_f->acc; local = yc_f->local;  }
        acc += local;
    }
        /* fallthrough */
    default:
        { yc_f->yc_value = (90); yc_f->k = k; yc_f->acc = acc; yc_f->yc_state = 5; return true; yc_resume_5:; acc = yc_f->acc;  }
        acc += 9;
        break;
    case 4:
        acc += 4;
        break;
    }
    { yc_f->yc_value = (acc); yc_f->k = k; yc_f->acc = acc; yc_f->yc_state = 6; return true; yc_resume_6:; acc = yc_f->acc;  }
    for (int i = 0; i < 3; i++) {
        switch (i) {
        case 0:
            { yc_f->yc_value = (500); yc_f->k = k; yc_f->acc = acc; yc_f->i = i; yc_f->yc_state = 7; return true; yc_resume_7:; acc = yc_f->acc; i = yc_f->i;  }
            continue;
        case 1:
            { yc_f->yc_value = (501); yc_f->k = k; yc_f->acc = acc; yc_f->i = i; yc_f->yc_state = 8; return true; yc_resume_8:; acc = yc_f->acc; i = yc_f->i;  }
            break;
        default:
            { yc_f->yc_value = (502); yc_f->k = k; yc_f->acc = acc; yc_f->i = i; yc_f->yc_state = 9; return true; yc_resume_9:; acc = yc_f->acc; i = yc_f->i;  }
        }
        { yc_f->yc_value = (600 + i); yc_f->k = k; yc_f->acc = acc; yc_f->i = i; yc_f->yc_state = 10; return true; yc_resume_10:; acc = yc_f->acc; i = yc_f->i;  }
    }
    return yc_f->yc_result = (acc), YC_FINISH(yc_f);
}
    return YC_FINISH(yc_f);
}
void sw__close(struct sw *yc_f)
{
    yc_f->yc_state = YC__DONE(yc_f->yc_state);
}
YC_DEFINE_KIND(, sw)
#line 49 "/work/main/test/run/yield-in-user-switch.c"
 

static void run(int k)
{
    struct sw g = sw(k);
    printf("k=%d:", k);
    while (yc_next(&g))
        printf(" %d", yc_value(&g));
    printf(" -> %d\n", yc_result(&g));
}

int main(void)
{
    run(1);
    // CHECK: k=1: 10 20 3 500 501 601 502 602 -> 3
    run(2);
    // CHECK-NEXT: k=2: 20 2 500 501 601 502 602 -> 2
    run(3);
    // CHECK-NEXT: k=3: 30 31 90 40 500 501 601 502 602 -> 40
    run(4);
    // CHECK-NEXT: k=4: 4 500 501 601 502 602 -> 4
    run(7);
    // CHECK-NEXT: k=7: 90 9 500 501 601 502 602 -> 9
    return 0;
}
