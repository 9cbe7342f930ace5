# toc init writes a starter that checks clean, creates a missing folder, and never overwrites:
# a second run, or a run where any one of its files exists, exits 2, names the file and writes
# nothing. Run with -DTOC=<toc> -DDIR=<scratch folder> (removed first).
include(${CMAKE_CURRENT_LIST_DIR}/../expect_run.cmake)

file(REMOVE_RECURSE ${DIR})
set(model ${DIR}/new/strategy.toml)
expect_run(0 "wrote ${DIR}/new/strategy.toml, ${DIR}/new/indicators.toml" init ${DIR}/new)
# A new user's first toc check finds nothing: its figures are words for now, pending in the checklist,
# and the reminder of them is off until the partnership has figures.
expect_run(0 "2 files, 5 nodes, 4 links, 2 indicators: no problems" check ${model} --strict)

# Its report puts the outcome and the impact under its one priority, whose activity leads to both,
# in the coverage table and in the checklist.
expect_run(0 "wrote ${DIR}/report.html" report ${model} -o ${DIR}/report.html)
file(READ ${DIR}/report.html report)
foreach(expected "<tr><td>Reach young people at risk early</td><td class=\"figure\">2/2 (100%)</td>"
                 "<code class=\"toc-id\">early-intervention</code></h3>\n<table")
  string(FIND "${report}" "${expected}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "the starter's report lacks '${expected}'")
  endif()
endforeach()
foreach(unexpected "<td>Not under a priority</td>" "<h3 class=\"toc-group\">Not under a priority</h3>")
  string(FIND "${report}" "${unexpected}" at)
  if(NOT at EQUAL -1)
    message(FATAL_ERROR "the starter's report puts something under no priority: '${unexpected}'")
  endif()
endforeach()

file(READ ${DIR}/new/strategy.toml strategy_before)
file(READ ${DIR}/new/indicators.toml indicators_before)
file(GLOB listing_before ${DIR}/new/*)
expect_run(2 "'${DIR}/new/strategy.toml' already exists; toc init never overwrites a file, so nothing was written"
        init ${DIR}/new)
file(READ ${DIR}/new/strategy.toml strategy_after)
file(READ ${DIR}/new/indicators.toml indicators_after)
file(GLOB listing_after ${DIR}/new/*)
if(NOT strategy_before STREQUAL strategy_after OR NOT indicators_before STREQUAL indicators_after)
  message(FATAL_ERROR "a refused toc init changed the files it found")
endif()
if(NOT listing_before STREQUAL listing_after)
  message(FATAL_ERROR "a refused toc init left files behind: ${listing_after}")
endif()

# Only the second file exists: refused before the first is written.
file(WRITE ${DIR}/half/indicators.toml "# mine\n")
expect_run(2 "'${DIR}/half/indicators.toml' already exists" init ${DIR}/half)
if(EXISTS ${DIR}/half/strategy.toml)
  message(FATAL_ERROR "toc init wrote strategy.toml although indicators.toml was in the way")
endif()
file(READ ${DIR}/half/indicators.toml kept)
if(NOT kept STREQUAL "# mine\n")
  message(FATAL_ERROR "toc init changed an existing indicators.toml")
endif()

# A file where the folder should be.
file(WRITE ${DIR}/plain "x")
expect_run(2 "'${DIR}/plain' is a file, not a folder" init ${DIR}/plain)

# The default folder is the current one.
file(MAKE_DIRECTORY ${DIR}/here)
execute_process(COMMAND ${TOC} init WORKING_DIRECTORY ${DIR}/here RESULT_VARIABLE status OUTPUT_VARIABLE out)
if(NOT status EQUAL 0 OR NOT EXISTS ${DIR}/here/strategy.toml OR NOT out MATCHES "toc check strategy.toml")
  message(FATAL_ERROR "toc init in the current folder: exit ${status}\n${out}")
endif()
file(REMOVE_RECURSE ${DIR})
