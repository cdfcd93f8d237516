# What `cmake --install` puts under the prefix: the tool, the runtime
# header, the CMake package (imported targets yieldc::yieldc and
# yieldc::runtime, and yieldc_generate), a pkg-config file, the man page,
# the editors' server yieldc-clangd,
# gdb's pretty-printers and the license.  Every path inside them is relative to the prefix, so the
# installed tree may be moved.
include(CMakePackageConfigHelpers)

install(TARGETS yieldc EXPORT yieldcTargets RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(PROGRAMS ide/yieldc-clangd DESTINATION ${CMAKE_INSTALL_BINDIR})
install(TARGETS yieldc_runtime EXPORT yieldcTargets)
install(FILES runtime/include/yieldc.h DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/yieldc)
# gdb's support: `source` it (pkg-config --variable=gdbscript yieldc)
install(FILES runtime/gdb/yieldc_gdb.py DESTINATION ${CMAKE_INSTALL_DATADIR}/yieldc/gdb)

set(YC_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/yieldc)
install(EXPORT yieldcTargets NAMESPACE yieldc:: DESTINATION ${YC_CMAKE_DIR})
configure_package_config_file(cmake/yieldcConfig.cmake.in ${PROJECT_BINARY_DIR}/yieldcConfig.cmake
  INSTALL_DESTINATION ${YC_CMAKE_DIR})
# 0.x: a minor version may change what the tool writes (0.2 needs 0.2.*)
write_basic_package_version_file(${PROJECT_BINARY_DIR}/yieldcConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/yieldcConfig.cmake ${PROJECT_BINARY_DIR}/yieldcConfigVersion.cmake
  cmake/yieldcGenerate.cmake DESTINATION ${YC_CMAKE_DIR})

file(RELATIVE_PATH YC_PC_PREFIX ${CMAKE_INSTALL_FULL_LIBDIR}/pkgconfig ${CMAKE_INSTALL_PREFIX})
string(REGEX REPLACE "/$" "" YC_PC_PREFIX "${YC_PC_PREFIX}")
configure_file(cmake/yieldc.pc.in ${PROJECT_BINARY_DIR}/yieldc.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/yieldc.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)

install(FILES docs/yieldc.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES LICENSE README.md CHANGELOG.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
