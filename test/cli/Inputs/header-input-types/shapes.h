#ifndef SHAPES_H
#define SHAPES_H
struct shape { int w, h; };
#endif
