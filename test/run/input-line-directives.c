// INPUT's own #line directives (as bison, re2c or a template writes them)
// hold in the output: the #line directives yieldc writes give the line
// and file the compiler would have given, inside generators and after
// them, so __FILE__, __LINE__, assert and debuggers name "lexer.re"; in a
// macro yieldc expands in place too.  They gave INPUT's own lines and name
// instead, even in main.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>
#line 100 "lexer.re"
static generator(int) int lex(void)
{
    printf("%s:%d\n", __FILE__, __LINE__);
    yield 1;
    printf("%s:%d\n", __FILE__, __LINE__);
#line 200
    yield 2;
    printf("%s:%d\n", __FILE__, __LINE__);
    return 0;
}
# 300 "parser.y"
static generator(int) int parse(void)
{
    yield 3;
    printf("%s:%d\n", __FILE__, __LINE__);
    return 0;
}
#define TWICE(e) (printf("%s:%d\n", __FILE__, __LINE__), (e) + (e))
static generator(int, int) int twice(void)
{
    int r = TWICE(yield 4);     /* expanded in place by yieldc */
    return r;
}

int main(void)
{
    struct lex g = lex();
    struct parse p = parse();
    struct twice w = twice();
    while (yc_next(&g))
        ;
    while (yc_next(&p))
        ;
    while (yc_next(&w))
        ;
    printf("%s:%d\n", __FILE__, __LINE__);
    return 0;
}
// CHECK: lexer.re:102
// CHECK-NEXT: lexer.re:104
// CHECK-NEXT: lexer.re:201
// CHECK-NEXT: parser.y:303
// CHECK-NEXT: parser.y:309
// CHECK-NEXT: parser.y:324
