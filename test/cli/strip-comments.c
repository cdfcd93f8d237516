// --strip-comments leaves out every comment, the input's (these CHECK lines too, which would otherwise match themselves) and yieldc's, keeping every line's number and string literals; the output still compiles.
// RUN: %yieldc %s --strip-comments -o %t.c
// RUN: FileCheck %s < %t.c
// RUN: not grep -e CHECK -e 'the value returned' %t.c
// RUN: %yieldc %s -o %t.full.c
// RUN: sh -c 'test "$(wc -l < %t.c)" -eq "$(wc -l < %t.full.c)"'
// RUN: %gcc %cflags -c %t.c -o %t.o
// RUN: %clang %cflags -c %t.c -o %t.o
// RUN: %yieldc %s --strip-comments -o %t.c --header %t.h
// RUN: not grep -e '/\*' -e '//' %t.h
#include <stdio.h> // a comment after an include
#include <yieldc.h>

/* a comment
   over two lines */ generator(int) int f(void)
{
    char slash = '/';                   // a line comment \
                                           continued by a splice
    const char *s = "/* kept */ // kept";
    // CHECK: const char *s = "/* kept */ // kept";
    // CHECK: yc_f->yc_value = (slash + (int)s[0]); yc_f->yc_state = 1;
    yield slash /* inside */ + (int)s[0];
    return 0;
}
