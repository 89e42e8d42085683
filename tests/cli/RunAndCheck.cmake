# cmake -DPROGRAM=... -DARGS="a;b" -DEXPECT_EXIT=N [-DEXPECT_REGEX=...] -P RunAndCheck.cmake
set(arg_list ${ARGS})
string(REPLACE ";" " " shown "${ARGS}")
execute_process(COMMAND ${PROGRAM} ${arg_list}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("${out}${err}")
if(NOT rc STREQUAL EXPECT_EXIT)
  message(FATAL_ERROR "govshare ${shown}: exit ${rc}, expected ${EXPECT_EXIT}")
endif()
if(NOT EXPECT_REGEX STREQUAL "" AND NOT "${out}${err}" MATCHES "${EXPECT_REGEX}")
  message(FATAL_ERROR "govshare ${shown}: output does not match ${EXPECT_REGEX}")
endif()
