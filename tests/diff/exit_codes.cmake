# toc diff exits 0 when it ran (even with differences, unlike diff(1)), 2 when it cannot run.
include(${CMAKE_CURRENT_LIST_DIR}/../expect_run.cmake)
set(before examples/diff/before/strategy.toml)
set(after examples/diff/after/strategy.toml)

expect_run(0 "29 changes" diff ${before} ${after})
expect_run(0 "no changes" diff ${after} ${after})
expect_run(0 "--git" diff --help)
expect_run(2 "cannot read 'no/such/model.toml': no such file" diff ${before} no/such/model.toml)
expect_run(2 "cannot read 'no/such/model.toml': no such file" diff no/such/model.toml ${after})
expect_run(2 "give two models" diff ${before})
expect_run(2 "with --git, give one model" diff --git HEAD ${before} ${after})
expect_run(2 "format: " diff ${before} ${after} --format yaml)

# A revision with errors is still compared: its errors are findings.
file(MAKE_DIRECTORY ${SCRATCH})
file(READ ${after} text)
string(REPLACE "term = \"medium\"" "term = \"middle\"" text "${text}")
file(WRITE ${SCRATCH}/strategy.toml "${text}")
file(COPY examples/diff/after/indicators.toml DESTINATION ${SCRATCH})
expect_run(0 "+ error[bad-value] introduced: 'term' of outcome 'positive-activities' is 'middle'"
           diff ${after} ${SCRATCH}/strategy.toml)

# -o writes the file.
expect_run(0 "" diff ${before} ${after} --format md -o ${SCRATCH}/diff.md)
file(READ ${SCRATCH}/diff.md written)
string(FIND "${written}" "## Check findings" at)
if(at EQUAL -1)
  message(FATAL_ERROR "-o did not write the Markdown diff:\n${written}")
endif()
file(REMOVE_RECURSE ${SCRATCH})
