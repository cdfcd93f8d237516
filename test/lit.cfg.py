# lit configuration for yieldc's tests (see test/README.md).
#   shape/     the generated code   (RUN: %yieldc %s -o - | %nochecks | FileCheck %s;
#              CHECK lines from scripts/update-shape-checks.py)
#   run/       compiled and run with gcc and clang, output checked
#   diag/      bad input: `not %yieldc`, the diagnostics checked
#   cli/       the command line: options, outputs, dependency files
#   build/     yieldc installed and used by CMake, Make and Meson projects
#   debug/     gdb on generated code: lines, the pretty-printers and commands
#   real/      programs written as real projects write C (macros, cleanups, flags)
#   examples/  every program in examples/, built and run
#   ide/       editors: yieldc-clangd (clangd on annotated sources), --ide-view
# Each file's name begins with the feature it covers (expr-, from-, ...).
# lit finds every folder below this one: a new one needs no entry here.
import os
import shutil
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
# %check-run [--sanitize] [--any-order] FILE.c: transform, build with gcc and with clang, run all
# (--sanitize: under ASan+UBSan too);
# binaries; prints the gcc binary's output and fails if clang's differs.
config.substitutions.append(
    ("%check-run", os.path.join(config.yc_source_dir, "test", "check-run.sh")))
# %same-output A B...: yieldc's outputs A, B... are the same but for the
# name each gives itself in its own #line directives (its -o name)
config.substitutions.append(
    ("%same-output", os.path.join(config.yc_source_dir, "test", "same-output.sh")))
config.substitutions.append(("FileCheck", config.filecheck))
# build/: the installed package, built by other projects
config.substitutions.append(("%yc_build_dir", config.yc_build_dir))
config.substitutions.append(("%yc_source_dir", config.yc_source_dir))
config.substitutions.append(("%yc_version", config.yc_version))
config.substitutions.append(("%cmake", config.cmake))
config.substitutions.append(("%python", config.python))
# Tools the build tests need: scripts/setup.sh installs them all (CI runs
# every test); elsewhere a test whose tool is missing is skipped.
for tool in ["ninja", "make", "meson", "pkg-config", "man", "groff", "gdb", "cppcheck", "clang-tidy", "clangd"]:
    if shutil.which(tool):
        config.available_features.add(tool)
# lit's `not --crash` is LLVM's `not`, beside FileCheck
config.environment["PATH"] = os.pathsep.join(
    [os.path.dirname(config.filecheck), config.environment.get("PATH", os.environ.get("PATH", ""))])
# %python: the Python that runs lit (for the scripts in Inputs/ folders);
# `dot`: Graphviz is installed (the --graph tests render with it).
import shutil
import sys
config.substitutions.append(("%python", sys.executable))
if shutil.which("dot"):
    config.available_features.add("dot")
config.environment["YIELDC"] = config.yieldc
# ide/: the editors' server as built (beside the tool), and a scripted editor
config.substitutions.append(("%yc_clangd", os.path.join(os.path.dirname(config.yieldc), "yieldc-clangd")))
config.substitutions.append(
    ("%lsp_client", sys.executable + " " + os.path.join(config.yc_source_dir, "test", "ide", "lsp_client.py")))
config.environment["YC_CC_GCC"] = config.gcc
config.environment["YC_CC_CLANG"] = config.clang
config.environment["YC_CFLAGS"] = cflags

# glib, for the tests of its autoptr cleanups with the real headers (test/real/)
import shutil
import subprocess
def pkg_config(args):
    try:
        return subprocess.run(["pkg-config"] + args, capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None
glib_cflags = pkg_config(["--cflags", "glib-2.0"])
glib_libs = pkg_config(["--libs", "glib-2.0"])
if glib_cflags is not None and glib_libs is not None:
    config.available_features.add("glib")
    config.substitutions.append(("%glib_cflags", glib_cflags))
    config.substitutions.append(("%glib_libs", glib_libs))
# the user's environment must not change what the tests see
for var in ["YIELDC_INCLUDE", "NO_COLOR", "PKG_CONFIG_PATH", "CMAKE_GENERATOR", "MAKEFLAGS"]:
    config.environment.pop(var, None)
# A tool built with -DYC_SANITIZE=ON reports leaks, less libclang's own.
if getattr(config, "yc_sanitize", "OFF").upper() in ("ON", "1", "TRUE", "YES"):
    config.available_features.add("yc-sanitize")
    config.environment["ASAN_OPTIONS"] = "detect_leaks=1:abort_on_error=0"
    config.environment["LSAN_OPTIONS"] = "suppressions=%s:print_suppressions=0" % os.path.join(
        config.yc_source_dir, "test", "lsan.supp")
    config.environment["UBSAN_OPTIONS"] = "print_stacktrace=1:halt_on_error=1"
