/* Cleanup helpers spelled as systemd spells them (src/fundamental/macro-fundamental.h,
   src/basic/alloc-util.h, fd-util.h), with a trace of each call. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#define _cleanup_(x) __attribute__((__cleanup__(x)))

static inline void *mfree(void *memory)
{
    if (memory)
        printf("free %s\n", (const char *)memory);
    free(memory);
    return NULL;
}

static inline void freep(void *p)
{
    *(void **)p = mfree(*(void **)p);
}
#define _cleanup_free_ _cleanup_(freep)

static inline int safe_close(int fd)
{
    if (fd >= 0) {
        printf("close fd\n");
        close(fd);
    }
    return -1;
}

static inline void closep(int *fd)
{
    *fd = safe_close(*fd);
}
#define _cleanup_close_ _cleanup_(closep)

#define DEFINE_TRIVIAL_CLEANUP_FUNC(type, func)     \
    static inline void func##p(type *p)             \
    {                                               \
        if (*p)                                     \
            *p = func(*p);                          \
    }
