# SPDX-License-Identifier: GPL-3.0-or-later
# The layering the situation rests on, checked on every test run (cmake -P, SOURCE_DIR set):
# - no file under qml/ includes a store/ or analysis/ header: views read the situation;
# - in app/, only the composition root and the CLI commands do (the list below); the presenters
#   of the situation (scenario*.cpp, *scenario.cpp) never;
# - the store does not link analysis (reading checks run in the ingest path above both).
# A failure names the file and the line.
cmake_minimum_required(VERSION 3.25)
set(composition_and_cli
  main.cpp scenarioactions.h scenarioactions.cpp feedworker.cpp recordwriter.h recordwriter.cpp workspacelayers.h workspacelayers.cpp
  incidentareas.h incidentareas.cpp demoworkspace.h demoworkspace.cpp demoexercises.h demoexercises.cpp
  demoreports.h demoreports.cpp demoresources.h demoresources.cpp inventoryareas.h inventoryareas.cpp resourceactions.h resourceactions.cpp reportactions.h reportactions.cpp capissuing.h capissuing.cpp capcommands.h capcommands.cpp reportcommands.h reportcommands.cpp reviewbuilding.h reviewbuilding.cpp servercommands.h servercommands.cpp
  datacommands.h datacommands.cpp dutycommands.h dutycommands.cpp recordcommands.h recordcommands.cpp
  workspacecommands.h workspacecommands.cpp workspacepush.h workspacepush.cpp recordnotices.h recordnotices.cpp situationcommand.h situationcommand.cpp
  seatsignin.h seatsignin.cpp
  plancommands.h plancommands.cpp resourcecommands.h resourcecommands.cpp matchcommand.h matchcommand.cpp)

set(failures "")
file(GLOB_RECURSE qml_files "${SOURCE_DIR}/qml/*.h" "${SOURCE_DIR}/qml/*.cpp" "${SOURCE_DIR}/qml/*.qml")
file(GLOB app_files "${SOURCE_DIR}/app/*.h" "${SOURCE_DIR}/app/*.cpp")
foreach(path IN LISTS qml_files app_files)
  get_filename_component(name "${path}" NAME)
  file(RELATIVE_PATH relative "${SOURCE_DIR}" "${path}")
  if(relative MATCHES "^app/" AND name IN_LIST composition_and_cli)
    continue()
  endif()
  file(STRINGS "${path}" lines)
  set(number 0)
  foreach(line IN LISTS lines)
    math(EXPR number "${number} + 1")
    if(line MATCHES "^[ \t]*#[ \t]*include[ \t]*[\"<](store|analysis)/")
      string(APPEND failures "  ${relative}:${number}: ${line}\n")
    endif()
  endforeach()
endforeach()

file(READ "${SOURCE_DIR}/store/CMakeLists.txt" store_cmake)
if(store_cmake MATCHES "lookout_analysis")
  string(APPEND failures "  store/CMakeLists.txt: the store links lookout_analysis\n")
endif()

if(failures)
  message(FATAL_ERROR "Layering broken: views and presenters read the situation, not the store or analysis "
                      "(only app/'s composition root and CLI commands may; see tests/layering/checkincludes.cmake):\n${failures}")
endif()
list(LENGTH qml_files qml_count)
list(LENGTH app_files app_count)
message(STATUS "layering: ${qml_count} qml/ and ${app_count} app/ files checked")
