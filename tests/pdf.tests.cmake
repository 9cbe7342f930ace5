# Printed diagrams: `toc render -o x.pdf` lays the model out on A4 landscape pages, the outcomes
# and impact first and then one page per priority; --paper none keeps Graphviz's single page.
function(toc_pdf_test name model pages size args)
  add_test(NAME "render: ${name}"
    COMMAND ${CMAKE_COMMAND} -DTOC=$<TARGET_FILE:toc> -DMODEL=${model} -DPAGES=${pages} "-DSIZE=${size}"
            "-DARGS=${args}" -DOUT=${CMAKE_CURRENT_BINARY_DIR}/pdf-${pages}-${args}.pdf
            -P ${CMAKE_CURRENT_SOURCE_DIR}/render/pdf_pages.cmake
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
endfunction()
# LLR: 5 priorities with activities, after the outcomes page.
toc_pdf_test("LLR PDF is 6 A4 landscape pages" models/llr-trauma-informed/strategy.toml 6 "841.89 x 595.28" "--paper|a4")
toc_pdf_test("a --priority PDF is one A3 landscape page" models/llr-trauma-informed/strategy.toml 1
             "1190.55 x 841.89" "--paper|a3|--priority|p3-workforce")
toc_pdf_test("the minimal example's PDF is 2 pages" examples/minimal/strategy.toml 2 "841.89 x 595.28" "--paper|a4")
toc_pdf_test("paper none keeps one page of its own size" models/llr-trauma-informed/strategy.toml 1 "" "--paper|none")
