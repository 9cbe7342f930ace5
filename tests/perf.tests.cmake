# Output to a device or a pipe is written in place (found while benchmarking with -o /dev/null).
add_test(NAME "perf: -o a FIFO writes into it and leaves it a FIFO"
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/perf/special_output.sh $<TARGET_FILE:toc>
                 ${CMAKE_CURRENT_SOURCE_DIR}/cases/cycle/strategy.toml ${CMAKE_CURRENT_BINARY_DIR}/perf-work/fifo)
