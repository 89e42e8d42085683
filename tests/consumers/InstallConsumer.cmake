# Installs the build tree into a scratch prefix, then builds and runs the
# consumer project in tests/consumers/cpp against it with find_package.
#   cmake -DBUILD_DIR= -DSTAGE= -DSOURCE= -DWORK= -DSAMPLE= -DGENERATOR= -P InstallConsumer.cmake
file(REMOVE_RECURSE ${STAGE} ${WORK})
foreach(step
    "${CMAKE_COMMAND};--install;${BUILD_DIR};--prefix;${STAGE}"
    "${CMAKE_COMMAND};-S;${SOURCE};-B;${WORK};-G;${GENERATOR};-DCMAKE_PREFIX_PATH=${STAGE}"
    "${CMAKE_COMMAND};--build;${WORK}"
    "${WORK}/consumer;${SAMPLE}")
  execute_process(COMMAND ${step} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  message("${out}${err}")
  if(NOT rc EQUAL 0)
    string(REPLACE ";" " " shown "${step}")
    message(FATAL_ERROR "step failed (${rc}): ${shown}")
  endif()
endforeach()
