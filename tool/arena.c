/*
** arena.c -- the tool's memory: one arena for the whole run, freed at once
** (no ownership to track: every stage's data lives until the output is
** written), and the growable text buffers and arrays that live in it.
**
** The arena is the tool's one piece of global state, as malloc's heap is a
** C program's: yc_alloc is its malloc.
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

static Chunk *arena;        /* the chunk being handed out, then the others */

enum { CHUNK = 65536 };

/* Chunks come zeroed from calloc, and the arena hands out each byte once:
   nothing to clear.  (calloc need not touch fresh pages, so a large block
   of which little is written costs only what is written.)  NULL if the
   memory is not there. */
static void *try_alloc(size_t n)
{
    n = (n + 15) & ~(size_t)15;
    if (arena && arena->size - arena->used >= n) {
        void *p = arena->data + arena->used;
        arena->used += n;
        return p;
    }
    size_t size = n > CHUNK ? n : CHUNK;
    Chunk *c = calloc(1, sizeof *c + size);
    if (!c)
        return NULL;
    c->used = n;
    c->size = size;
    if (n > CHUNK / 4 && arena) {
        /* a block of its own: the chunk being handed out keeps its room */
        c->next = arena->next;
        arena->next = c;
    } else {
        c->next = arena;
        arena = c;
    }
    return c->data;
}

void *yc_alloc(size_t n)
{
    void *p = try_alloc(n);
    if (!p) {
        fprintf(stderr, "yieldc: out of memory\n");
        exit(1);
    }
    return p;
}

void yc_arena_free(void)
{
    while (arena) {
        Chunk *next = arena->next;
        free(arena);
        arena = next;
    }
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

/* ---- text buffers: grown by moving to a block twice as large ---- */

static bool buf_grow(Buf *b, size_t cap, bool must)
{
    char *p = must ? yc_alloc(cap) : try_alloc(cap);
    if (!p)
        return false;
    if (b->len)
        memcpy(p, b->data, b->len);
    p[b->len] = '\0';
    b->data = p;
    b->cap = cap;
    return true;
}

/* Room for n more bytes and a NUL. */
static void buf_reserve(Buf *b, size_t n)
{
    if (b->len + n + 1 > b->cap)
        buf_grow(b, (b->len + n + 1) * 2, true);
}

/* Room for n more bytes, if the memory is there (memory never written is
   not really taken: what is reserved but not used costs nothing). */
bool buf_try_reserve(Buf *b, size_t n)
{
    return b->len + n + 1 <= b->cap || buf_grow(b, b->len + n + 1, false);
}

void buf_put(Buf *b, const char *s, size_t n)
{
    buf_reserve(b, n);
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

/* The text so far, NUL-terminated (the buffer's own memory: it lives in
   the arena). */
char *buf_text(const Buf *b)
{
    return b->data ? b->data : "";
}

/* Forgets the text (its memory goes with the arena). */
void buf_free(Buf *b)
{
    *b = (Buf){ 0 };
}

/* vec_push's room: the array of len items of `size` bytes, moved to one
   twice as large. */
void *vec_grow(void *items, int len, int *cap, size_t size)
{
    *cap = *cap ? *cap * 2 : 8;
    void *grown = yc_alloc((size_t)*cap * size);
    if (len)
        memcpy(grown, items, (size_t)len * size);
    return grown;
}
