# toc progress and the measurements toc check reads: golden output for the example and for data
# with every mistake, the exit statuses, and the JSON and CSV exports read back by Python.
# The goldens run with TOC_AS_OF pinned (run_golden.cmake), so freshness never drifts.
set(progress_example examples/progress/strategy.toml)
set(progress_bad tests/progress/bad-data/strategy.toml)
toc_golden_cli(
  "progress-example.text=progress|${progress_example}"
  "progress-example.json=progress|${progress_example}|--format|json"
  "progress-example.csv=progress|${progress_example}|--format|csv"
  "progress-example-as-of.text=progress|${progress_example}|--as-of|2025-06-30"
  "progress-example-run-8.text=progress|${progress_example}|--run|8|--format|csv"
  "progress-example-check.text=check|${progress_example}"
  "progress-example-check.json=check|${progress_example}|--format|json"
  "progress-bad-data-check.text=check|${progress_bad}"
  "progress-bad-data.text=progress|${progress_bad}"
  "progress-annotated.text=progress|examples/annotated/strategy.toml"
  "progress-other-data.text=progress|examples/annotated/strategy.toml|--data|tests/progress/bad-data/data.csv"
  "progress-no-measurements.text=progress|examples/minimal/strategy.toml"
  "progress-missing-data-file.text=progress|${progress_example}|--data|tests/progress/nothere.csv"
  "progress-bad-as-of.text=progress|${progress_example}|--as-of|31/03/2026"
  "progress-model-errors.text=progress|tests/cases/unknown-id/strategy.toml"
  # The bundled models with the figures their documents give (models/*/data/measurements.csv).
  "progress-llr-trauma-informed.text=progress|models/llr-trauma-informed/strategy.toml"
  "progress-llr-trauma-informed.csv=progress|models/llr-trauma-informed/strategy.toml|--format|csv"
  "progress-lancashire-serious-violence.text=progress|models/lancashire-serious-violence/strategy.toml"
  "progress-workspace.text=progress|models")

# The exports carry the same statuses as each other, and as the table; the CSV parses with
# Python's csv module and the JSON with json.
add_test(NAME "progress: JSON and CSV read back with the same statuses"
  COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/progress/roundtrip.py $<TARGET_FILE:toc> ${progress_example}
          ${CMAKE_CURRENT_BINARY_DIR}/progress-roundtrip
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
set_tests_properties("progress: JSON and CSV read back with the same statuses" PROPERTIES ENVIRONMENT TOC_AS_OF=2026-11-30)
# The same for the bundled LLR model, whose figures are the documents' (a count and two texts).
add_test(NAME "progress: the LLR model's JSON and CSV read back with the same statuses"
  COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/progress/roundtrip.py $<TARGET_FILE:toc>
          models/llr-trauma-informed/strategy.toml ${CMAKE_CURRENT_BINARY_DIR}/progress-roundtrip-llr
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
set_tests_properties("progress: the LLR model's JSON and CSV read back with the same statuses" PROPERTIES
  ENVIRONMENT TOC_AS_OF=2026-11-30)
