# toc paths, toc export and toc init: golden output, exports read back by xmllint and networkx,
# and the starter model written, checked and never overwritten.


set(llr models/llr-trauma-informed/strategy.toml)
toc_golden_cli(
  # The training programme's first module (Barnardo's Module 1) to the impact.
  "paths-llr-module-1.text=paths|${llr}|--from|act-module-1"
  "paths-llr-module-1.json=paths|${llr}|--from|act-module-1|--format|json"
  "paths-llr-module-1-to-knowledge.text=paths|${llr}|--from|act-module-1|--to|oc-knowledge-increased"
  "paths-llr-to-impact-limited.text=paths|${llr}|--to|imp-trauma-informed-area|--limit|2"
  "paths-llr-to-outcome.json=paths|${llr}|--to|oc-knowledge-increased|--format|json"
  "paths-none-from-impact.text=paths|${llr}|--from|imp-trauma-informed-area"
  "paths-none-to-input.text=paths|${llr}|--to|in-svyif-fund"
  "paths-unknown-id.text=paths|${llr}|--from|act-modul-1"
  "paths-llr-all-limited.text=paths|${llr}|--limit|3"
  "paths-model-with-errors.text=paths|tests/cases/cycle/strategy.toml|--from|sessions"
  "export-annotated.json=export|examples/annotated/strategy.toml|--format|json"
  "export-annotated.graphml=export|examples/annotated/strategy.toml|--format|graphml"
  "export-unknown-extension.text=export|examples/annotated/strategy.toml|-o|model.txt")

# Both exports agree with each other and with toc check, read by xmllint, json and networkx.
foreach(entry "llr=${llr}" "hostile=tests/paths/hostile/strategy.toml" "annotated=examples/annotated/strategy.toml")
  string(REPLACE "=" ";" parts ${entry})
  list(GET parts 0 name)
  list(GET parts 1 model)
  add_test(NAME "export: ${name} GraphML and JSON agree with toc check"
    COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/paths/export_agrees.py $<TARGET_FILE:toc> ${model}
            ${CMAKE_CURRENT_BINARY_DIR}/export-${name}
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
endforeach()

add_test(NAME "init: starter checks clean and is never overwritten"
  COMMAND ${CMAKE_COMMAND} -DTOC=$<TARGET_FILE:toc> -DDIR=${CMAKE_CURRENT_BINARY_DIR}/init-test
          -P ${CMAKE_CURRENT_SOURCE_DIR}/paths/init.cmake)

# Pathway counts agree with networkx's simple paths over the JSON export.
foreach(query "--from|act-module-1" "--to|imp-trauma-informed-area" "--from|act-module-2b|--to|oc-ti-culture")
  string(REPLACE "|" ";" query_args "${query}")
  string(REPLACE "|" " " shown "${query}")
  add_test(NAME "paths: LLR ${shown} counts as networkx does"
    COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/paths/count_agrees.py $<TARGET_FILE:toc> ${llr} ${query_args}
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
endforeach()

add_test(NAME "paths: LLR with neither --from nor --to counts as networkx does"
  COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/paths/count_agrees.py $<TARGET_FILE:toc> ${llr}
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})

add_test(NAME "paths and export: -o never replaces a file of the model"
  COMMAND ${CMAKE_COMMAND} -DTOC=$<TARGET_FILE:toc> -DDIR=${CMAKE_CURRENT_BINARY_DIR}/refuse-model-files
          -DMODEL_DIR=${PROJECT_SOURCE_DIR}/examples/annotated
          -P ${CMAKE_CURRENT_SOURCE_DIR}/paths/refuse_model_files.cmake)
