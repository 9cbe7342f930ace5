# toc report in a real browser: headless Chromium loads the report, and the DOM it built is
# checked (diagram, checklist, coverage chart; hostile text inert and shown as written).
# Screenshots for people to look at are left in <build>/report-screenshots/.
add_test(NAME "report: LLR report in Chromium has diagram, checklist and coverage chart"
  COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/report/browser_check.py $<TARGET_FILE:toc>
          models/llr-trauma-informed/strategy.toml ${CMAKE_BINARY_DIR}/report-screenshots llr-trauma-informed
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
add_test(NAME "report: hostile text runs no script in Chromium and shows as written"
  COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/report/browser_check.py $<TARGET_FILE:toc>
          tests/report/hostile/strategy.toml ${CMAKE_BINARY_DIR}/report-screenshots hostile --hostile
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
# The progress section (docs/progress.md): the example's charts render in Chromium with their gaps
# and provisional points, and run no script; a model whose progress texts are all hostile (its
# titles, levels, assumption and the words of a text measure in its data) shows them as text.
add_test(NAME "report: progress section renders in Chromium with gaps and provisional points"
  COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/report/browser_check.py $<TARGET_FILE:toc>
          examples/progress/strategy.toml ${CMAKE_BINARY_DIR}/report-screenshots progress --progress
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
add_test(NAME "report: hostile progress text runs no script in Chromium and shows as written"
  COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/report/browser_check.py $<TARGET_FILE:toc>
          tests/report/hostile-progress/strategy.toml ${CMAKE_BINARY_DIR}/report-screenshots hostile-progress
          --progress --hostile
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
# Chromium profiles are heavy; two at once on a 2-core machine is enough.
set_tests_properties("report: LLR report in Chromium has diagram, checklist and coverage chart"
  "report: hostile text runs no script in Chromium and shows as written"
  "report: progress section renders in Chromium with gaps and provisional points"
  "report: hostile progress text runs no script in Chromium and shows as written"
  PROPERTIES RESOURCE_LOCK chromium TIMEOUT 300 ENVIRONMENT TOC_AS_OF=2026-11-30)

# Goldens of the whole report HTML (tests/golden/report-*.html): a small model that reaches every
# section (tests/report/small/), a two-model workspace with the across-strategies section
# (tests/report/workspace/), and the progress example with its progress section and the checklist's
# Latest and Status columns (examples/progress/; its "today" pinned by run_golden.cmake). tests/report/normalise_report.py runs toc in run_golden.cmake's place
# and strips only the geometry Graphviz computes in the diagram (coordinates, sizes, path data),
# which changes between Graphviz versions; ids, classes, titles, tooltips, labels, colours and
# everything outside the diagram are compared as written. Regenerate with UPDATE_GOLDEN=1 like
# every golden.
foreach(entry "small=tests/report/small/strategy.toml" "workspace=tests/report/workspace"
              "progress=examples/progress/strategy.toml")
  string(REPLACE "=" ";" parts ${entry})
  list(GET parts 0 name)
  list(GET parts 1 model)
  add_test(NAME "golden: report-${name}.html"
    COMMAND ${CMAKE_COMMAND} -DTOC=/usr/bin/python3
            "-DARGS=${CMAKE_CURRENT_SOURCE_DIR}/report/normalise_report.py|$<TARGET_FILE:toc>|report|${model}|-o|-"
            -DGOLDEN=${CMAKE_CURRENT_SOURCE_DIR}/golden/report-${name}.html
            -P ${CMAKE_CURRENT_SOURCE_DIR}/run_golden.cmake
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
endforeach()

# Accessibility (docs/coverage-and-report.md, "Accessibility"): axe-core audits the LLR,
# Lancashire, workspace and progress-example reports in Chromium against WCAG 2.2 AA and best
# practice, and each page must not scroll sideways at 1280 or 390 pixels wide; screenshots of the
# LLR report at both widths are left in <build>/report-screenshots/. Skips only if Chromium
# cannot start.
add_test(NAME "report: axe-core finds no accessibility violation in the bundled reports"
  COMMAND /usr/bin/node ${CMAKE_CURRENT_SOURCE_DIR}/report/axe_check.mjs $<TARGET_FILE:toc>
          ${CMAKE_BINARY_DIR}/report-screenshots
          llr-trauma-informed=models/llr-trauma-informed/strategy.toml
          lancashire-serious-violence=models/lancashire-serious-violence/strategy.toml
          workspace=models/toc-workspace.toml progress-example=examples/progress/strategy.toml
          --screenshots llr-trauma-informed
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
set_tests_properties("report: axe-core finds no accessibility violation in the bundled reports"
  PROPERTIES RESOURCE_LOCK chromium TIMEOUT 300 ENVIRONMENT TOC_AS_OF=2026-11-30 SKIP_RETURN_CODE 77)
# Print (issue 18): each report printed to A4 by Chromium carries the model's title and the date
# on every page, numbers its pages in a footer template, and lays nothing out wider than A4
# inside the margins (tests/report/print_check.mjs; pages left as PNGs in <build>/report-print/).
foreach(entry "llr=models/llr-trauma-informed/strategy.toml" "lancashire=models/lancashire-serious-violence/strategy.toml"
              "workspace=models/toc-workspace.toml")
  string(REPLACE "=" ";" parts ${entry})
  list(GET parts 0 name)
  list(GET parts 1 model)
  add_test(NAME "report: ${name} report prints to A4: title, date and page number on every page, nothing clipped"
    COMMAND /usr/bin/node ${CMAKE_CURRENT_SOURCE_DIR}/report/print_check.mjs $<TARGET_FILE:toc> ${model}
            ${CMAKE_BINARY_DIR}/report-print ${name}
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  set_tests_properties("report: ${name} report prints to A4: title, date and page number on every page, nothing clipped"
    PROPERTIES RESOURCE_LOCK chromium TIMEOUT 300 ENVIRONMENT TOC_AS_OF=2026-11-30)
endforeach()
