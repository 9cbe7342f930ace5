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
# Chromium profiles are heavy; two at once on a 2-core machine is enough.
set_tests_properties("report: LLR report in Chromium has diagram, checklist and coverage chart"
  "report: hostile text runs no script in Chromium and shows as written" PROPERTIES RESOURCE_LOCK chromium TIMEOUT 300)
