"""make.py DIR N: N files mK.c, each with a public generator genK (with a
send type), and main.c that includes every mK.h and drives each."""
import os
import sys

d, n = sys.argv[1], int(sys.argv[2])
for k in range(n):
    with open(os.path.join(d, "m%d.c" % k), "w") as f:
        f.write("#include <yieldc.h>\n"
                "generator(int, int) int gen%d(int n)\n{\n    int s = 0;\n"
                "    for (int i = 0; i < n; i++)\n        s += yield i + %d;\n    return s;\n}\n" % (k, k))
with open(os.path.join(d, "main.c"), "w") as f:
    f.write("#include <stdio.h>\n")
    for k in range(n):
        f.write('#include "m%d.h"\n' % k)
    f.write("int main(void)\n{\n    long total = 0;\n")
    for k in range(n):
        f.write("    {\n        struct gen%d g = gen%d(3);\n        while (yc_send(&g, 1))\n"
                "            total += yc_value(&g);\n        total += yc_result(&g);\n    }\n" % (k, k))
    f.write('    printf("total %ld\\n", total);\n    return 0;\n}\n')
