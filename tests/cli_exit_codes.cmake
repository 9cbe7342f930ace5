# Exit status 2 and a clear message when toc cannot run at all.
include(${CMAKE_CURRENT_LIST_DIR}/expect_run.cmake)

expect_run(2 "cannot read 'no/such/model.toml': no such file" check no/such/model.toml)
expect_run(2 "'tests' is a folder with no strategy.toml or toc-workspace.toml" check tests)
expect_run(2 "format: " check examples/minimal/strategy.toml --format yaml)
expect_run(2 "" check)
expect_run(2 "" no-such-command)
expect_run(0 "check" --help)
expect_run(0 "--strict" check --help)
# check --help ends with the registered checks: code, default severity and summary.
expect_run(0 "[checks] can set to" check --help)
expect_run(0 "level-inversion        error    an arrow goes down the chain" check --help)
expect_run(0 "toc 0.1.0" --version)
expect_run(0 "0 errors, 3 warnings" check examples/minimal/strategy.toml)
expect_run(1 "0 errors, 3 warnings" check examples/minimal/strategy.toml --strict)

# -o writes atomically and replaces the old file; a directory is refused.
set(report "${CMAKE_CURRENT_BINARY_DIR}/toc-cli-test-report.txt")
file(WRITE ${report} "old contents")
expect_run(0 "" check examples/minimal/strategy.toml -o ${report})
file(READ ${report} written)
string(FIND "${written}" "0 errors, 3 warnings" at)
if(at EQUAL -1)
  message(FATAL_ERROR "-o did not replace the report:\n${written}")
endif()
file(REMOVE ${report})
expect_run(2 "it is a directory" check examples/minimal/strategy.toml -o tests)
expect_run(2 "is one model; overlap compares the strategies of a workspace" overlap models/llr-trauma-informed)
