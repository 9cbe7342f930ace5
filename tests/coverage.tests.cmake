# toc coverage: golden text and JSON for the LLR model, and an independent hand count of the
# same figures (tests/coverage/hand_count.py, from the TOML with Python's tomllib).
foreach(format text json)
  add_test(NAME "golden: coverage llr-trauma-informed (${format})"
    COMMAND ${CMAKE_COMMAND} -DTOC=$<TARGET_FILE:toc>
            "-DARGS=coverage|models/llr-trauma-informed/strategy.toml|--format|${format}"
            -DGOLDEN=${CMAKE_CURRENT_SOURCE_DIR}/golden/coverage-llr-trauma-informed.${format}
            -P ${CMAKE_CURRENT_SOURCE_DIR}/run_golden.cmake
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
endforeach()
add_test(NAME "coverage: LLR figures match a hand count"
  COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/coverage/hand_count.py $<TARGET_FILE:toc>
          models/llr-trauma-informed
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
