# toc serve (docs/live-authoring.md): the unit tests of engine/serve are in tests/unit/serve/.
# Here the real server runs on a copy of the LLR model in a temporary folder, on a free port:
# serve_http.py makes real HTTP requests (the report and its views, traversal attempts, foreign
# Host headers, oversized and non-GET requests), checks that the model's folder is never written,
# edits the copy's files (a typo, a half-written, huge, hostile, deleted or renamed file) and waits
# for the page to show the problems, and stops the server with SIGINT.
add_test(NAME "serve: HTTP requests, refusals, a read-only server that survives bad files"
  COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/serve/serve_http.py $<TARGET_FILE:toc>
          models/llr-trauma-informed
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
set_tests_properties("serve: HTTP requests, refusals, a read-only server that survives bad files"
  PROPERTIES TIMEOUT 300 ENVIRONMENT TOC_AS_OF=2026-11-30)
# In headless Chromium: a typo saved shows its diagnostic over the last good diagram, the fix takes
# it away; screenshots in <build>/serve-screenshots/.
add_test(NAME "serve: an edit shows up in Chromium, the last good diagram kept"
  COMMAND /usr/bin/node ${CMAKE_CURRENT_SOURCE_DIR}/serve/live_reload.mjs $<TARGET_FILE:toc>
          models/llr-trauma-informed ${CMAKE_BINARY_DIR}/serve-screenshots
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
set_tests_properties("serve: an edit shows up in Chromium, the last good diagram kept"
  PROPERTIES RESOURCE_LOCK chromium TIMEOUT 300 ENVIRONMENT TOC_AS_OF=2026-11-30 SKIP_RETURN_CODE 77)
