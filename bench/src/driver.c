/* driver.c -- main() for every benchmark binary.
 *   BIN frames                  one line per benchmark: name, frame bytes, note
 *   BIN once BENCH N SETUP      run N resumes once (for callgrind), print checksum
 *   BIN time BENCH N1 N2 SETUP [scale]
 *                               ns per resume: (t(N2) - t(N1)) / (N2 - N1), each
 *                               t the median of 5 measurements, each of as
 *                               many repetitions of the run as take >= 20 ms
 *                               (the same subtraction as callgrind's); with
 *                               "scale", N1, N2 and SETUP grow together until
 *                               the difference takes >= 20 ms
 * Only the tokenizer gets a text (of SETUP tokens): the others' setup is
 * made inside their run, by the benchmark itself.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "bench.h"

/* A deterministic text of exactly ntok tokens (names, numbers, operators). */
static char *make_text(long ntok)
{
    size_t cap = (size_t)ntok * 10 + 16, len = 0;
    char *s = malloc(cap);
    unsigned long x = 12345;
    static const char ops[] = "+-*/()=<>,;";
    if (!s) { perror("malloc"); exit(1); }
    for (long k = 0; k < ntok; k++) {
        x = x * 6364136223846793005UL + 1442695040888963407UL;
        unsigned r = (unsigned)(x >> 33);
        int kind = r % 3, l = 1 + (r >> 4) % 8;
        if (kind == 0) {            /* name */
            for (int i = 0; i < l; i++)
                s[len++] = i == 0 ? (char)('a' + (r >> (8 + i)) % 26) : "abcxyz_019"[(r >> (5 + i)) % 10];
        } else if (kind == 1) {     /* number */
            for (int i = 0; i < (l > 6 ? 6 : l); i++)
                s[len++] = (char)('0' + (r >> (7 + i)) % 10);
        } else {
            s[len++] = ops[(r >> 8) % (sizeof ops - 1)];
        }
        s[len++] = ' ';
    }
    s[len] = 0;
    return s;
}

static const struct impl *find(const char *name)
{
    for (const struct impl *p = impls; p->bench; p++)
        if (!strcmp(p->bench, name))
            return p;
    fprintf(stderr, "no benchmark '%s'\n", name);
    exit(2);
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

static char *text_for(const struct impl *p, long setup)
{
    return strcmp(p->bench, "tok") ? NULL : make_text(setup);
}

static int cmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
    if (argc >= 2 && !strcmp(argv[1], "frames")) {
        for (const struct impl *p = impls; p->bench; p++)
            printf("%s %zu %s\n", p->bench, p->frame(), p->note ? p->note : "sizeof");
        return 0;
    }
    if (argc == 5 && !strcmp(argv[1], "once")) {
        const struct impl *p = find(argv[2]);
        long n = atol(argv[3]), setup = atol(argv[4]);
        char *text = text_for(p, setup);
        printf("%ld\n", p->run(n, setup, text));
        free(text);
        return 0;
    }
    if ((argc == 6 || argc == 7) && !strcmp(argv[1], "time")) {
        const struct impl *p = find(argv[2]);
        long n1 = atol(argv[3]), n2 = atol(argv[4]), setup = atol(argv[5]);
        int scale = argc == 7 && !strcmp(argv[6], "scale");
        long cap = strcmp(p->bench, "tok") ? 1L << 26 : 1L << 22;
        char *text = text_for(p, setup);
        long reps = 1, sum = 0;
        /* "scale": N1, N2 and SETUP may be multiplied until the difference
           of the two runs takes >= 20 ms (the setup's cost then no longer
           drowns it); otherwise the two runs are repeated until the longer
           takes >= 20 ms. */
        for (;;) {
            double t0 = now();
            for (long r = 0; r < reps; r++)
                sum += p->run(n1, setup, text);
            double t1 = now();
            for (long r = 0; r < reps; r++)
                sum += p->run(n2, setup, text);
            double t2 = now(), d = scale ? t2 - 2 * t1 + t0 : t2 - t1;
            if (d >= 0.02 || reps >= (1L << 24) || (scale && 2 * n2 > cap))
                break;
            long m = d > 0.002 ? (long)(0.025 / d) + 1 : 8;
            if (scale) {
                while (m > 1 && n2 * m > cap)
                    m /= 2;
                n1 *= m, n2 *= m, setup *= m;
                if (text) {
                    free(text);
                    text = text_for(p, setup);
                }
            } else {
                reps *= m;
            }
        }
        double t[2];
        long ns[2] = { n1, n2 };
        for (int k = 0; k < 2; k++) {
            double v[5];
            for (int i = 0; i < 5; i++) {
                double t0 = now();
                for (long r = 0; r < reps; r++)
                    sum += p->run(ns[k], setup, text);
                v[i] = (now() - t0) / reps;
            }
            qsort(v, 5, sizeof v[0], cmp);
            t[k] = v[2];
        }
        printf("%.3f %ld %ld %ld\n", (t[1] - t[0]) * 1e9 / (double)(n2 - n1), n2, reps, sum);
        free(text);
        return 0;
    }
    fprintf(stderr, "usage: %s frames | once BENCH N SETUP | time BENCH N1 N2 SETUP [scale]\n", argv[0]);
    return 2;
}
