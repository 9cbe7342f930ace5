# The LLR Strategic Partnership Board model (models/llr-partnership-board): the whole output of
# `toc check` in text and JSON for the model alone (its references to llr-trauma-informed are
# left unresolved, and are not errors), and a check of the folder of models, which resolves them.
set(TOC_SPB_MODEL models/llr-partnership-board/strategy.toml)
toc_golden_cli(
  "llr-partnership-board.text=check|${TOC_SPB_MODEL}|--format|text"
  "llr-partnership-board.json=check|${TOC_SPB_MODEL}|--format|json")

# Checked together, every "llr-trauma-informed:<id>" the model names must exist: a misspelt
# reference is an unknown-id error, which fails this test (as does any exit status but 0).
add_test(NAME "llr-partnership-board: its cross-model references resolve when models/ is checked"
  COMMAND $<TARGET_FILE:toc> check models WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
set_tests_properties("llr-partnership-board: its cross-model references resolve when models/ is checked"
  PROPERTIES FAIL_REGULAR_EXPRESSION "error\\[" ENVIRONMENT TOC_AS_OF=2026-11-30)  # models with data: pinned
