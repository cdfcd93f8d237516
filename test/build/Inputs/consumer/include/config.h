/* Read by pipeline.c's parse: the build tests flip USE_SQUARES. */
#ifndef CONFIG_H
#define CONFIG_H
#define USE_SQUARES 0
#endif
