#define ODD 1
