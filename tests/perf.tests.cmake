# Output to a device or a pipe is written in place (found while benchmarking with -o /dev/null).
add_test(NAME "perf: -o a FIFO writes into it and leaves it a FIFO"
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/perf/special_output.sh $<TARGET_FILE:toc>
                 ${CMAKE_CURRENT_SOURCE_DIR}/cases/cycle/strategy.toml ${CMAKE_CURRENT_BINARY_DIR}/perf-work/fifo)

# cairo, librsvg and libxlsxwriter are opened only when a PDF or a workbook is written.
add_test(NAME "perf: toc starts without cairo, librsvg and libxlsxwriter; PDF and XLSX open them"
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/perf/lazy_libraries.sh $<TARGET_FILE:toc>
                 ${PROJECT_SOURCE_DIR}/models/llr-trauma-informed/strategy.toml
                 ${CMAKE_CURRENT_BINARY_DIR}/perf-work/lazy)
set_tests_properties("perf: toc starts without cairo, librsvg and libxlsxwriter; PDF and XLSX open them"
                     PROPERTIES ENVIRONMENT TOC_AS_OF=2026-11-30)  # the model has measurements
