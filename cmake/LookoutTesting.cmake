# SPDX-License-Identifier: GPL-3.0-or-later
# Test helpers. Every test runs hermetic: offscreen Qt, GDAL/PROJ data from the system packages,
# the real sample data in ../shared/data, and no network but loopback.
find_package(GTest REQUIRED)

set(LOOKOUT_TEST_ENVIRONMENT
  QT_QPA_PLATFORM=offscreen
  GDAL_DATA=/usr/share/gdal
  PROJ_DATA=/usr/share/proj
  PROJ_NETWORK=OFF
  LC_ALL=C.UTF-8
  TZ=UTC)

# lookout_add_gtest(NAME name SOURCES ... LIBRARIES ... LABELS ...)
# One executable per area linked with the shared main (tests/main_gtest.cpp).
function(lookout_add_gtest)
  cmake_parse_arguments(ARG "" "NAME" "SOURCES;LIBRARIES;LABELS" ${ARGN})
  add_executable(${ARG_NAME} ${ARG_SOURCES})
  target_link_libraries(${ARG_NAME} PRIVATE lookout_test_main ${ARG_LIBRARIES} GTest::gtest)
  lookout_set_warnings(${ARG_NAME})
  add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME} --gtest_color=no)
  set_tests_properties(${ARG_NAME} PROPERTIES LABELS "${ARG_LABELS}"
                       ENVIRONMENT "${LOOKOUT_TEST_ENVIRONMENT}" TIMEOUT 600)
endfunction()
