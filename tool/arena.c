/*
** arena.c -- the tool's memory: one arena for the whole run, freed at once
** (no ownership to track: every stage's data lives until the output is
** written), and the growable text buffers and arrays that live in it.
**
** The arena is the tool's one piece of global state, as malloc's heap is a
** C program's: yc_alloc is its malloc.
*/
#define _GNU_SOURCE         /* MAP_ANONYMOUS, mremap */
#include "yc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

typedef struct Chunk {
    struct Chunk *next;
    size_t used, size;
    _Alignas(16) char data[];
} Chunk;

static Chunk *arena;        /* the chunk being handed out, then the others */

enum {
    CHUNK = 262144,         /* what the arena takes from the system at a time */
    OWN = CHUNK / 4,        /* a block larger than this gets a chunk of its own */
};

/* Chunks are fresh pages from mmap, zeroed by the system, and the arena
   hands out each byte once: nothing to clear (calloc would clear memory
   that libclang freed before), and a large block of which little is
   written costs only the pages written.  NULL if the memory is not there. */
static Chunk *new_chunk(size_t size, size_t used)
{
    Chunk *c = mmap(NULL, sizeof *c + size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (c == MAP_FAILED)
        return NULL;
    c->size = size;
    c->used = used;
    return c;
}

static void *try_alloc(size_t n)
{
    n = (n + 15) & ~(size_t)15;
    if (n > OWN) {          /* behind the chunk being handed out, which keeps its room */
        Chunk *c = new_chunk(n, n);
        if (!c)
            return NULL;
        c->next = arena ? arena->next : NULL;
        if (arena)
            arena->next = c;
        else
            arena = c;
        return c->data;
    }
    if (!arena || arena->size - arena->used < n) {
        Chunk *c = new_chunk(CHUNK, 0);
        if (!c)
            return NULL;
        c->next = arena;
        arena = c;
    }
    void *p = arena->data + arena->used;
    arena->used += n;
    return p;
}

/* Block p, of more than OWN bytes (a chunk of its own), made n bytes long
   where the system can move its pages (mremap) rather than have them
   copied; NULL where it cannot. */
static void *grow_own(void *p, size_t n)
{
#ifdef MREMAP_MAYMOVE
    n = (n + 15) & ~(size_t)15;
    for (Chunk **link = &arena; *link; link = &(*link)->next) {
        Chunk *c = *link;
        if (c->data != p)
            continue;
        Chunk *m = mremap(c, sizeof *c + c->size, sizeof *m + n, MREMAP_MAYMOVE);
        if (m == MAP_FAILED)
            return NULL;
        m->size = m->used = n;
        *link = m;
        return m->data;
    }
#endif
    (void)p;
    (void)n;
    return NULL;
}

/* Is block p of n bytes the last the current chunk handed out? */
static bool at_top(const void *p, size_t n)
{
    n = (n + 15) & ~(size_t)15;
    return arena && p && n <= arena->used && (const char *)p == arena->data + arena->used - n;
}

/* Block p of `old` bytes, of which the first `keep` matter, made n bytes
   long (n > old): extended where it is the last block handed out and the
   chunk has room, its pages moved by the system if it is large, else
   copied. */
static void *regrow(void *p, size_t old, size_t keep, size_t n, bool must)
{
    size_t o = (old + 15) & ~(size_t)15, m = (n + 15) & ~(size_t)15;
    if (old <= OWN && n <= OWN && at_top(p, old) && arena->size - (arena->used - o) >= m) {
        arena->used += m - o;       /* the bytes added were never handed out: zero */
        return p;
    }
    void *q = old > OWN ? grow_own(p, n) : NULL;
    if (q)
        return q;
    q = must ? yc_alloc(n) : try_alloc(n);
    if (q && keep)
        memcpy(q, p, keep);
    return q;
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
        munmap(arena, sizeof *arena + arena->size);
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
    char *p = regrow(b->data, b->cap, b->len, cap, must);
    if (!p)
        return false;
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

/* The text so far, NUL-terminated (the buffer's own memory: it lives in
   the arena). */
char *buf_text(const Buf *b)
{
    return b->data ? b->data : "";
}

/* The text, the buffer done with: the room it did not use goes back to
   the arena when nothing was handed out after it. */
char *buf_done(Buf *b)
{
    char *text = buf_text(b);
    if (b->cap <= OWN && at_top(b->data, b->cap)) {
        size_t keep = (b->len + 1 + 15) & ~(size_t)15, had = (b->cap + 15) & ~(size_t)15;
        memset(b->data + b->len + 1, 0, b->cap - b->len - 1);  /* as the arena's fresh bytes are */
        arena->used -= had - keep;
    }
    *b = (Buf){ 0 };
    return text;
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
    size_t old = (size_t)*cap * size;
    *cap = *cap ? *cap * 2 : 8;
    return regrow(items, old, (size_t)len * size, (size_t)*cap * size, true);
}

/* vec_reserve's room: for n items more, exactly. */
void *vec_room(void *items, int len, int *cap, int n, size_t size)
{
    if (len + n <= *cap)
        return items;
    size_t old = (size_t)*cap * size;
    *cap = len + n;
    return regrow(items, old, (size_t)len * size, (size_t)*cap * size, true);
}
