// generator(void) with bare `yield;`: a task whose steps are observed through side effects, with a void result.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

static int progress;

generator(void) void task(const char *name, int steps)
{
    printf("%s start\n", name);
    for (int s = 1; s <= steps; s++) {
        progress += s;
        printf("%s step %d\n", name, s);
        yield;
    }
    printf("%s end\n", name);
}

int main(void)
{
    struct task t = task("A", 3);
    printf("created\n");
    // CHECK: created
    int resumes = 0;
    while (yc_next(&t)) {
        resumes++;
        printf("back in main, progress %d\n", progress);
    }
    // CHECK-NEXT: A start
    // CHECK-NEXT: A step 1
    // CHECK-NEXT: back in main, progress 1
    // CHECK-NEXT: A step 2
    // CHECK-NEXT: back in main, progress 3
    // CHECK-NEXT: A step 3
    // CHECK-NEXT: back in main, progress 6
    // CHECK-NEXT: A end
    printf("resumes %d done %d\n", resumes, yc_done(&t));
    // CHECK-NEXT: resumes 3 done 1
    return 0;
}
