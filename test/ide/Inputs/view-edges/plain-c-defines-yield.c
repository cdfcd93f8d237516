#include <sched.h>
#define yield sched_yield
#define RELAX yield
int main(void)
{
    RELAX();
    return 0;
}
