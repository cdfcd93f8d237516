/*
** types.c -- C types as text.  The tool never builds a type: it copies the
** types the user wrote in generator(...) and those clang spells for
** variables, and must declare frame fields, temporaries and functions of
** them.  These functions turn such a spelling into a declaration.
*/
#include "yc.h"

#include <string.h>

/* No type (a generator without a send type), or `void`. */
bool is_void(const char *type)
{
    return !type || !strcmp(type, "void");
}

/* A type without its top-level const, where its text shows it: `const
   int`, `char *const`, `int (*const)(void)` (as written in generator(...),
   or as clang spells a variable's type); else as it is.  The frame's
   fields are assigned, so they cannot be const. */
char *unconst_type(const char *type)
{
    size_t len = strlen(type);
    const char *p = strstr(type, "(*const)");      /* a const pointer to a function or array */
    if (p)
        return yc_format("%.*s(*)%s", (int)(p - type), type, p + 8);
    if (!strncmp(type, "const ", 6) && !strchr(type, '*'))
        return (char *)type + 6;                   /* `const int`, `const int[3]` */
    if (len > 6 && !strcmp(type + len - 5, "const") && (type[len - 6] == ' ' || type[len - 6] == '*'))
        return yc_strndup(type, len - (type[len - 6] == ' ' ? 6 : 5));
    return (char *)type;  /* as strchr does */
}

/* `T name` for a type spelled by clang: an array's brackets go after the
   name; a type with parentheses (a function pointer) or a pointer to an
   array goes through __typeof__. */
char *declarator(const char *type, const char *name)
{
    if (strchr(type, '(') || (strchr(type, '[') && strchr(type, '*')))
        return yc_format("__typeof__(%s) %s", type, name);
    const char *bracket = strchr(type, '[');
    if (bracket) {
        size_t n = (size_t)(bracket - type);
        while (n > 0 && type[n - 1] == ' ')
            n--;
        return yc_format("%.*s %s%s", (int)n, type, name, bracket);
    }
    size_t n = strlen(type);
    return yc_format("%s%s%s", type, n && type[n - 1] == '*' ? "" : " ", name);
}

/* `T name` for a type written by the user in generator(...), without its
   top-level const. */
char *user_declarator(const char *type, const char *name)
{
    type = unconst_type(type);
    if (strchr(type, '(') || strchr(type, '['))
        return yc_format("__typeof__(%s) %s", type, name);
    size_t n = strlen(type);
    return yc_format("%s%s%s", type, n && type[n - 1] == '*' ? "" : " ", name);
}

/* A type written by the user, as a function's return type. */
char *user_type(const char *type)
{
    type = unconst_type(type);
    return strchr(type, '(') || strchr(type, '[') ? yc_format("__typeof__(%s)", type) : yc_strdup(type);
}

/* T, a type from generator(...), as the parse view writes it before a
   name: as written, unless a declarator would have to go inside it
   (function pointers, arrays).  Plain, clang spells it in its messages as
   the user wrote it (not `typeof(int)`). */
char *view_type(const char *type)
{
    return strchr(type, '(') || strchr(type, '[') ? yc_format("__typeof__(%s)", type) : (char *)type;
}

/* `T name;`, or nothing for void. */
static void field_of(Buf *b, const char *type, const char *name)
{
    if (type && !is_void(type))
        buf_printf(b, " %s %s;", view_type(type), name);
}

/* A generator's frame as the parse view declares it: the API's members
   only (the header from --header repeats it). */
void view_struct(Buf *b, const char *name, const char *ytype, const char *stype, const char *rtype)
{
    buf_printf(b, "struct %s { char yc__pl;", name);
    field_of(b, ytype, "yc_value");
    field_of(b, rtype, "yc_result");
    field_of(b, stype ? unconst_type(stype) : NULL, "yc__pl_sent");   /* assigned by yc_send */
    /* the yield and result types, void included, for `yield from` */
    buf_printf(b, " %s (*yc__ply)(void); %s (*yc__plr)(void);", view_type(ytype), view_type(rtype));
    buf_puts(b, " unsigned char yc_state; }");
}
