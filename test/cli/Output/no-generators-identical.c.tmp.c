// A file without generators (comments, odd spacing, macros, #if 0, tabs, trailing blanks) comes out byte for byte identical.
// RUN: %yieldc %s -o %t.c
// RUN: cmp %s %t.c
// RUN: %yieldc %s > %t.stdout.c
// RUN: cmp %s %t.stdout.c
#include <stdio.h>
   #  define   TWICE( x )  ((x)*2)   /* odd spacing */  

/* a block comment
	with a tab   
   */
static int  helper (int a ,int b)//line comment
{	return TWICE(a)+b ; }

#if 0
this is not C at all: yield 1; generator(int) int g(void) { yield 2; }
#endif

int main(void) {
    const char *s = "yield 3; /* not a comment */";
    printf("%s %d\n", s, helper(1,2));   
    return 0;
}
/* last line without newline */