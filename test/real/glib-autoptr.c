// glib's g_autofree, g_autoptr(T) and g_auto(T), with the real glib headers, in a generator run
// to the end and closed at every suspension: each is freed exactly once (the ASan+UBSan build
// of check-run sees no double free and no leak), and a type's own autoptr cleanup is traced.
// REQUIRES: glib
// RUN: %check-run --sanitize %s %t %glib_cflags %glib_libs | FileCheck %s
#include <glib.h>
#include <stdio.h>
#include <yieldc.h>

typedef struct { int id; } Widget;
static void widget_free(Widget *w)
{
    printf("widget_free %d\n", w->id);
    g_free(w);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC(Widget, widget_free)

static Widget *widget_new(int id)
{
    Widget *w = g_new0(Widget, 1);
    w->id = id;
    return w;
}

generator(const char *) int words(const char *text)
{
    g_autofree char *copy = g_strdup(text);
    g_auto(GStrv) parts = g_strsplit(copy, " ", -1);
    g_autoptr(GString) acc = g_string_new("");
    g_autoptr(Widget) w = widget_new(1);
    for (int i = 0; parts[i]; i++) {
        g_autoptr(Widget) inner = widget_new(100 + i);
        g_string_append(acc, parts[i]);
        yield parts[i];
    }
    return (int)acc->len;
}

int main(void)
{
    struct words g = words("alpha beta gamma");
    while (yc_next(&g))
        printf("word %s\n", yc_value(&g));
    printf("result %d\n", yc_result(&g));
    for (int k = 1; k <= 3; k++) {
        printf("-- close after %d\n", k);
        struct words c = words("one two three");
        for (int i = 0; i < k; i++)
            yc_next(&c);
        yc_close(&c);
    }
    return 0;
}
// CHECK: word alpha
// CHECK-NEXT: widget_free 100
// CHECK-NEXT: word beta
// CHECK-NEXT: widget_free 101
// CHECK-NEXT: word gamma
// CHECK-NEXT: widget_free 102
// CHECK-NEXT: widget_free 1
// CHECK-NEXT: result 14
// CHECK-NEXT: -- close after 1
// CHECK-NEXT: widget_free 100
// CHECK-NEXT: widget_free 1
// CHECK-NEXT: -- close after 2
// CHECK-NEXT: widget_free 100
// CHECK-NEXT: widget_free 101
// CHECK-NEXT: widget_free 1
// CHECK-NEXT: -- close after 3
// CHECK-NEXT: widget_free 100
// CHECK-NEXT: widget_free 101
// CHECK-NEXT: widget_free 102
// CHECK-NEXT: widget_free 1
