# Mermaid that renders: mermaid-cli (tests/browser/node_modules, headless Chromium) draws the
# bundled models' `toc render --format mermaid`, and the test fails on an mmdc error, a "Syntax
# error" SVG, or bands out of order (the x centre of every input < activity < output < short <
# medium < long-term outcome < impact node). PNGs for people to look at are left in
# <build>/mermaid-cli/. The workspace is over Mermaid's maxTextSize (50,000) with its ids, so toc
# numbers its node ids.
add_test(NAME "render: mermaid-cli draws the bundled models with their bands in order"
  COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/render/mermaid_cli.py
          --png=llr-trauma-informed,lancashire,progress,toc-workspace $<TARGET_FILE:toc> ${CMAKE_BINARY_DIR}/mermaid-cli
          models/llr-trauma-informed/strategy.toml models/lancashire-serious-violence/strategy.toml
          models/llr-partnership-board/strategy.toml models/toc-workspace.toml examples/annotated/strategy.toml
          examples/minimal/strategy.toml examples/progress/strategy.toml "examples/progress/strategy.toml|--status"
          examples/diff/before/strategy.toml examples/diff/after/strategy.toml
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
set_tests_properties("render: mermaid-cli draws the bundled models with their bands in order"
  PROPERTIES RESOURCE_LOCK chromium TIMEOUT 1200 ENVIRONMENT TOC_AS_OF=2026-11-30)

# The palette: kinds and statuses, with their colours read from toc's DOT, stay apart under
# protanopia, deuteranopia, tritanopia and greyscale (or differ by shape, style or symbol), and
# text on every fill has contrast >= 4.5:1. docs/diagrams.md, "Palette".
add_test(NAME "render: the palette survives colour-blindness and greyscale, text contrast >= 4.5:1"
  COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/render/palette_check.py $<TARGET_FILE:toc>
          examples/progress/strategy.toml
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
set_tests_properties("render: the palette survives colour-blindness and greyscale, text contrast >= 4.5:1"
  PROPERTIES ENVIRONMENT TOC_AS_OF=2026-11-30)
