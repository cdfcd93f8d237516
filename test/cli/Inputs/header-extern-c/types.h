typedef struct point { int x, y; } point;
