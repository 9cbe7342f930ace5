# toc checklist: golden Markdown, CSV and HTML, CSV and XLSX read back by Python, the CLI contract.
set(checklist_model_llr models/llr-trauma-informed/strategy.toml)
set(checklist_model_hostile tests/checklist/hostile/strategy.toml)
foreach(name llr hostile)
  set(model ${checklist_model_${name}})
  foreach(format md csv)
    toc_golden_cli("checklist-${name}.${format}=checklist|${model}|-o|-|--format|${format}")
  endforeach()
  add_test(NAME "checklist: ${name} CSV round-trips through Python's csv"
    COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/checklist/csv_roundtrip.py $<TARGET_FILE:toc> ${model}
            ${CMAKE_CURRENT_BINARY_DIR} $<$<STREQUAL:${name},hostile>:--hostile>
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  add_test(NAME "checklist: ${name} XLSX reads back with openpyxl"
    COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/checklist/xlsx_readback.py $<TARGET_FILE:toc> ${model}
            ${CMAKE_CURRENT_BINARY_DIR}
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
endforeach()

# The HTML page's escaping is a contract too: hostile text must stay text.
toc_golden_cli("checklist-hostile.html=checklist|tests/checklist/hostile/strategy.toml|-o|-|--format|html")

# A model with measurements: Latest and Status columns in every format (docs/checklist.md), with
# the statuses toc progress gives; the goldens run with TOC_AS_OF pinned (run_golden.cmake).
foreach(format md csv html)
  toc_golden_cli("checklist-progress.${format}=checklist|examples/progress/strategy.toml|-o|-|--format|${format}")
endforeach()
add_test(NAME "checklist: progress columns in every format, with toc progress's statuses"
  COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/checklist/progress_columns.py $<TARGET_FILE:toc>
          examples/progress/strategy.toml ${CMAKE_CURRENT_BINARY_DIR}
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
set_tests_properties("checklist: progress columns in every format, with toc progress's statuses" PROPERTIES
  ENVIRONMENT TOC_AS_OF=2026-11-30)

add_test(NAME "checklist: command-line contract"
  COMMAND ${CMAKE_COMMAND} -DTOC=$<TARGET_FILE:toc> -DWORK=${CMAKE_CURRENT_BINARY_DIR}
          -P ${CMAKE_CURRENT_SOURCE_DIR}/checklist/cli.cmake
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
