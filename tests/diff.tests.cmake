# toc diff: golden output (text, Markdown, JSON) for the two revisions in examples/diff, exit
# statuses for what cannot run, and --git against this checkout's history.
foreach(format text md json)
  toc_golden_cli("diff-example.${format}=diff|examples/diff/before/strategy.toml|examples/diff/after/strategy.toml|--format|${format}")
endforeach()

add_test(NAME "diff: exit statuses and messages" COMMAND ${CMAKE_COMMAND} -DTOC=$<TARGET_FILE:toc>
         -DSCRATCH=${CMAKE_CURRENT_BINARY_DIR}/diff-scratch -P ${CMAKE_CURRENT_SOURCE_DIR}/diff/exit_codes.cmake
         WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})

add_test(NAME "diff: --git compares with a revision" COMMAND ${CMAKE_COMMAND} -DTOC=$<TARGET_FILE:toc>
         -P ${CMAKE_CURRENT_SOURCE_DIR}/diff/git.cmake WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
# Outside a git checkout (e.g. an unpacked release) there is no history to compare with.
set_tests_properties("diff: --git compares with a revision" PROPERTIES SKIP_REGULAR_EXPRESSION "skipped:")
