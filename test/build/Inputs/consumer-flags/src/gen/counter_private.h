/* beside counter.c: found from the build tree too */
#define STEP 1
