/*
 * line_parser.c -- a push parser: bytes are sent in one at a time as they
 * arrive (here, in arbitrary chunks), and it yields each complete
 * `KEY: VALUE` header line of a simple protocol, stopping at the empty line.
 * No buffering logic leaks into the caller; no allocation.
 */
#include <stdio.h>
#include <string.h>
#include <yieldc.h>

struct header {
    char key[32];
    char value[64];
};

static void copy(char *dst, size_t size, const char *src)
{
    size_t n = strlen(src);
    if (n >= size)
        n = size - 1;
    memcpy(dst, src, n);
    dst[n] = '\0';
}

/* Receives bytes; yields NULL while a line is incomplete, then the header
   of each complete line; returns the number of headers once the empty line
   arrives. */
generator(const struct header *, int) int headers(void)
{
    struct header h;
    int count = 0;
    for (;;) {
        int n = 0, c;
        char line[96];
        while ((c = yield NULL) != '\n') {
            if (c != '\r' && n < (int)sizeof line - 1)
                line[n++] = (char)c;
        }
        line[n] = '\0';
        if (n == 0)
            return count;
        char *colon = strchr(line, ':');
        if (!colon)
            continue;           /* not a header: ignored */
        *colon = '\0';
        const char *v = colon + 1;
        while (*v == ' ')
            v++;
        copy(h.key, sizeof h.key, line);
        copy(h.value, sizeof h.value, v);
        count++;
        yield &h;               /* a complete header, valid until the next resume */
    }
}

int main(void)
{
    /* The input arrives in chunks that split lines anywhere. */
    static const char *const chunks[] = { "Host: exa", "mple.org\r\nAccept", ": text/plain\r\n",
                                          "junk line\r\nUser-Agent: yieldc/0.1\r", "\n\r\nbody..." };
    struct headers p = headers();
    yc_next(&p);
    for (int i = 0; i < 5 && !yc_done(&p); i++) {
        for (const char *s = chunks[i]; *s && !yc_done(&p); s++) {
            yc_send(&p, *s);
            if (yc_value(&p)) {     /* a header is out: print it, then go on */
                printf("%-10s = %s\n", yc_value(&p)->key, yc_value(&p)->value);
                yc_next(&p);
            }
        }
    }
    printf("%d headers\n", yc_result(&p));
    return 0;
}
