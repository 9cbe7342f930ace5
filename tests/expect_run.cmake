# expect_run(status text args...): runs TOC with args and fails unless it exits with `status`
# and its output (stdout and stderr) contains `text`. Shared by the CLI scripts under tests/.
function(expect_run expected_status expected_text)
  execute_process(COMMAND ${TOC} ${ARGN} OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE status)
  if(NOT status EQUAL expected_status)
    message(FATAL_ERROR "toc ${ARGN}: exit ${status}, expected ${expected_status}\n${out}${err}")
  endif()
  string(FIND "${out}${err}" "${expected_text}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "toc ${ARGN}: output lacks '${expected_text}':\n${out}${err}")
  endif()
endfunction()
