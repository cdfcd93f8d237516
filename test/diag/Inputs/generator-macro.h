/* a project header's macro that writes generator(...) */
#define HGEN(T) static generator(T)
