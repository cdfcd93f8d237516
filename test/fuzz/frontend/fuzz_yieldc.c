/*
** fuzz_yieldc.c -- a libFuzzer target over yieldc's whole pipeline (lex,
** libclang's parse, find, plan, emit, write): each input is written to a
** temporary INPUT.c and yieldc's own main() (compiled as yieldc_main) runs
** on it, in process.  Besides crashes, sanitizer reports and hangs, which
** libFuzzer catches, each run must keep the command line's promises:
**   - exit status 0 or 1 (exit() is caught: -Dexit=yc_fuzz_exit);
**   - status 1: at least one `INPUT:LINE:COL: error:`, every error line in
**     that shape and followed by a source line and a caret; no OUTPUT;
**   - status 0: OUTPUT written.
** Then the editors' view of the same input (--ide-view=included, which
** rewrites every macro's yield): status 0 whatever the input, and edits
** in INPUT's order, inside it and not overlapping.
** A broken promise is not a crash: the input is saved in $YC_FUZZ_FINDINGS
** (default ./findings) with the reason, and fuzzing goes on.  Whether the
** output of an accepted input compiles is checked out of process, on the
** corpus, by check_corpus.py.
*/
#define _GNU_SOURCE
#include <errno.h>
#include <setjmp.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int yieldc_main(int argc, char **argv);
void yc_arena_free(void);
__attribute__((noreturn)) void yc_fuzz_exit(int status);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

static jmp_buf exit_jump;
static int exit_status;
static char dir[64];
static char in_path[128], out_path[128], view_path[128];
static const char *findings = "findings";

__attribute__((noreturn)) void yc_fuzz_exit(int status)
{
    exit_status = status;
    longjmp(exit_jump, 1);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    strcpy(dir, "/tmp/yc-fuzz-XXXXXX");
    if (!mkdtemp(dir))
        abort();
    snprintf(in_path, sizeof in_path, "%s/input.c", dir);
    snprintf(out_path, sizeof out_path, "%s/output.c", dir);
    snprintf(view_path, sizeof view_path, "%s/view.json", dir);
    if (getenv("YC_FUZZ_FINDINGS"))
        findings = getenv("YC_FUZZ_FINDINGS");
    mkdir(findings, 0777);
    return 0;
}

/* FNV-1a: a name for a saved input. */
static uint64_t hash(const uint8_t *p, size_t n)
{
    uint64_t h = 1469598103934665603u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ p[i]) * 1099511628211u;
    return h;
}

static void broken(const char *why, const uint8_t *data, size_t size, const char *err)
{
    char path[512];
    snprintf(path, sizeof path, "%s/prop-%016llx.c", findings, (unsigned long long)hash(data, size));
    FILE *f = fopen(path, "wb");
    if (!f)
        return;
    fwrite(data, 1, size, f);
    fclose(f);
    snprintf(path, sizeof path, "%s/prop-%016llx.why", findings, (unsigned long long)hash(data, size));
    f = fopen(path, "w");
    if (f) {
        fprintf(f, "%s\n--- stderr:\n%s", why, err ? err : "");
        fclose(f);
    }
}

/* Is line (len bytes) a diagnostic, FILE:LINE:COL: SEVERITY: ...?  FILE is
   the input or a file it includes; LINE and COL count from 1.  Sets *error
   for an error (fatal or not). */
static bool diagnostic(const char *line, size_t len, bool *error)
{
    const char *sev = NULL;
    for (const char *p = line; p + 4 < line + len; p++) {
        unsigned l, c;
        int n = 0;
        if (*p == ':' && sscanf(p, ":%u:%u: %n", &l, &c, &n) == 2 && n > 0 && l > 0 && c > 0) {
            sev = p + n;
            break;
        }
    }
    if (!sev)
        return false;
    *error = !strncmp(sev, "error:", 6) || !strncmp(sev, "fatal error:", 12);
    return *error || !strncmp(sev, "warning:", 8) || !strncmp(sev, "note:", 5);
}

/* Every diagnostic has the shape above, an error is followed by its
   source line and a caret line, and nothing else says "error:".  NULL if
   so; *bad is the offending line. */
static const char *check_errors(const char *err, int *nerrors, const char **bad)
{
    const char *p = err;
    *nerrors = 0;
    while (*p) {
        const char *eol = strchr(p, '\n');
        size_t len = eol ? (size_t)(eol - p) : strlen(p);
        bool error = false;
        *bad = p;
        if (diagnostic(p, len, &error)) {
            *nerrors += error;
            const char *src = eol ? eol + 1 : p + len;
            const char *src_end = strchr(src, '\n');
            const char *caret = src_end ? src_end + 1 : src + strlen(src);
            const char *caret_end = strchr(caret, '\n');
            size_t clen = caret_end ? (size_t)(caret_end - caret) : strlen(caret);
            if (memchr(caret, '^', clen) && !memchr(caret, ':', clen)) {
                p = caret_end ? caret_end + 1 : caret + clen;     /* skip the source and the caret */
                continue;
            }
            if (error)
                return "an error without its source line and caret";
        } else if (memmem(p, len, "error:", 6)) {
            return "an error not in the shape FILE:LINE:COL: error: (LINE, COL from 1)";
        }
        p = eol ? eol + 1 : p + len;
    }
    return NULL;
}

/* The kind of a broken promise, for saving only a few of each: the reason
   and the offending line without its digits and file name. */
static uint64_t kind_of(const char *why, const char *bad)
{
    uint64_t h = hash((const uint8_t *)why, strlen(why));
    if (bad) {
        const char *eol = strchr(bad, '\n');
        size_t n = eol ? (size_t)(eol - bad) : strlen(bad);
        const char *colon = memchr(bad, ':', n);
        for (size_t i = colon ? (size_t)(colon - bad) : 0; i < n && i < 120; i++)
            if (bad[i] < '0' || bad[i] > '9')
                h = (h ^ (uint8_t)bad[i]) * 1099511628211u;
    }
    return h;
}

/* Runs yieldc with argv in process: its exit status; its stderr in *err
   (malloc'd). */
static int run_yieldc(char **argv, int argc, char **err)
{
    size_t err_len = 0;
    FILE *saved = stderr;
    stderr = open_memstream(err, &err_len);
    if (!stderr)
        abort();
    int status;
    if (setjmp(exit_jump) == 0)
        status = yieldc_main(argc, argv);
    else
        status = exit_status;
    yc_arena_free();        /* main() frees it only when it gets to its end */
    fclose(stderr);
    stderr = saved;
    return status;
}

/* The --ide-view JSON in view_path: are its edits ({"offset": N,
   "length": M, ...}, a pattern no escaped string holds) in order, inside
   an input of `size` bytes and not overlapping?  NULL if so. */
static const char *check_view(size_t size)
{
    FILE *f = fopen(view_path, "rb");
    if (!f)
        return "--ide-view wrote nothing";
    char *text = NULL;
    size_t cap = 0;
    ssize_t n = getdelim(&text, &cap, '\0', f);       /* the whole file: JSON has no NUL */
    fclose(f);
    const char *why = NULL;
    size_t at = 0;
    for (const char *p = n > 0 ? text : ""; (p = strstr(p, "{\"offset\": ")) != NULL; p++) {
        unsigned long long off, len;
        if (sscanf(p, "{\"offset\": %llu, \"length\": %llu", &off, &len) != 2) {
            why = "--ide-view: an edit without offset and length";
            break;
        }
        if (off < at || off + len > size) {
            why = "--ide-view: an edit out of order, overlapping another or past the end";
            break;
        }
        at = off + len;
    }
    free(text);
    return why;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FILE *f = fopen(in_path, "wb");
    if (!f)
        abort();
    fwrite(data, 1, size, f);
    fclose(f);
    unlink(out_path);

    /* yieldc's stderr into memory for the checks (what libclang itself
       writes to file descriptor 2 still goes there) */
    char *err = NULL;
    char *argv[] = { "yieldc", in_path, "-o", out_path, NULL };
    int status = run_yieldc(argv, 4, &err);

    bool out_exists = access(out_path, F_OK) == 0;
    int nerrors = 0;
    const char *why = NULL, *bad = NULL;
    if (status != 0 && status != 1)
        why = "exit status other than 0 and 1";
    else if (status == 1 && out_exists)
        why = "exit status 1, but OUTPUT was written";
    else if (status == 0 && !out_exists)
        why = "exit status 0, but no OUTPUT";
    else if ((why = check_errors(err ? err : "", &nerrors, &bad)) != NULL)
        ;
    else if (status == 1 && nerrors == 0)
        why = "exit status 1 without a FILE:LINE:COL: error: line", bad = NULL;
    else
        bad = NULL;
    if (!why) {
        char *view_err = NULL;
        char *view_argv[] = { "yieldc", "--ide-view=included", in_path, "-o", view_path, NULL };
        unlink(view_path);
        int view_status = run_yieldc(view_argv, 5, &view_err);
        why = view_status != 0 ? "--ide-view: exit status other than 0" : check_view(size);
        if (why) {
            free(err);
            err = view_err;
        } else {
            free(view_err);
        }
    }
    if (why) {
        /* keep the first 3 inputs of each kind */
        static uint64_t kinds[256];
        static int counts[256];
        uint64_t k = kind_of(why, bad);
        int i = 0;
        while (i < 256 && kinds[i] && kinds[i] != k)
            i++;
        if (i < 256 && !kinds[i])
            kinds[i] = k;
        if (i == 256 || counts[i]++ < 3)
            broken(why, data, size, err);
    }
    if (getenv("YC_FUZZ_VERBOSE"))
        fprintf(stderr, "status %d%s%s\n%s", status, why ? ": " : "", why ? why : "", err ? err : "");
    free(err);
    return 0;
}
