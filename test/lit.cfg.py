# lit configuration for yieldc's tests.
#   shape/     the generated code   (RUN: %yieldc %s -o - | %nochecks | FileCheck %s)
#   run/       compiled and run with gcc and clang, output checked
#   diag/      bad input: `not %yieldc`, the diagnostics checked
#   from/      yield from: delegation, recursion, frames
#   expr/      yield in expressions, send
#   examples/  every program in examples/, built and run
import os
import sys
import lit.formats

config.name = "yieldc"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".c", ".test"]
config.excludes = ["Inputs", "CMakeLists.txt", "lit.cfg.py", "lit.site.cfg.py.in"]
config.test_source_root = os.path.dirname(__file__)
# test_exec_root: the build tree (lit.site.cfg.py)

cflags = "-std=c11 -Wall -Wextra -Werror -I" + config.yc_runtime_dir
config.substitutions.append(("%yieldc", config.yieldc))
config.substitutions.append(("%gcc", config.gcc))
config.substitutions.append(("%clang", config.clang))
config.substitutions.append(("%cflags", cflags))
# The output repeats INPUT's comments, FileCheck directives included: a test
# that checks generated code must drop them first, or it checks itself.
config.substitutions.append(("%nochecks", "sed -E -e '\\#//[ ]*[A-Z][A-Z0-9_-]*:#d'"))
config.substitutions.append(("%examples", os.path.join(config.yc_source_dir, "examples")))
# %check-run FILE.c: transform, build with gcc and with clang, run both
# binaries; prints the gcc binary's output and fails if clang's differs.
config.substitutions.append(
    ("%check-run", os.path.join(config.yc_source_dir, "test", "check-run.sh")))
config.substitutions.append(("FileCheck", config.filecheck))
# lit's `not --crash` is LLVM's `not`, beside FileCheck
config.environment["PATH"] = os.pathsep.join(
    [os.path.dirname(config.filecheck), config.environment.get("PATH", os.environ.get("PATH", ""))])
config.environment["YIELDC"] = config.yieldc
config.environment["YC_CC_GCC"] = config.gcc
config.environment["YC_CC_CLANG"] = config.clang
config.environment["YC_CFLAGS"] = cflags
config.substitutions.append(("%python", sys.executable))
# A tool built with -DYC_SANITIZE=ON reports leaks, less libclang's own.
if getattr(config, "yc_sanitize", "OFF").upper() in ("ON", "1", "TRUE", "YES"):
    config.available_features.add("yc-sanitize")
    config.environment["ASAN_OPTIONS"] = "detect_leaks=1:abort_on_error=0"
    config.environment["LSAN_OPTIONS"] = "suppressions=%s:print_suppressions=0" % os.path.join(
        config.yc_source_dir, "test", "lsan.supp")
    config.environment["UBSAN_OPTIONS"] = "print_stacktrace=1:halt_on_error=1"
