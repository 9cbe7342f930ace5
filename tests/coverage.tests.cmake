# toc coverage: golden text and JSON for the LLR model, and an independent hand count of the
# same figures (tests/coverage/hand_count.py, from the TOML with Python's tomllib).
set(llr models/llr-trauma-informed/strategy.toml)
toc_golden_cli("coverage-llr-trauma-informed.text=coverage|${llr}|--format|text"
               "coverage-llr-trauma-informed.json=coverage|${llr}|--format|json"
               # titles in CJK, emoji and combining accents: the columns line up on a terminal
               "coverage-wide-titles.text=coverage|tests/coverage/wide|--format|text")
add_test(NAME "coverage: LLR figures match a hand count"
  COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/coverage/hand_count.py $<TARGET_FILE:toc>
          models/llr-trauma-informed
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
