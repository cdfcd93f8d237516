/*
** util.c -- the two lookups every stage needs: a binary search over
** anything sorted, and one hash map.  Lists of things found in the source
** are kept in source order, so most questions ("the first yield after this
** offset", "the token at this offset") are a binary search; the questions
** that are not ("the variable this cursor declares", "is this name taken")
** go to the hash map.
*/
#include "yc.h"

#include <string.h>

typedef struct SizesBelow {
    const size_t *a;
    size_t x;
} SizesBelow;

static bool size_below(const void *ctx, int i)
{
    const SizesBelow *s = ctx;
    return s->a[i] < s->x;
}

/* The first of the sorted offsets a[0..n) that is >= x. */
int lower_bound_size(const size_t *a, int n, size_t x)
{
    SizesBelow s = { a, x };
    return lower_bound(n, size_below, &s);
}

typedef struct SpanQuery {
    const SpanVec *spans;
    size_t off;
} SpanQuery;

static bool span_starts_by(const void *ctx, int i)
{
    const SpanQuery *q = ctx;
    return q->spans->items[i].begin <= q->off;
}

/* Is off in one of the spans?  They are sorted and do not overlap. */
bool in_spans(const SpanVec *spans, size_t off)
{
    SpanQuery q = { spans, off };
    int i = lower_bound(spans->len, span_starts_by, &q) - 1;     /* the last that begins at or before off */
    return i >= 0 && off < spans->items[i].end;
}

/* ---- the hash map ---- */

uint64_t hash_mix(uint64_t x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return x;
}

uint64_t hash_str(const char *s)
{
    uint64_t h = 5381;
    while (*s)
        h = h * 33 + (unsigned char)*s++;
    return h;
}

uint64_t hash_pair(uint64_t a, uint64_t b)
{
    return hash_mix(a * 0x9e3779b97f4a7c15ULL + b);
}

/* Empties the map at once: a slot is used only if it carries the map's
   current stamp, so a map grown for one large generator is not cleared
   slot by slot for each small one after it. */
void map_clear(Map *m)
{
    m->len = 0;
    if (++m->stamp == 0) {      /* wrapped: every old stamp could match */
        for (size_t i = 0; i < m->cap; i++)
            m->slots[i].stamp = 0;
        m->stamp = 1;
    }
}

static void map_grow(Map *m)
{
    MapSlot *old = m->slots;
    size_t old_cap = m->cap;
    unsigned old_stamp = m->stamp;
    m->cap = m->cap ? 2 * m->cap : 64;
    m->slots = yc_alloc(m->cap * sizeof *m->slots);
    m->stamp = 1;
    m->len = 0;
    for (size_t i = 0; i < old_cap; i++)
        if (old_stamp && old[i].stamp == old_stamp)
            map_put(m, old[i].key, old[i].val);
}

/* Adds val under key (a key may hold several values). */
void map_put(Map *m, uint64_t key, void *val)
{
    if (2 * (m->len + 1) > m->cap)
        map_grow(m);
    if (!m->stamp)
        m->stamp = 1;
    size_t i = hash_mix(key) & (m->cap - 1);
    while (m->slots[i].stamp == m->stamp)
        i = (i + 1) & (m->cap - 1);
    m->slots[i] = (MapSlot){ key, val, m->stamp };
    m->len++;
}

/* A value under key that `match` accepts (any, if match is NULL); NULL if
   there is none. */
void *map_get(const Map *m, uint64_t key, bool (*match)(const void *val, const void *ctx), const void *ctx)
{
    if (!m->cap || !m->stamp)
        return NULL;
    for (size_t i = hash_mix(key) & (m->cap - 1); m->slots[i].stamp == m->stamp; i = (i + 1) & (m->cap - 1))
        if (m->slots[i].key == key && (!match || match(m->slots[i].val, ctx)))
            return m->slots[i].val;
    return NULL;
}

/* A JSON string: escaped, and bytes that are not UTF-8 replaced. */
void buf_json_str(Buf *b, const char *s)
{
    if (!s)
        buf_puts(b, "null");
    else
        buf_json_strn(b, s, strlen(s));
}

void buf_json_strn(Buf *b, const char *s, size_t len)
{
    buf_puts(b, "\"");
    const unsigned char *p = (const unsigned char *)s, *end = p + len;
    while (p < end) {
        unsigned char c = *p;
        if (c == '"' || c == '\\') {
            buf_printf(b, "\\%c", c);
            p++;
        } else if (c < 0x20) {
            buf_printf(b, "\\u%04x", c);
            p++;
        } else if (c < 0x80) {
            buf_put(b, (const char *)p, 1);
            p++;
        } else {
            int n = c >= 0xf0 && c < 0xf5 ? 4 : c >= 0xe0 && c < 0xf0 ? 3 : c >= 0xc2 && c < 0xe0 ? 2 : 0;
            bool ok = n > 0 && n <= end - p;
            for (int i = 1; i < n && ok; i++)
                ok = (p[i] & 0xc0) == 0x80;
            /* no overlong form, surrogate or value over U+10FFFF */
            if (ok && n > 2) {
                unsigned char lo = c == 0xe0 ? 0xa0 : c == 0xf0 ? 0x90 : 0x80;
                unsigned char hi = c == 0xed ? 0x9f : c == 0xf4 ? 0x8f : 0xbf;
                ok = p[1] >= lo && p[1] <= hi;
            }
            if (ok) {
                buf_put(b, (const char *)p, (size_t)n);
                p += n;
            } else {
                buf_puts(b, "\\ufffd");
                p++;
            }
        }
    }
    buf_puts(b, "\"");
}
