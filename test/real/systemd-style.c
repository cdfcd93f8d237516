// Generators written as systemd writes C: _cleanup_free_, _cleanup_close_ and
// _cleanup_(fooep) from a header, several declarators under one _cleanup_free_, early
// returns; run to the end and closed at every suspension, each resource released once
// (the ASan+UBSan build of check-run sees no double free and no leak).
// RUN: %check-run --sanitize %s %t -I%S/Inputs | FileCheck %s
#define _POSIX_C_SOURCE 200809L     /* strdup, strtok_r */
#include <fcntl.h>
#include <string.h>
#include <yieldc.h>
#include "systemd-macros.h"

struct thing { char name[16]; };
static struct thing *thing_unref(struct thing *t)
{
    printf("unref %s\n", t->name);
    free(t);
    return NULL;
}
DEFINE_TRIVIAL_CLEANUP_FUNC(struct thing *, thing_unref)

static struct thing *thing_new(const char *name)
{
    struct thing *t = calloc(1, sizeof *t);
    strcpy(t->name, name);
    return t;
}

generator(const char *) int lines(const char *text)
{
    _cleanup_free_ char *copy = strdup(text), *scratch = NULL;
    _cleanup_close_ int fd = open("/dev/null", O_RDONLY);
    _cleanup_(thing_unrefp) struct thing *t = thing_new("first");
    int n = 0;
    if (fd < 0)
        return -1;
    for (char *save = NULL, *line = strtok_r(copy, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        _cleanup_free_ char *dup = strdup(line);
        free(scratch);
        scratch = strdup(dup);
        n++;
        yield dup;
        if (!strcmp(line, "stop"))
            return n;
    }
    return n;
}

int main(void)
{
    struct lines g = lines("a\nb\nstop\nc");
    while (yc_next(&g))
        printf("line %s\n", yc_value(&g));
    printf("result %d\n", yc_result(&g));
    for (int k = 1; k <= 3; k++) {
        printf("-- close after %d\n", k);
        struct lines c = lines("x\ny\nz");
        for (int i = 0; i < k; i++)
            yc_next(&c);
        yc_close(&c);
    }
    return 0;
}
// CHECK: line a
// CHECK-NEXT: free a
// CHECK-NEXT: line b
// CHECK-NEXT: free b
// CHECK-NEXT: line stop
// CHECK-NEXT: free stop
// CHECK-NEXT: unref first
// CHECK-NEXT: close fd
// CHECK-NEXT: free stop
// CHECK-NEXT: free a
// CHECK-NEXT: result 3
// CHECK-NEXT: -- close after 1
// CHECK-NEXT: free x
// CHECK-NEXT: unref first
// CHECK-NEXT: close fd
// CHECK-NEXT: free x
// CHECK-NEXT: free x
// CHECK-NEXT: -- close after 2
// CHECK-NEXT: free x
// CHECK-NEXT: free y
// CHECK-NEXT: unref first
// CHECK-NEXT: close fd
// CHECK-NEXT: free y
// CHECK-NEXT: free x
// CHECK-NEXT: -- close after 3
// CHECK-NEXT: free x
// CHECK-NEXT: free y
// CHECK-NEXT: free z
// CHECK-NEXT: unref first
// CHECK-NEXT: close fd
// CHECK-NEXT: free z
// CHECK-NEXT: free x
