# Runs a scenario: govshare commands in order on the scenario's own database
# files, each checked for its exit code and output; the first step that fails
# fails the test (ctest runs scenarios in parallel, so each has its own WORK).
#
#   cmake -DPROGRAM=govshare -DWORK=dir -DSCENARIO=file.cmake
#         [-DFIXTURES=dir] [-DSQLITE3=sqlite3] -P RunScenario.cmake
#
# WORK is emptied first. A scenario file calls, in order:
#   gs(EXIT REGEX ARGS...)  runs `govshare --db ${DB} ARGS...`; the exit code must be
#                           EXIT and stdout+stderr must match REGEX ("" = anything).
#                           Afterwards OUT holds stdout and MATCH_1..MATCH_4 REGEX's groups.
#   gs_not(REGEX)           the last step's stdout+stderr must NOT match REGEX.
#   sql(STATEMENT)          runs the sqlite3 shell on ${DB} (tampering, as an attacker would).
#   set(DB ${WORK}/x.db)    switches the database (default ${WORK}/govshare.db).
# and may include() other scenario files from SCENARIO_DIR.
foreach(var PROGRAM WORK SCENARIO)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "RunScenario.cmake: -D${var}=... is required")
  endif()
endforeach()
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
get_filename_component(SCENARIO_DIR ${SCENARIO} DIRECTORY)
set(DB ${WORK}/govshare.db)
set(STEP 0)
set(LAST_OUTPUT "")

function(gs expected regex)
  math(EXPR n "${STEP} + 1")
  set(STEP ${n} PARENT_SCOPE)
  string(REPLACE ";" " " shown "${ARGN}")
  execute_process(COMMAND ${PROGRAM} --db ${DB} ${ARGN}
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  message("[${n}] govshare ${shown}  => exit ${rc}\n${out}${err}")
  if(NOT rc STREQUAL expected)
    message(FATAL_ERROR "step ${n}: govshare ${shown}: exit ${rc}, expected ${expected}")
  endif()
  if(NOT regex STREQUAL "" AND NOT "${out}${err}" MATCHES "${regex}")
    message(FATAL_ERROR "step ${n}: govshare ${shown}: output does not match\n  ${regex}")
  endif()
  foreach(i 1 2 3 4)
    set(MATCH_${i} "${CMAKE_MATCH_${i}}" PARENT_SCOPE)
  endforeach()
  set(OUT "${out}" PARENT_SCOPE)
  set(LAST_OUTPUT "${out}${err}" PARENT_SCOPE)
endfunction()

function(gs_not regex)
  if("${LAST_OUTPUT}" MATCHES "${regex}")
    message(FATAL_ERROR "after step ${STEP}: output matches what it must not:\n  ${regex}")
  endif()
endfunction()

# The scenario runs on the platform file `govshare demo` leaves (DB), with the
# demo's departments, users, catalog and cases.
macro(gs_on_the_demo)
  execute_process(COMMAND ${PROGRAM} demo --db ${WORK}/demo.db --report-dir ${WORK}/report
                  RESULT_VARIABLE demo_rc OUTPUT_QUIET ERROR_VARIABLE demo_err)
  if(NOT demo_rc EQUAL 0)
    message(FATAL_ERROR "govshare demo: exit ${demo_rc}\n${demo_err}")
  endif()
  set(DB ${WORK}/demo.db)
endmacro()

function(sql statement)
  if(NOT SQLITE3)
    message(FATAL_ERROR "sql(): this scenario needs the sqlite3 shell (-DSQLITE3=...)")
  endif()
  execute_process(COMMAND ${SQLITE3} ${DB} "${statement}"
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  message("[sql] ${statement}  => exit ${rc}\n${out}${err}")
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "after step ${STEP}: sqlite3 failed: ${statement}")
  endif()
endfunction()

include(${SCENARIO})
message("scenario ${SCENARIO}: ${STEP} steps passed")
