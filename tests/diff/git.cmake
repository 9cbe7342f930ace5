# toc diff --git REV: extracts the model's folder at REV with git archive and compares it with
# the working copy. Skipped where there is no git or no history (an unpacked release).
include(${CMAKE_CURRENT_LIST_DIR}/../expect_run.cmake)
set(model examples/diff/after/strategy.toml)
execute_process(COMMAND git cat-file -e HEAD:${model} RESULT_VARIABLE status OUTPUT_QUIET ERROR_QUIET)
if(NOT status EQUAL 0)
  message("skipped: not a git checkout with ${model} committed")
  return()
endif()

expect_run(0 "Changes from ${model} at HEAD to ${model}" diff --git HEAD ${model})
expect_run(2 "cannot read 'examples/diff/after/strategy.toml' at git revision 'no-such-revision'"
           diff --git no-such-revision ${model})
string(RANDOM LENGTH 8 tag)
set(outside "/tmp/toc-diff-test-${tag}")
file(MAKE_DIRECTORY ${outside})
file(COPY examples/diff/after/strategy.toml examples/diff/after/indicators.toml DESTINATION ${outside})
expect_run(2 "is not in a git checkout" diff --git HEAD ${outside}/strategy.toml)
file(REMOVE_RECURSE ${outside})
