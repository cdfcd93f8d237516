/*
 * event_loop.c -- the tutorial's later steps in C: an event loop running
 * tasks (generators of different types, through yc_handle), where a task
 * waits on a future -- a timer, or a file descriptor becoming readable
 * (poll) -- spawns tasks and collects their results.  The scheduler is part
 * of this example, not of the runtime: yieldc gives the coroutines, the
 * program decides how to run them.
 *
 * The program: a producer writes numbered lines into a non-blocking pipe, a
 * few milliseconds apart; a consumer reads whatever has arrived, splits it
 * into lines and adds the numbers up; a ticker runs beside them on a timer;
 * the main task spawns all three, waits for each and prints their results.
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <yieldc.h>

/* ---- the scheduler ---- */

enum wait { READY, WAIT_TIMER, WAIT_READ, WAIT_TASK, FINISHED };

struct task {
    struct yc_gen gen;      /* the coroutine, whatever its type */
    const char *name;
    enum wait wait;         /* the future it waits on */
    long long wake_at;      /* WAIT_TIMER: when, in ms */
    int fd;                 /* WAIT_READ: which fd */
    struct task *joined;    /* WAIT_TASK: which task */
};

struct loop {
    struct task tasks[8];
    int ntasks;
    struct task *current;   /* the task being resumed */
};

static long long now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000LL + ts.tv_nsec / 1000000;
}

/* Registers a generator that the caller owns (its frame must stay put). */
static struct task *spawn(struct loop *L, struct yc_gen gen, const char *name)
{
    struct task *t = &L->tasks[L->ntasks++];
    *t = (struct task){ .gen = gen, .name = name, .wait = READY };
    return t;
}

/* Is t's future done? */
static bool ready(struct task *t, long long now, const struct pollfd *pfd)
{
    switch (t->wait) {
    case READY: return true;
    case WAIT_TIMER: return now >= t->wake_at;
    case WAIT_READ: return pfd && (pfd->revents & (POLLIN | POLLHUP));
    case WAIT_TASK: return t->joined->wait == FINISHED;
    default: return false;
    }
}

/* Runs until every task has finished. */
static void run(struct loop *L)
{
    for (;;) {
        struct pollfd fds[8];
        int nfds = 0, live = 0;
        long long now = now_ms(), next = -1;
        for (int i = 0; i < L->ntasks; i++) {
            struct task *t = &L->tasks[i];
            live += t->wait != FINISHED;
            if (t->wait == WAIT_READ)
                fds[nfds++] = (struct pollfd){ .fd = t->fd, .events = POLLIN };
            if (t->wait == WAIT_TIMER && (next < 0 || t->wake_at < next))
                next = t->wake_at;
        }
        if (!live)
            return;
        bool any_ready = false;
        for (int i = 0; i < L->ntasks && !any_ready; i++)
            any_ready = L->tasks[i].wait != FINISHED && L->tasks[i].wait != WAIT_READ &&
                        ready(&L->tasks[i], now, NULL);
        int timeout = any_ready ? 0 : next < 0 ? -1 : (int)(next > now ? next - now : 0);
        if (poll(fds, (nfds_t)nfds, timeout) < 0 && errno != EINTR)
            return;
        now = now_ms();
        for (int i = 0, k = 0; i < L->ntasks; i++) {
            struct task *t = &L->tasks[i];
            const struct pollfd *pfd = t->wait == WAIT_READ ? &fds[k++] : NULL;
            if (t->wait == FINISHED || !ready(t, now, pfd))
                continue;
            t->wait = READY;
            L->current = t;
            if (!yc_gen_next(t->gen))
                t->wait = FINISHED;
        }
    }
}

/* ---- futures: each sets what the current task waits on, then yields ---- */

generator(void) void sleep_ms(struct loop *L, int ms)
{
    L->current->wait = WAIT_TIMER;
    L->current->wake_at = now_ms() + ms;
    yield;
}

generator(void) void readable(struct loop *L, int fd)
{
    L->current->wait = WAIT_READ;
    L->current->fd = fd;
    yield;
}

generator(void) void join(struct loop *L, struct task *t)
{
    while (t->wait != FINISHED) {
        L->current->wait = WAIT_TASK;
        L->current->joined = t;
        yield;
    }
}

/* ---- the tasks ---- */

/* Writes lines 1..n, a few ms apart; returns how many bytes it wrote. */
generator(void) int producer(struct loop *L, int fd, int n)
{
    int bytes = 0;
    for (int i = 1; i <= n; i++) {
        char line[32];
        int len = snprintf(line, sizeof line, "%d\n", i);
        bytes += (int)write(fd, line, (size_t)len);
        printf("producer: sent %d\n", i);
        yield from sleep_ms(L, 3);
    }
    close(fd);
    return bytes;
}

/* Reads lines until end of file; returns the sum of their numbers. */
generator(void) long consumer(struct loop *L, int fd)
{
    long sum = 0;
    char buf[64];
    int have = 0;
    for (;;) {
        yield from readable(L, fd);
        ssize_t n = read(fd, buf + have, sizeof buf - 1 - (size_t)have);
        if (n == 0)
            break;
        if (n < 0)
            continue;       /* EAGAIN: nothing after all */
        have += (int)n;
        buf[have] = '\0';
        char *line = buf, *nl;
        while ((nl = strchr(line, '\n'))) {
            *nl = '\0';
            printf("consumer: got %s\n", line);
            sum += atol(line);
            line = nl + 1;
        }
        have = (int)strlen(line);
        memmove(buf, line, (size_t)have + 1);
    }
    close(fd);
    return sum;
}

generator(void) int ticker(struct loop *L, int times)
{
    int ticks = 0;
    while (ticks < times) {
        yield from sleep_ms(L, 5);
        ticks++;
    }
    return ticks;
}

/* Spawns the others, waits for each, collects their results. */
generator(void) int main_task(struct loop *L)
{
    int fds[2];
    if (pipe(fds) < 0)
        return 1;
    fcntl(fds[0], F_SETFL, O_NONBLOCK);
    struct producer p = producer(L, fds[1], 5);
    struct consumer c = consumer(L, fds[0]);
    struct ticker k = ticker(L, 4);
    struct task *tp = spawn(L, yc_handle(&p), "producer");
    struct task *tc = spawn(L, yc_handle(&c), "consumer");
    struct task *tk = spawn(L, yc_handle(&k), "ticker");
    yield from join(L, tp);
    yield from join(L, tc);
    yield from join(L, tk);
    printf("main: producer wrote %d bytes, consumer summed %ld, ticker ticked %d times\n",
           yc_result(&p), yc_result(&c), yc_result(&k));
    return 0;
}

int main(void)
{
    struct loop L = { .ntasks = 0 };
    struct main_task m = main_task(&L);
    spawn(&L, yc_handle(&m), "main");
    run(&L);
    printf("loop: all tasks finished, main returned %d\n", yc_result(&m));
    return 0;
}
