/* Calls helper, defined in gen2.c, a file with generators. */
int helper(int x);
int twice(int x) { return helper(x) * 2; }
