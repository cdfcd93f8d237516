// Digraphs (<% %> <: :> %:) are read as the punctuators they stand for: a generator's braces, blocks, subscripts and directives.
// RUN: %check-run %s %t | FileCheck %s
%:include <stdio.h>
%:include <yieldc.h>
%:define TWICE(x) ((x) * 2)

generator(int) int f(int n)
<%
    int a<:3:> = <% 1, 2, 3 %>;
    yield n;
    if (n) <%
        n++;
    }
    for (int i = 0; i < 3; i++) <%
        yield TWICE(a<:i:>);
    %>
    yield a<:(yield 9) , 2:>;
    return n;
%>

generator(int) int g(void) <% yield 1; return 2; %>

int main(void)
{
    struct f t = f(1);
    while (yc_next(&t))
        printf("%d\n", yc_value(&t));
    printf("r=%d\n", yc_result(&t));
    struct g u = g();
    while (yc_next(&u))
        printf("g %d\n", yc_value(&u));
    printf("g r=%d\n", yc_result(&u));
    return 0;
}
// CHECK: 1
// CHECK-NEXT: 2
// CHECK-NEXT: 4
// CHECK-NEXT: 6
// CHECK-NEXT: 9
// CHECK-NEXT: 3
// CHECK-NEXT: r=2
// CHECK-NEXT: g 1
// CHECK-NEXT: g r=2
