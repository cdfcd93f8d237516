# yieldcGenerate.cmake -- yieldc_generate(), for projects that use yieldc:
# from the installed package (find_package(yieldc)) or from the source tree
# (add_subdirectory, FetchContent); both include this file.
#
#   yieldc_generate(<target> SOURCES <src>... [HEADERS] [ARGS <clang-arg>...])
#
# Transforms each <src> (generators written with `generator(...)` and
# `yield`) with yieldc into ${CMAKE_CURRENT_BINARY_DIR}/yieldc_<target>/,
# under the same relative path and file name, and adds the output to
# <target>'s sources.  <target> gets the runtime header through the usage
# requirements of yieldc::runtime.  The parse sees what the compiler will:
# CMAKE_C_FLAGS and those of the configuration built (CMAKE_C_FLAGS_RELEASE's
# -DNDEBUG...), <target>'s C standard (C_STANDARD, C_EXTENSIONS), compile
# options, include directories and compile definitions (generator
# expressions, evaluated at build time), then ARGS.  Each output is
# compiled with -iquote of its source's directory, so that the source's
# `#include "x.h"` of a header beside it still finds it from the build
# tree.  A dependency file (-MD, DEPFILE) makes the build
# run yieldc again when a header the source includes changes (Ninja, and
# Makefiles from CMake 3.20); an output that comes out the same is left
# untouched, so nothing after it is rebuilt.
#
# HEADERS: also write <stem>.h beside each output (`yieldc --header`), for
# other files that use its generators; that directory is added to <target>'s
# include directories (PUBLIC), and each source's run waits for the headers
# of the sources listed before it, so list a source after those whose
# headers it includes.
include_guard(GLOBAL)
cmake_policy(VERSION 3.13...3.28)

# Make has no "restat": an output yieldc left untouched (same content) would
# stay older than its source, and make would run yieldc again on every build.
# So the rule makes a stamp, touched on each run, and the outputs are its
# byproducts: what is compiled from them sees their own time stamps.
macro(_yieldc_make_rule)
  set(stamp "${out}.stamp")
  if(CMAKE_VERSION VERSION_LESS 3.20)
    set(deps IMPLICIT_DEPENDS C "${abs}")    # no DEPFILE there: CMake's own scan
  else()
    set(deps DEPFILE "${out}.d")
  endif()
  add_custom_command(OUTPUT "${stamp}"
    BYPRODUCTS ${outputs}
    COMMAND yieldc::yieldc ${cmd} -MQ "${stamp}" -- ${flags} ${YC_ARGS}
    COMMAND "${CMAKE_COMMAND}" -E touch "${stamp}"
    DEPENDS "${abs}" yieldc::yieldc ${earlier}
    ${deps}
    COMMENT "yieldc: transforming ${rel}"
    COMMAND_EXPAND_LISTS VERBATIM)
  target_sources(${target} PRIVATE "${stamp}" ${outputs})
  if(YC_HEADERS)
    list(APPEND earlier "${stamp}")     # a byproduct has no rule of its own
  endif()
endmacro()

function(yieldc_generate target)
  cmake_parse_arguments(PARSE_ARGV 1 YC "HEADERS" "" "SOURCES;ARGS")
  if(YC_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "yieldc_generate: unknown arguments: ${YC_UNPARSED_ARGUMENTS}")
  endif()
  if(NOT TARGET ${target})
    message(FATAL_ERROR "yieldc_generate: '${target}' is not a target")
  endif()
  if(NOT YC_SOURCES)
    message(FATAL_ERROR "yieldc_generate: no SOURCES given")
  endif()
  if(NOT TARGET yieldc::yieldc OR NOT TARGET yieldc::runtime)
    message(FATAL_ERROR "yieldc_generate: targets yieldc::yieldc and yieldc::runtime are missing "
                        "(find_package(yieldc) or add_subdirectory(yieldc) first)")
  endif()
  cmake_policy(PUSH)
  if(POLICY CMP0116)
    cmake_policy(SET CMP0116 NEW)   # DEPFILE paths as Ninja reads them (ours are absolute)
  endif()

  set(gendir "${CMAKE_CURRENT_BINARY_DIR}/yieldc_${target}")
  # the flags the compiler gets, for the parse: CMake's own for C and for
  # the configuration built, the target's standard, options, include
  # directories and definitions
  separate_arguments(flags NATIVE_COMMAND "${CMAKE_C_FLAGS}")
  set(configs Debug Release RelWithDebInfo MinSizeRel ${CMAKE_CONFIGURATION_TYPES} ${CMAKE_BUILD_TYPE})
  list(REMOVE_DUPLICATES configs)
  foreach(config IN LISTS configs)
    string(TOUPPER "${config}" upper)
    separate_arguments(config_flags NATIVE_COMMAND "${CMAKE_C_FLAGS_${upper}}")
    foreach(flag IN LISTS config_flags)
      list(APPEND flags "$<$<CONFIG:${config}>:${flag}>")
    endforeach()
  endforeach()
  set(std "$<TARGET_PROPERTY:${target},C_STANDARD>")
  set(ext "$<TARGET_PROPERTY:${target},C_EXTENSIONS>")
  set(incs "$<TARGET_PROPERTY:${target},INCLUDE_DIRECTORIES>")
  set(defs "$<TARGET_PROPERTY:${target},COMPILE_DEFINITIONS>")
  list(APPEND flags
    "$<$<BOOL:${std}>:-std=$<IF:$<OR:$<STREQUAL:${ext},>,$<BOOL:${ext}>>,gnu,c>$<IF:$<STREQUAL:${std},23>,2x,${std}>>"
    "$<TARGET_PROPERTY:${target},COMPILE_OPTIONS>"
    "$<$<BOOL:${incs}>:-I$<JOIN:${incs},$<SEMICOLON>-I>>"
    "$<$<BOOL:${defs}>:-D$<JOIN:${defs},$<SEMICOLON>-D>>")
  if(YC_HEADERS)
    list(APPEND flags "-I${gendir}")
  endif()

  set(earlier)    # what the next run waits for: the headers written before
  foreach(src IN LISTS YC_SOURCES)
    get_filename_component(abs "${src}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
    file(RELATIVE_PATH rel "${CMAKE_CURRENT_SOURCE_DIR}" "${abs}")
    if(rel MATCHES "^\\.\\./")
      get_filename_component(rel "${abs}" NAME)     # from outside the directory
    endif()
    set(out "${gendir}/${rel}")
    get_filename_component(outdir "${out}" DIRECTORY)
    file(MAKE_DIRECTORY "${outdir}")
    # its quoted includes from the source's directory, as if compiled there
    get_filename_component(srcdir "${abs}" DIRECTORY)
    if(CMAKE_VERSION VERSION_LESS 3.18)
      set_property(SOURCE "${out}" APPEND PROPERTY COMPILE_OPTIONS "-iquote" "${srcdir}")
    else()  # (where the target is, whichever directory calls this)
      set_property(SOURCE "${out}" TARGET_DIRECTORY ${target} APPEND PROPERTY COMPILE_OPTIONS
                   "-iquote" "${srcdir}")
    endif()
    set(outputs "${out}")
    set(cmd "${abs}" -o "${out}" -MD -MF "${out}.d")
    if(YC_HEADERS)
      string(REGEX REPLACE "\\.[^./]*$" "" stem "${out}")
      list(APPEND outputs "${stem}.h")
      list(APPEND cmd --header "${stem}.h")
    endif()

    if(CMAKE_GENERATOR MATCHES "Makefiles")
      _yieldc_make_rule()
    else()
      set(deps)
      if(CMAKE_GENERATOR MATCHES "Ninja")
        set(deps DEPFILE "${out}.d")
      endif()
      add_custom_command(OUTPUT ${outputs}
        COMMAND yieldc::yieldc ${cmd} -- ${flags} ${YC_ARGS}
        DEPENDS "${abs}" yieldc::yieldc ${earlier}
        ${deps}
        COMMENT "yieldc: transforming ${rel}"
        COMMAND_EXPAND_LISTS VERBATIM)
      target_sources(${target} PRIVATE ${outputs})
      if(YC_HEADERS)
        list(APPEND earlier "${stem}.h")
      endif()
    endif()
  endforeach()

  if(YC_HEADERS)
    target_include_directories(${target} PUBLIC "$<BUILD_INTERFACE:${gendir}>")
  endif()
  # The runtime header, without target_link_libraries (whose plain and
  # keyword signatures may not be mixed on one target).
  get_target_property(links ${target} LINK_LIBRARIES)
  if(NOT "yieldc::runtime" IN_LIST links)
    set_property(TARGET ${target} APPEND PROPERTY LINK_LIBRARIES yieldc::runtime)
    get_target_property(type ${target} TYPE)
    if(NOT type STREQUAL "EXECUTABLE")
      set_property(TARGET ${target} APPEND PROPERTY INTERFACE_LINK_LIBRARIES yieldc::runtime)
    endif()
  endif()
  cmake_policy(POP)
endfunction()
