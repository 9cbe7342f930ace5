# toc lsp (docs/live-authoring.md). Registered here, they run in the normal build and again in
# the AddressSanitizer one (tools/test), where a sanitizer report fails them.
# Malformed input on the wire: bad or missing Content-Length, invalid JSON, unknown methods,
# wrong params, garbage, a huge length, end of input mid-message: error responses, no crash.
add_test(NAME "lsp: malformed input gets error responses and the server keeps working"
  COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/lsp/protocol_check.py $<TARGET_FILE:toc>
          models/llr-trauma-informed
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
# A real editor: headless Neovim's built-in LSP client on a copy of the LLR model (diagnostics,
# unknown-id with its suggestion, completion, definition, rename across files).
add_test(NAME "lsp: Neovim shows diagnostics, completes, jumps to definitions and renames"
  COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/lsp/nvim_check.py $<TARGET_FILE:toc>
          models/llr-trauma-informed
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
set_tests_properties("lsp: malformed input gets error responses and the server keeps working"
  "lsp: Neovim shows diagnostics, completes, jumps to definitions and renames"
  PROPERTIES TIMEOUT 300 ENVIRONMENT TOC_AS_OF=2026-11-30)
