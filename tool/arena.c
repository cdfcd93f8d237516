/*
** arena.c -- the tool's memory: one arena for the whole run, freed at once,
** plus growable text buffers and pointer arrays.
*/
#include "yc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Chunk {
    struct Chunk *next;
    size_t used, size;
    _Alignas(16) char data[];
} Chunk;

static Chunk *arena;
static void **adopted;      /* blocks from malloc freed with the arena */
static size_t nadopted, adopted_cap;

static void *xrealloc(void *p, size_t n)
{
    p = realloc(p, n ? n : 1);
    if (!p) {
        fprintf(stderr, "yieldc: out of memory\n");
        exit(1);
    }
    return p;
}

/* Chunks come zeroed from calloc, and the arena hands out each byte once:
   nothing to clear.  (calloc need not touch fresh pages, so a large block
   of which little is written costs only what is written.) */
void *yc_alloc(size_t n)
{
    n = (n + 15) & ~(size_t)15;
    if (!arena || arena->size - arena->used < n) {
        size_t size = n > 65536 ? n : 65536;
        Chunk *c = calloc(1, sizeof *c + size);
        if (!c) {
            fprintf(stderr, "yieldc: out of memory\n");
            exit(1);
        }
        c->next = arena;
        c->used = 0;
        c->size = size;
        arena = c;
    }
    void *p = arena->data + arena->used;
    arena->used += n;
    return p;
}

/* p, from malloc, is freed with the arena. */
void yc_arena_adopt(void *p)
{
    if (nadopted == adopted_cap) {
        adopted_cap = adopted_cap ? 2 * adopted_cap : 16;
        adopted = xrealloc(adopted, adopted_cap * sizeof *adopted);
    }
    adopted[nadopted++] = p;
}

void yc_arena_free(void)
{
    while (arena) {
        Chunk *next = arena->next;
        free(arena);
        arena = next;
    }
    for (size_t i = 0; i < nadopted; i++)
        free(adopted[i]);
    free(adopted);
    adopted = NULL;
    nadopted = adopted_cap = 0;
}

char *yc_strndup(const char *s, size_t n)
{
    char *p = yc_alloc(n + 1);
    memcpy(p, s, n);
    return p;
}

char *yc_strdup(const char *s)
{
    return yc_strndup(s, strlen(s));
}

char *yc_format(const char *fmt, ...)
{
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n >= 0 && (size_t)n < sizeof small)
        return yc_strndup(small, (size_t)n);
    char *p = yc_alloc((size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return p;
}

/* Room for n more bytes and a NUL. */
static void buf_reserve(Buf *b, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        b->cap = (b->len + n + 1) * 2;
        b->data = xrealloc(b->data, b->cap);
    }
}

/* Room for n more bytes, if the memory is there (memory never written is
   not really taken: what is reserved but not used costs nothing). */
bool buf_try_reserve(Buf *b, size_t n)
{
    if (b->len + n + 1 <= b->cap)
        return true;
    char *p = realloc(b->data, b->len + n + 1);
    if (!p)
        return false;
    b->data = p;
    b->cap = b->len + n + 1;
    b->data[b->len] = '\0';
    return true;
}

void buf_put(Buf *b, const char *s, size_t n)
{
    buf_reserve(b, n);
    if (n)      /* (s may be NULL then: an empty Buf's data) */
        memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void buf_puts(Buf *b, const char *s)
{
    buf_put(b, s, strlen(s));
}

/* Formatted straight into the buffer's free room: once, unless it is too
   small. */
void buf_printf(Buf *b, const char *fmt, ...)
{
    buf_reserve(b, 64);
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(b->data + b->len, b->cap - b->len, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    if ((size_t)n >= b->cap - b->len) {
        buf_reserve(b, (size_t)n);
        va_start(ap, fmt);
        vsnprintf(b->data + b->len, b->cap - b->len, fmt, ap);
        va_end(ap);
    }
    b->len += (size_t)n;
}

void buf_free(Buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

void vec_push(Vec *v, void *item)
{
    if (v->len == v->cap) {
        int cap = v->cap ? v->cap * 2 : 8;
        void **items = yc_alloc((size_t)cap * sizeof *items);
        if (v->len)
            memcpy(items, v->items, (size_t)v->len * sizeof *items);
        v->items = items;
        v->cap = cap;
    }
    v->items[v->len++] = item;
}

/* Sorts v's items (an empty Vec has no array: qsort must not see NULL). */
void vec_sort(Vec *v, int (*cmp)(const void *, const void *))
{
    if (v->len > 1)
        qsort(v->items, (size_t)v->len, sizeof *v->items, cmp);
}
