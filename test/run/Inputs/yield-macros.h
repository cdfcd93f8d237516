/* Macros that write yields, from a header: for macro-yields-past-error-limit.c */
#define HDR_Y4 v += yield v + 1; v += yield v + 1; v += yield v + 1; v += yield v + 1;
#define HDR_Y20 HDR_Y4 HDR_Y4 HDR_Y4 HDR_Y4 HDR_Y4
