#define LOCAL_LIMIT 3
