# Formatting is enforced (issue 16): every C++ file matches the committed .clang-format.
add_test(NAME "format: every C++ file matches .clang-format"
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/format/check_format.sh ${PROJECT_SOURCE_DIR})
add_test(NAME "format: a misformatted file is named"
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/format/format_fails.sh ${CMAKE_CURRENT_BINARY_DIR}/format-work)
