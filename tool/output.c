/*
** output.c -- writing yieldc's outputs so that no command line destroys a
** file.  An output may not be the input, nor another output (compared by
** identity, device and inode, so through symlinks and hard links too).  A
** regular file is replaced atomically -- a temporary file beside it, renamed
** over it -- and only when its content changes, so that its time stamp stays
** and builds do not cascade (ninja's restat).  Anything else (/dev/null, a
** FIFO, a terminal) is written in place, never replaced by a rename.
*/
#define _XOPEN_SOURCE 700    /* realpath, mkstemp, lstat */
#include "driver.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static bool to_stdout(const char *path)
{
    return !path || !strcmp(path, "-");
}

/* realpath's answer (from malloc), copied into the arena. */
static char *arena_path(char *real)
{
    char *p = yc_strdup(real);
    free(real);
    return p;
}

/* ---- which file a path names ---- */

typedef struct Place {
    bool exists;
    struct stat st;
    const char *name;       /* canonical: the directory resolved, for paths not there yet */
} Place;

/* The canonical name of a path that need not exist: its directory
   resolved, its last component kept. */
static const char *canonical(const char *path)
{
    char *real = realpath(path, NULL);
    if (real)
        return arena_path(real);
    const char *slash = strrchr(path, '/');
    char *dir = slash ? yc_strndup(path, slash == path ? 1 : (size_t)(slash - path)) : ".";
    char *rdir = realpath(dir, NULL);
    if (!rdir)
        return path;
    return yc_format("%s/%s", arena_path(rdir), slash ? slash + 1 : path);
}

/* `path`, or standard input/output (fd) for "-". */
static Place place_of(const char *path, int fd)
{
    Place p = { 0 };
    if (to_stdout(path)) {
        p.exists = fstat(fd, &p.st) == 0;
        p.name = fd ? "<stdout>" : "<stdin>";
        return p;
    }
    p.exists = stat(path, &p.st) == 0;
    p.name = canonical(path);
    return p;
}

/* Would writing one overwrite the other?  Only a regular file can be lost:
   two names for one terminal or FIFO are harmless. */
static bool same_file(const Place *a, const Place *b)
{
    if (a->exists && b->exists)
        return S_ISREG(a->st.st_mode) && a->st.st_dev == b->st.st_dev && a->st.st_ino == b->st.st_ino;
    return !a->exists && !b->exists && strcmp(a->name, "<stdout>") && !strcmp(a->name, b->name);
}

/* "the output 'x.c'", or "standard output" */
static const char *shown(const OutFile *f)
{
    return to_stdout(f->path) ? "standard output" : yc_format("the %s '%s'", f->what, f->path);
}

int output_check(const char *input, const OutFile *outs, int n)
{
    Place in = place_of(input, 0);
    Place *places = yc_alloc((size_t)n * sizeof *places);
    for (int i = 0; i < n; i++) {
        places[i] = place_of(outs[i].path, 1);
        if (places[i].exists && S_ISDIR(places[i].st.st_mode)) {
            fprintf(stderr, "yieldc: error: the %s '%s' is a directory\n", outs[i].what, outs[i].path);
            return 2;
        }
        if (in.exists && same_file(&places[i], &in)) {
            fprintf(stderr, "yieldc: error: %s is the input file%s: it would be overwritten\n",
                    shown(&outs[i]), strcmp(input, "-") ? yc_format(" '%s'", input) : " (standard input)");
            return 2;
        }
        for (int k = 0; k < i; k++)
            if (same_file(&places[i], &places[k])) {
                fprintf(stderr, "yieldc: error: %s and %s are the same file\n", shown(&outs[k]), shown(&outs[i]));
                return 2;
            }
    }
    return 0;
}

/* ---- temporary files, removed on failure and on a signal ---- */

enum { MAX_TEMPS = 8 };
static char *temps[MAX_TEMPS];
static volatile sig_atomic_t ntemps;

static void remove_temps(void)
{
    for (int i = 0; i < ntemps; i++)
        if (temps[i])
            unlink(temps[i]);
    ntemps = 0;
}

static void on_signal(int sig)
{
    remove_temps();
    signal(sig, SIG_DFL);
    raise(sig);
}

static void catch_signals(void)
{
    static const int sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGPIPE };
    for (size_t i = 0; i < sizeof sigs / sizeof *sigs; i++)
        signal(sigs[i], on_signal);
}

static bool write_all(int fd, const Buf *text)
{
    const char *p = text->data ? text->data : "";
    size_t left = text->len;
    while (left > 0) {
        ssize_t k = write(fd, p, left);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0)
            return false;
        p += k;
        left -= (size_t)k;
    }
    return true;
}

/* A temporary file beside `path` holding `text`, with `mode`; NULL on failure. */
static char *write_temp(const char *path, const Buf *text, mode_t mode)
{
    char *tmp = yc_format("%s.yieldc-XXXXXX", path);
    sigset_t all, old;
    sigfillset(&all);
    sigprocmask(SIG_BLOCK, &all, &old);     /* a signal between these two finds it listed */
    int fd = mkstemp(tmp);
    if (fd >= 0 && ntemps < MAX_TEMPS)
        temps[ntemps++] = tmp;
    sigprocmask(SIG_SETMASK, &old, NULL);
    if (fd < 0)
        return NULL;
    bool ok = write_all(fd, text) && fchmod(fd, mode) == 0;
    int err = errno;
    ok = close(fd) == 0 && ok;
    if (!ok) {
        unlink(tmp);
        errno = err;
        return NULL;
    }
    return tmp;
}

/* Does the regular file at `path`, of `size` bytes, hold exactly `text`? */
static bool holds(const char *path, off_t size, const Buf *text)
{
    if ((size_t)size != text->len)
        return false;
    FILE *f = fopen(path, "rb");
    if (!f)
        return false;
    char chunk[65536];
    size_t at = 0, k;
    bool same = true;
    while (same && (k = fread(chunk, 1, sizeof chunk, f)) > 0) {
        same = at + k <= text->len && !memcmp(chunk, text->data + at, k);
        at += k;
    }
    same = same && !ferror(f) && at == text->len;
    fclose(f);
    return same;
}

/* ---- writing ---- */

typedef struct Pending {
    const OutFile *f;
    const char *target;     /* the file replaced: a symlink's target, not the link */
    char *tmp;              /* to be renamed over target; NULL: nothing to rename */
    bool in_place;          /* not a regular file: written through */
} Pending;

static bool fail(const char *path, int err)
{
    fprintf(stderr, "yieldc: error: cannot write '%s': %s\n", path, strerror(err));
    return false;
}

/* The temporary file for one output, unless it is written in place or
   already holds the text. */
static bool prepare(Pending *p)
{
    struct stat st;
    p->target = p->f->path;
    if (lstat(p->target, &st) == 0 && S_ISLNK(st.st_mode)) {
        char *real = realpath(p->target, NULL);
        if (real)
            p->target = arena_path(real);
    }
    mode_t mode;
    if (stat(p->target, &st) == 0) {
        if (!S_ISREG(st.st_mode)) {
            p->in_place = true;
            return true;
        }
        if (holds(p->target, st.st_size, p->f->text))
            return true;
        mode = st.st_mode & 0777;
    } else {
        mode_t mask = umask(0);
        umask(mask);
        mode = 0666 & ~mask;
    }
    p->tmp = write_temp(p->target, p->f->text, mode);
    return p->tmp || fail(p->f->path, errno);
}

static bool write_in_place(const Pending *p)
{
    int fd = open(p->target, O_WRONLY | O_TRUNC | O_NOCTTY);
    if (fd < 0)
        return fail(p->f->path, errno);
    bool ok = write_all(fd, p->f->text);
    int err = errno;
    ok = close(fd) == 0 && ok;
    return ok || fail(p->f->path, err);
}

static bool write_stdout(const Buf *text)
{
    fwrite(text->data ? text->data : "", 1, text->len, stdout);
    if (fflush(stdout) != 0)
        return fail("<stdout>", errno);
    return true;
}

/* All temporary files first; then the files written in place (devices)
   and standard output; then each temporary renamed into place, in the
   order given.  An error before the renames leaves every file as it was. */
bool output_write(const OutFile *outs, int n)
{
    catch_signals();
    Pending *ps = yc_alloc((size_t)n * sizeof *ps);
    bool ok = true;
    for (int i = 0; i < n && ok; i++) {
        ps[i].f = &outs[i];
        ok = to_stdout(outs[i].path) || prepare(&ps[i]);
    }
    for (int i = 0; i < n && ok; i++)
        if (ps[i].in_place)
            ok = write_in_place(&ps[i]);
    for (int i = 0; i < n && ok; i++)
        if (to_stdout(outs[i].path))
            ok = write_stdout(outs[i].text);
    for (int i = 0; i < n && ok; i++)
        if (ps[i].tmp && rename(ps[i].tmp, ps[i].target) != 0)
            ok = fail(outs[i].path, errno);
    if (!ok) {
        remove_temps();
        return false;
    }
    ntemps = 0;
    return true;
}
