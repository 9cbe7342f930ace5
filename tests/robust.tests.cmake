# Output files survive failures (issue 6): a render that fails or is killed midway leaves the
# previous output byte-identical and no temporary file; -o refuses the model's own files and
# folders; "-" is stdout. Each scenario is a case of tests/robust/atomic_output.sh.
foreach(scenario killed-by-file-size-limit write-fails model-with-errors refuses-model-file refuses-directory
                 dash-is-stdout replaces-whole)
  add_test(NAME "robust: output ${scenario}"
           COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/robust/atomic_output.sh $<TARGET_FILE:toc>
                   ${CMAKE_CURRENT_BINARY_DIR}/robust-work/${scenario} ${scenario})
endforeach()
