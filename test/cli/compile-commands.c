// -p DIR takes the compile flags for INPUT from DIR/compile_commands.json (written here, with a -D and an -I the input needs).
// RUN: rm -rf %t.dir && mkdir -p %t.dir
// RUN: echo '[{"directory": "%S", "file": "%s", "command": "cc -std=c11 -DSTEP=5 -I%S/Inputs/include -c %s -o x.o"}]' > %t.dir/compile_commands.json
// RUN: %yieldc -p %t.dir %s -o %t.c
// RUN: %gcc %cflags -DSTEP=5 -I%S/Inputs/include %t.c -o %t
// RUN: %t | FileCheck %s
// Without -p the flags are missing and the file does not parse:
// RUN: not %yieldc %s -o %t.nop.c 2>&1 | FileCheck --check-prefix=NOP %s
// The "arguments" form of an entry works too:
// RUN: echo '[{"directory": "%S", "file": "%s", "arguments": ["cc", "-DSTEP=5", "-I%S/Inputs/include", "-c", "%s"]}]' > %t.dir/compile_commands.json
// RUN: %yieldc -p %t.dir %s -o %t.args.c
// RUN: %same-output %t.c %t.args.c
// A directory without the file, and a file that is not a database: one
// error each, in yieldc's words (libclang printed its own first, "LIBCLANG
// TOOLING ERROR: ..."), and no output.
// RUN: rm -f %t.bad.c
// RUN: not %yieldc -p %t.nodir %s -o %t.bad.c 2>&1 | FileCheck --check-prefix=NODB %s --implicit-check-not=LIBCLANG
// NODB: yieldc: error: cannot load {{.*}}nodir/compile_commands.json: No such file or directory
// RUN: echo '{not json' > %t.dir/compile_commands.json
// RUN: not %yieldc -p %t.dir %s -o %t.bad.c 2>&1 | FileCheck --check-prefix=BADDB %s --implicit-check-not=LIBCLANG
// BADDB: yieldc: error: cannot load {{.*}}/compile_commands.json: not a compilation database (a JSON array of entries with "directory", "file" and "command" or "arguments")
// RUN: not test -e %t.bad.c
#include <stdio.h>
#include <yieldc.h>
// NOP: compile-commands.c:[[@LINE+1]]:10: error: {{.*}}not found
#include "cli-helper.h"

generator(int) int steps(void)
{
    for (int i = 0; i < HELPER_LIMIT; i++)
        yield i * STEP;
    return STEP;
}

int main(void)
{
    struct steps g = steps();
    while (yc_next(&g))
        printf("%d ", yc_value(&g));
    printf("result %d\n", yc_result(&g));
    return 0;
}
// CHECK: 0 5 10 15 result 5
